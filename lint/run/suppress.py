"""Inline suppression in drafts, applied once by the engine after every check has run.

    <!-- factlint-disable RULE ... -->  ...  <!-- factlint-enable [RULE ...] -->
    <!-- factlint-disable-next-line RULE ... -->
    <!-- factlint-disable-file RULE ... -->

RULE is a rule id or a kind; none means every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from lint.cache import patterns as pattern_cache
from lint.findings import Finding
from lint.reading.document import Document

# A directive is a comment whose text starts with one of these; what follows, up to the
# comment's end, names the rules (and holds no ">").
_DIRECTIVE = pattern_cache.compile(r"\s*factlint-(?P<what>disable-next-line|disable-file|disable|enable)\b")
ALL = "*"


class Suppression(NamedTuple):
    line: int  # where the directive is written
    column: int
    names: frozenset[str]  # rule ids or kinds; {"*"} for all
    first: int  # lines it covers, inclusive
    last: int
    directive: str

    def covers(self, finding: Finding) -> bool:
        named = ALL in self.names or finding.rule in self.names or finding.kind in self.names
        return named and self.first <= finding.line <= self.last


def parse_suppressions(doc: Document) -> list[Suppression]:
    out: list[Suppression] = []
    open_blocks: dict[str, tuple[int, int, str]] = {}  # name -> (line, column, directive)
    last_line = doc.line_count
    for start, what, named in _directives(doc.text):
        line, column = doc.position(start)
        names = frozenset(re.findall(r"[\w.:-]+", named)) or frozenset({ALL})
        if what == "disable-next-line":
            out.append(Suppression(line, column, names, line + 1, line + 1, what))
        elif what == "disable-file":
            out.append(Suppression(line, column, names, 1, last_line, what))
        elif what == "disable":
            for name in names:
                open_blocks.setdefault(name, (line, column, what))
        else:
            closing = list(open_blocks) if ALL in names else [n for n in names if n in open_blocks]
            for name in closing:
                start_line, start_col, directive = open_blocks.pop(name)
                out.append(Suppression(start_line, start_col, frozenset({name}), start_line, line, directive))
    for name, (line, column, directive) in open_blocks.items():
        out.append(Suppression(line, column, frozenset({name}), line, last_line, directive))
    return out


def _directives(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, what, the names' text) of each directive, as the pattern
    ``<!--\\s*factlint-(what)\\b([^>]*?)\\s*-->`` finds them, in one pass over the text: the
    next "-->" and the next ">" are looked for only when the last ones are behind, so a run
    of openings with no end costs no more than one (the pattern was quadratic on it)."""
    close = gt = -1
    start = text.find("<!--")
    while start >= 0:
        head = _DIRECTIVE.match(text, start + 4)
        if head is not None:
            if close < head.end():
                close = text.find("-->", head.end())
                if close < 0:
                    return  # no comment closes from here on
            if gt < head.end():
                gt = text.find(">", head.end())
            if gt >= close:  # nothing but the closing "-->" has a ">"
                yield start, head["what"], text[head.end() : close]
                start = text.find("<!--", close + 3)
                continue
        start = text.find("<!--", start + 4)


def apply_suppressions(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], list[Suppression]]:
    """Findings left after suppression, and the suppressions that suppressed nothing."""
    if not suppressions:  # most drafts
        return findings, []
    used: set[int] = set()
    kept = []
    for finding in findings:
        hit = next((i for i, s in enumerate(suppressions) if s.covers(finding)), None)
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    unused = [s for i, s in enumerate(suppressions) if i not in used]
    return kept, unused
