"""The one record every check produces: a finding, complete when made."""

from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class EvidenceRef(NamedTuple):
    """Where the fact base got what it says: seed file, line, quoted sentence, source, date."""

    seed: str
    line: int
    quote: str
    source: str | None
    date: str | None  # as of when the record speaks
    outlet: str | None = None  # the seed's publisher, from seeds.yaml
    published: str | None = None  # the seed's publication date
    url: str | None = None

    def cited(self) -> str:
        """'TVRINews, 2025-06-19': the seed as an editor knows it, by its outlet and date (by its
        file name only when seeds.yaml names no outlet)."""
        return ", ".join(part for part in (self.outlet or self.seed, self.published) if part)


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    kind: str
    severity: str
    message: str
    text: str  # the file's text at the span
    fact: str | None
    expected: str | None
    evidence: tuple[EvidenceRef, ...]
    suggestion: str | None  # replacement text for the span, when there is a safe one
    offset: int  # character offsets of the span in the decoded text
    end_offset: int

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)
