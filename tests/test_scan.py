"""The scan (lint/reading/scan.py) only says where patterns may match: reading a draft with it must
give exactly what trying every pattern at every character gives."""

from __future__ import annotations

import contextlib
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from lint.errors import FactlintError
from lint.facts.story import Story
from lint.reading import claims
from lint.reading.claims import Analysis
from lint.reading.dates import find_dates
from lint.reading.document import PartialDate, parse_document
from lint.reading.language import Lexicon
from lint.reading.people import find_people
from lint.reading.scan import CUE, EVENT, KEYWORDS, SOURCE, VERB, Index, Scan
from tests.conftest import reader_for

ROOT = Path(__file__).resolve().parent.parent
DATE = PartialDate(2025, 7, 1)


class Exhaustive(Scan):
    """A scan that claims a word may start anywhere: every search tries every position."""

    __slots__ = ()

    def _whole(self, channel: int, lo: int, hi: int) -> bool:
        return True

    def candidates(self, channel: int, lo: int, hi: int) -> list[int]:
        return list(range(lo, hi))

    def any(self, channel: int, lo: int, hi: int) -> bool:
        return True

    def keyword_groups_in(self, lo: int, hi: int) -> set[int]:
        return set(range(KEYWORDS, len(self.starts)))


def read(text: str, story: Story, lexicon: Lexicon, scan: type[Scan]) -> Analysis:
    original = claims.Scan
    claims.Scan = scan  # type: ignore[misc]
    try:
        return reader_for(lexicon, story).analyse(parse_document(text, "t.md", PartialDate(2025, 7, 1)))
    finally:
        claims.Scan = original  # type: ignore[misc]


def same_reading(text: str, story: Story, lexicon: Lexicon) -> None:
    fast = read(text, story, lexicon, Scan)
    full = read(text, story, lexicon, Exhaustive)
    assert fast.sentences == full.sentences
    assert fast.dates == full.dates
    assert fast.figures == full.figures
    assert fast.date_claims == full.date_claims
    assert fast.people == full.people


CORPUS = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "data" / "editor-drafts").glob("*.md"),
        *(ROOT.parent / "shared" / "examples" / "drafts").glob("*.md"),
    ]
)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_files_read_the_same(path: Path, story: Story, lexicon: Lexicon) -> None:
    same_reading(path.read_text(encoding="utf-8"), story, lexicon)


TRICKY = [
    # a word list's word glued to marks, hyphens and other words
    "Menurut/kata NIS, 10.000-an tentara (sekitar 1.500) tewas; -menurut AS- 600 pasukan.",
    "Katanya 600 tentara tewas, ungkap NIS. “Sekitar 15.000 tentara,”ungkap Budanov.",
    '"Sekitar 15.000 tentara sudah ada," kata Kyrylo Budanov, ungkapnya.',
    "KimJongUn, Kim Jong-un dan KIM JONG UN; Kim Yo Jong bertemu Sergey Shoigu.",
    "Sehari-hari, satu-satunya, salah satu dari dua ribu tentara; setengah juta peluru.",
    "İstanbul: 10.000 tentara Korea Utara dikerahkan pada Senin (17/6/2025) pukul 09.15 WIB.",
    "Pada\u00a0Juni\u00a02024 perjanjian pertahanan ditandatangani; tahun\u00a0lalu Rusia mengirim 5.000 pekerja.",
    "x2024 2024x 12/6/2024/7 123/4 5/6/2024 dua tahun lalu Selasa lalu, Minggu lalu 19 Juni tahun lalu.",
    "17-6-2025 x17-6-2025 2025-06-17 12025-06-17 16-17/6 1-2-3 (Rabu) 18 Juni 2025 (Rabu) Rabu malam (18/6).",
    "Wakil Presiden, Sekretaris Dewan Keamanan Rusia, Sergei Shoigu, mengatakan 6.000 insinyur akan dikirim.",
    "Presiden Vladimir Putin—menurut Kremlin—menyebut 12 ribu tentara; penilaian terhadap Korea Utara menyebut 11.000.",
    "Perjanjian pertahanan bersama yang diteken Juni 2024 memperingati satu tahun pakta itu.",
    # digits other than ASCII ones are digits to the patterns too
    "Menurut NIS, ١٥.٠٠٠ tentara tewas pada ١٧ Juni ٢٠٢٤ pukul ٠٩.١٥.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_reads_the_same(text: str, story: Story, lexicon: Lexicon) -> None:
    same_reading(text, story, lexicon)


PIECES = [
    "Menurut Badan Intelijen Nasional Korea Selatan, ",
    "lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia",
    "sekitar 15.000 tentara ",
    "Kyrylo Budanov mengatakan ",
    ", ungkap NIS",
    "Kim Jong-Un ",
    "Sekretaris Dewan Keamanan Rusia, Sergei Shoigu, ",
    "Senin (17/6/2025) ",
    "30/2/2025 ",
    "dua tahun lalu ",
    "pada Juni 2023 ",
    "perjanjian pertahanan ditandatangani ",
    "1.000 sapper dan 5.000 pekerja konstruksi militer, atau total 8.000 personel",
    "dilaporkan tewas ",
    "“Sekitar 600 tentara tewas,” kata Shoigu",
    "Ia mengatakan ",
    "menurutnya ",
    "pukul 09.15 ",
    "Resolusi 1718 ",
    "Rabu malam (18/6) ",
    "Sergei Soigu ",
    "Kirilo Budanov ",
    "17-6-2025 (Rabu) ",
    "2025-06-17 ",
    "enam ribu ",
    "salah satu ",
    "AFP melaporkan ",
    ". ",
    "\n\n",
    "\n",
    "-",
    "(",
    '"',
]

drafts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet="aeinrstuKMS0123456789 .,-()/:\u00a0İ“”", max_size=15),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts)
def test_arbitrary_text_reads_the_same(text: str, story: Story, lexicon: Lexicon) -> None:
    with contextlib.suppress(FactlintError):  # front matter the generator happened to write badly
        same_reading(text, story, lexicon)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts, a=st.integers(min_value=0, max_value=400), b=st.integers(min_value=0, max_value=400))
