"""Word lists are compiled as tries; they must match exactly what the plain alternation,
longest phrase first, matches: same spans, with and without IGNORECASE."""

from __future__ import annotations

import re

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from lint.reading.words import cased, words_pattern

# A small alphabet makes shared prefixes, case twins and phrase chains common.
WORD = st.text(alphabet="aAbB.-", min_size=1, max_size=4)
PHRASE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
TEXT = st.text(alphabet="aAbB.- \n", max_size=60)


def plain(words: list[str]) -> str:
    """The alternation words_pattern stands in for."""
    alts = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in alts)


def spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    # bounded on both sides as real patterns are, so a shorter phrase must sometimes win
    compiled = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags)
    return [m.span() for m in compiled.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=8), TEXT)
def test_trie_matches_what_the_plain_alternation_matches(words: list[str], text: str) -> None:
    text = text + " " + " ".join(words)  # every phrase occurs at least once
    for flags in (0, re.IGNORECASE):
        assert spans(words_pattern(words), text, flags) == spans(plain(words), text, flags)
    assert spans(words_pattern(words, case_sensitive=True), text, 0) == spans(plain(words), text, 0)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8), TEXT)
def test_cased_forms_match_as_before(words: list[str], text: str) -> None:
    forms = sorted({f for w in words for f in (w, w.lower(), w[0].upper() + w[1:], w.upper())})
    text = text + " " + " ".join(forms)
    assert spans(cased(words), text, 0) == spans(plain(forms), text, 0)


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["menyebut", "menyebutkan", "menyebutnya"], "ia menyebutkan dan menyebut", ["menyebutkan", "menyebut"]),
        (["Korea", "korea selatan"], "Korea  Selatan", ["Korea  Selatan"]),  # IGNORECASE: the longer one
        (["seperti dilaporkan", "seperti dilaporkan oleh"], "seperti dilaporkan oleh NIS", ["seperti dilaporkan oleh"]),
        (["a.b", "a+c"], "a+c a.b axb", ["a+c", "a.b"]),  # metacharacters are literal
    ],
)
def test_phrases_found(words: list[str], text: str, found: list[str]) -> None:
    compiled = re.compile(rf"(?<![\w-])(?:{words_pattern(words)})(?![\w-])", re.IGNORECASE)
    assert [m[0] for m in compiled.finditer(text)] == found


def test_shared_prefixes_are_written_once() -> None:
    assert words_pattern(["menyebut", "menyebutkan", "menyebutnya", "kata"]) == "(?:kata|menyebut(?:kan|nya)?)"
    assert words_pattern([]) == "(?!)"  # no phrase matches nowhere, not everywhere
