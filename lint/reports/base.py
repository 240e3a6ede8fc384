"""What a formatter is given: the findings of a run, and the files that could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from lint.findings import Finding

if TYPE_CHECKING:
    from lint.checks.base import Rule
    from lint.run.decisions import Decision


class FileError(NamedTuple):
    path: str
    message: str


class UnusedSuppression(NamedTuple):
    path: str
    line: int
    column: int
    names: str


class Style(NamedTuple):
    """How a report is to be shown, where a format has a choice: in colour (a terminal),
    without the summary (``-q``), and in how many columns (excerpts fit in them)."""

    color: bool = False
    quiet: bool = False
    width: int = 80


PLAIN = Style()  # what a report is rendered as unless the command line says otherwise


def seed_links(f: Finding) -> list[str]:
    """'TVRINews, 2025-06-19: https://...' for each seed with an address that ``f`` cites, once
    each: where an editor reads the article behind the finding."""
    links: list[str] = []
    for e in f.evidence:
        if e.url and (link := f"{e.cited()}: {e.url}") not in links:
            links.append(link)
    return links


class Report:
    """What a run found, filled in as drafts are linted (a plain class: see Document)."""

    __slots__ = ("dismissed", "errors", "excluded", "files", "findings", "fixed", "rules", "sources", "unused")

    def __init__(self, *, findings: list[Finding], files: int) -> None:
        self.findings = findings
        self.files = files
        self.dismissed: list[tuple[Finding, Decision]] = []  # findings editors dismissed, not reported
        self.errors: list[FileError] = []
        self.unused: list[UnusedSuppression] = []
        self.sources: dict[str, str] = {}  # path -> decoded text, to show spans
        self.rules: list[Rule] = []  # the rules that ran, for formats that describe them (SARIF)
        self.excluded = 0  # files left out by the config's or the command line's excludes
        self.fixed = 0  # findings the safe fixes took care of (--fix), not among ``findings``
