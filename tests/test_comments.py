"""HTML comments and suppression directives: found as the patterns that described them find
them, in time linear in the draft (a run of unclosed "<!--" froze the service for minutes)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.reading.document import html_comments, strip_comments
from lint.run.suppress import _directives

ROOT = Path(__file__).resolve().parent.parent
COMMENT = re.compile(r"<!--.*?-->", re.S)
DIRECTIVE = re.compile(
    r"<!--\s*factlint-(?P<what>disable-next-line|disable-file|disable|enable)\b(?P<names>[^>]*?)\s*-->"
)
PIECES = ["<!--", "-->", "->", "--", "<", ">", "!", " ", "\n", "factlint-", "disable", "-next-line", "enable", "x", "é"]
drafts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(drafts)
def test_comments_are_where_the_pattern_finds_them(text: str) -> None:
    assert list(html_comments(text)) == [m.span() for m in COMMENT.finditer(text)]
    expected = COMMENT.sub(lambda m: re.sub(r"[^\r\n]", " ", m[0]), text)
    assert strip_comments(text) == expected and len(strip_comments(text)) == len(text)


@settings(max_examples=400, deadline=None)
@given(drafts)
def test_directives_are_where_the_pattern_finds_them(text: str) -> None:
    found = [(start, what, set(re.findall(r"[\w.:-]+", names))) for start, what, names in _directives(text)]
    expected = [(m.start(), m["what"], set(re.findall(r"[\w.:-]+", m["names"]))) for m in DIRECTIVE.finditer(text)]
    assert found == expected


def test_examples() -> None:
    directive = "<!-- factlint-disable-next-line spelling, date-mismatch -->"
    text = f"a <!-- x\n--> b {directive} c <!--factlint-enable-->"
    assert strip_comments(text) == "a " + " " * 6 + "\n" + " " * 3 + " b " + " " * len(directive) + " c " + " " * 22
    assert [(what, names.split()) for _, what, names in _directives(text)] == [
        ("disable-next-line", ["spelling,", "date-mismatch"]),
        ("enable", []),
    ]


HOSTILE = {
    "openings": "<!--" * 50_000,  # 200 KB: 166 s before
    "directive-then-spaces": "<!-- factlint-disable " + " " * 200_000,
    "directives-without-end": "<!-- factlint-disable x " * 10_000,
    "directives-before-one-gt": "<!-- factlint-disable x " * 10_000 + "> -->",
}


def test_hostile_comments_take_linear_time() -> None:
    for name, text in HOSTILE.items():
        started = time.monotonic()
        list(html_comments(text)), strip_comments(text), list(_directives(text))
        assert time.monotonic() - started < 2, name


def test_a_draft_of_unclosed_comments_is_linted_in_seconds(tmp_path: Path) -> None:
    """The whole run, every pattern of the reading and the checks, on 200 KB of "<!--"."""
    for name, text in HOSTILE.items():
        draft = tmp_path / f"{name}.md"
        draft.write_text(text, encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "lint", "lint", str(draft)], capture_output=True, text=True, cwd=ROOT, timeout=30
        )
        assert run.returncode == 0, run.stderr
