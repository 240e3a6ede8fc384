"""Words as patterns: phrase lists made into fast regular expressions, and phrase keys."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=10_000)  # the same few phrases, as matched, recur in every draft
def phrase_key(text: str) -> str:
    """How a phrase is looked up in a word list: lower case, single spaces."""
    return " ".join(text.lower().split())


_Node = dict[str, "_Node"]  # a trie: each character (" " for whitespace) to the rest; "" ends a phrase


def words_pattern(
    words: list[str] | tuple[str, ...] | set[str] | frozenset[str], *, case_sensitive: bool = False
) -> str:
    """An alternation of phrases with flexible whitespace inside phrases, written as a trie
    ("menyebut(?:kan|nya)?"): the regex engine then rules a position out after a character
    or two instead of trying every phrase there, which makes scans several times faster.

    It matches exactly what the plain alternation, longest phrase first, would: at any
    position the phrases that can match form a chain of prefixes, and the trie tries the
    longer ones first. That needs siblings that cannot match the same character; under
    IGNORECASE "K" and "k" both can, so where siblings differ only in case the trie falls
    back to a plain alternation there, unless ``case_sensitive`` says the pattern is
    compiled without IGNORECASE.
    """
    phrases = {tuple(w.split()) for w in words if w.strip()}
    if not phrases:
        return "(?!)"  # no phrase: matches nowhere (an empty alternation would match everywhere)
    root: _Node = {}
    for parts in phrases:
        node = root
        for i, part in enumerate(parts):
            for char in (" " if i else "") + part:  # " " stands for \s+
                node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root, case_sensitive)


def _trie(node: _Node, case_sensitive: bool) -> str:
    chain = []  # characters every phrase below here shares, written out in one go
    while len(node) == 1 and "" not in node:
        ((char, node),) = node.items()
        chain.append(char)
    head = _literal("".join(chain))
    ends = "" in node
    keys = sorted(k for k in node if k)
    if not keys:
        return head
    if not case_sensitive and len({k.casefold() for k in keys}) < len(keys):
        suffixes = sorted(_suffixes(node), key=lambda w: (-len(w), w))
        alts = [_literal(w) for w in suffixes if w]
    else:
        alts = [_literal(k) + _trie(node[k], case_sensitive) for k in keys]
    return head + "(?:" + "|".join(alts) + (")?" if ends else ")")


def _literal(text: str) -> str:
    if text.isalnum():  # most of a word list: nothing to escape
        return text
    return r"\s+".join(re.escape(part) for part in text.split(" "))


def _suffixes(node: _Node) -> list[str]:
    return [k + rest for k, child in node.items() for rest in (_suffixes(child) if k else [""])]


def cased(words: list[str]) -> str:
    """An alternation of phrases as written, capitalised, with every word capitalised (as
    headlines write them: "Kurang Dari"), and in capitals: matching common words
    case-sensitively in these forms scans several times faster than IGNORECASE."""
    forms = set()
    for w in words:
        w = w.strip()
        if w:
            title = " ".join(part[:1].upper() + part[1:] for part in w.split(" "))
            forms.update({w, w.lower(), w[0].upper() + w[1:], title, w.upper()})
    return words_pattern(sorted(forms), case_sensitive=True)