def test_searches_in_any_window_match_full_searches(text: str, a: int, b: int, story: Story, lexicon: Lexicon) -> None:
    """Windows may cut words: a search from inside a word finds what the pattern finds there."""
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    index: Index = reader_for(lexicon, story).index
    scan = Scan(text, 0, len(text), index)
    for pattern, channel in (
        (lexicon.re_verb_cue, VERB),
        (lexicon.re_prefix_cue, CUE),
        (story.vocabulary(story.lang).source_pattern, SOURCE),
        (story.vocabulary(story.lang).event_pattern, EVENT),
    ):
        assert [m.span() for m in scan.finditer(pattern, channel, lo, hi)] == [
            m.span() for m in pattern.finditer(text, lo, hi)
        ]
        found = scan.search(pattern, channel, lo, hi)
        expected = pattern.search(text, lo, hi)
        assert (found.span() if found else None) == (expected.span() if expected else None)


def test_a_window_that_ends_inside_a_word_finds_what_the_pattern_finds_there(story: Story, lexicon: Lexicon) -> None:
    """Paragraphs run together ("RusiaMenurut NIS"): a window cut after "Rusia" finds it, as
    the pattern does with that end."""
    text = "ke RusiaMenurut NIS"
    scan = Scan(text, 0, len(text), reader_for(lexicon, story).index)
    pattern = story.vocabulary(story.lang).source_pattern
    for lo in (0, 3):
        assert [m.span() for m in scan.finditer(pattern, SOURCE, lo, 8)] == [(3, 8)]
        found = scan.search(pattern, SOURCE, lo, 8)
        assert found is not None and found.span() == (3, 8)


def test_a_long_draft_is_scanned_in_pieces_with_nothing_lost_at_their_edges(
    story: Story, lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large draft is lower-cased and scanned a piece at a time (memory): every word start
    is found as in one piece, whatever falls at a piece's edge."""
    import lint.reading.scan as scan_module

    text = "".join(PIECES * 40) + " menurut NIS"
    index = reader_for(lexicon, story).index
    for lo, hi in ((0, len(text)), (5, len(text) - 3), (1000, 5000)):
        monkeypatch.setattr(scan_module, "_PIECE", 10**9)
        in_one_piece = Scan(text, lo, hi, index).starts
        assert sum(map(len, in_one_piece)) > 100
        for piece in (7, 64, 333):
            monkeypatch.setattr(scan_module, "_PIECE", piece)
            assert Scan(text, lo, hi, index).starts == in_one_piece


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts, cut=st.integers(min_value=0, max_value=400))
def test_a_scan_from_inside_a_word_finds_what_a_full_scan_finds(
    text: str, cut: int, story: Story, lexicon: Lexicon
) -> None:
    """A scan may start anywhere, even inside a word (a date core has no lookbehind: "2024" in
    "x2024" starts a year at the window's edge)."""
    lo = min(cut, len(text))
    index = reader_for(lexicon, story).index
    for scan_type in (Scan, Exhaustive):
        scan = scan_type(text, lo, len(text), index)
        if scan_type is Scan:
            fast = find_dates(reader_for(lexicon, story), text, lo, len(text), DATE, scan)
            fast_people = find_people(reader_for(lexicon, story), text, lo, len(text), scan)
        else:
            assert find_dates(reader_for(lexicon, story), text, lo, len(text), DATE, scan) == fast
            assert find_people(reader_for(lexicon, story), text, lo, len(text), scan) == fast_people


def test_a_year_at_the_edge_of_a_window_inside_a_word(lexicon: Lexicon) -> None:
    text = "x2024 adalah tahun itu."
    assert [d.text for d in find_dates(reader_for(lexicon), text, 1, len(text), DATE)] == ["2024"]
