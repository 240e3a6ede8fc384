"""Report formats, chosen by name; each turns findings into text and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lint.formats import github, json_report, sarif, text
from lint.formats.base import Report

# Each yields the report in pieces, written as they come: a report on a large file is
# never held whole in memory. Each module's render() returns the same text in one string.
FORMATS: dict[str, Callable[[Report], Iterator[str]]] = {
    "text": text.render_chunks,
    "json": json_report.render_chunks,
    "sarif": sarif.render_chunks,
    "github": github.render_chunks,
}

__all__ = ["FORMATS", "Report"]
