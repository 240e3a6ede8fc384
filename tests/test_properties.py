"""Properties over arbitrary text: lint never raises, every finding's span lies inside the
file and its text is the file's text there, and the output is deterministic."""

from __future__ import annotations

import bisect

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from lint.errors import FactlintError
from lint.reading.document import PartialDate
from lint.run.engine import lint_document
from lint.run.project import Project

# Pieces of real drafts, so that arbitrary text still reaches every check often.
FRAGMENTS = [
    "Menurut Badan Intelijen Nasional Korea Selatan, ",
    "lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia",
    "sekitar 15.000 tentara",
    "Kyrylo Budanov mengatakan ",
    "Kim Jong-Un",
    "Senin (17/6/2025)",
    "30/2/2025",
    "dua tahun lalu",
    "pada Juni 2023",
    "perjanjian pertahanan ditandatangani ",
    "1.000 sapper dan 5.000 pekerja konstruksi militer, atau total 8.000 personel",
    "dilaporkan tewas",
    "“Sekitar 600 tentara tewas,” kata Shoigu",
    "<!-- factlint-disable-next-line -->",
    "---\ndate: 2025-07-01\n---\n",
    "pukul 09.15",
    "Resolusi 1718",
    ". ",
    "\n\n",
    "\r\n",
    "# Judul\n",
]

drafts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40), st.text(alphabet="0123456789./-() ,", max_size=12)),
    max_size=25,
).map("".join)


def line_starts(text: str) -> list[int]:
    starts = [0]
    i = 0
    while i < len(text):
        if text[i] == "\r":
            i += 2 if text[i : i + 2] == "\r\n" else 1
            starts.append(i)
        elif text[i] == "\n":
            i += 1
            starts.append(i)
        else:
            i += 1
    return starts


def offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=drafts,
    day=st.dates(min_value=PartialDate(2000, 1, 1).earliest(), max_value=PartialDate(2030, 12, 31).latest()),
)
def test_lint_never_raises_and_spans_are_exact(project: Project, text: str, day: object) -> None:
    date = PartialDate.of(day)  # type: ignore[arg-type]
    try:
        result = lint_document(text, project, "draft.md", date)
    except FactlintError:
        return  # unreadable front matter is reported, not raised past the CLI
    starts = line_starts(text)
    for f in result.findings:
        assert 1 <= f.line <= len(starts) and 1 <= f.end_line <= len(starts)
        start, end = offset(starts, f.line, f.column), offset(starts, f.end_line, f.end_column)
        assert 0 <= start < end <= len(text)
        assert (start, end) == (f.offset, f.end_offset)
        assert text[start:end] == f.text
        assert bisect.bisect_right(starts, start) == f.line
    again = lint_document(text, project, "draft.md", date)
    assert again.findings == result.findings


@settings(max_examples=100, deadline=None)
@given(text=drafts)
def test_bytes_of_any_kind_never_crash_the_reader(project: Project, text: str) -> None:
    from lint.run.inputs import decode

    for data in (text.encode("utf-8"), text.encode("utf-16"), text.encode("utf-8", "surrogatepass")[::-1]):
        try:
            decoded = decode(data, "x.md")
            lint_document(decoded, project, "x.md", PartialDate(2025, 7, 1))
        except FactlintError:
            pass
