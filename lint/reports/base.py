"""What a formatter is given: the findings of a run, and the files that could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from lint.findings import Finding

if TYPE_CHECKING:
    from lint.checks.base import Rule


class FileError(NamedTuple):
    path: str
    message: str


class UnusedSuppression(NamedTuple):
    path: str
    line: int
    column: int
    names: str


class Report:
    """What a run found, filled in as drafts are linted (a plain class: see Document)."""

    __slots__ = ("errors", "excluded", "files", "findings", "rules", "sources", "unused")

    def __init__(self, *, findings: list[Finding], files: int) -> None:
        self.findings = findings
        self.files = files
        self.errors: list[FileError] = []
        self.unused: list[UnusedSuppression] = []
        self.sources: dict[str, str] = {}  # path -> decoded text, to show spans
        self.rules: list[Rule] = []  # the rules that ran, for formats that describe them (SARIF)
        self.excluded = 0  # files left out by the config's or the command line's excludes
