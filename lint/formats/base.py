"""What a formatter is given: the findings of a run, and the files that could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from lint.findings import Finding

if TYPE_CHECKING:
    from lint.rules import Rule


class FileError(NamedTuple):
    path: str
    message: str


class UnusedSuppression(NamedTuple):
    path: str
    line: int
    column: int
    names: str


@dataclass
class Report:
    findings: list[Finding]
    files: int
    errors: list[FileError] = field(default_factory=list)
    unused: list[UnusedSuppression] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # path -> decoded text, to show spans
    rules: list[Rule] = field(default_factory=list)  # the rules that ran, for formats that describe them (SARIF)
