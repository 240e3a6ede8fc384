"""Report formats, chosen by name; each turns findings into text and nothing else."""

from __future__ import annotations

from collections.abc import Callable

from lint.formats import github, json_report, sarif, text
from lint.formats.base import Report

FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["FORMATS", "Report"]
