"""One test module per check kind; the helpers below read a finding back off the draft."""

from __future__ import annotations

import re

from lint.findings import Finding

_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def span_at(draft: str, f: Finding) -> str:
    """The draft's text between the finding's 1-based (line, column) and (end_line, end_column)."""
    lines = _LINE_BREAK.split(draft)
    if f.line == f.end_line:
        return lines[f.line - 1][f.column - 1 : f.end_column - 1]
    middle = lines[f.line : f.end_line - 1]
    return "\n".join([lines[f.line - 1][f.column - 1 :], *middle, lines[f.end_line - 1][: f.end_column - 1]])


def hits(findings: list[Finding], kind: str) -> list[tuple[int, str]]:
    """(line, text) of every finding of one kind."""
    return [(f.line, f.text) for f in findings if f.kind == kind]


def assert_spans_match(draft: str, findings: list[Finding]) -> None:
    """Every finding's line/column span and its offsets both point at its ``text``."""
    for f in findings:
        assert span_at(draft, f) == f.text, f
        assert draft[f.offset : f.end_offset] == f.text, f
