"""Report formats, chosen by name; each turns findings into text and nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from lint.reports.base import Report, Style

# Each module's render_chunks() yields the report in pieces, written as they come, so a
# report on a large file is never held whole in memory; render() returns the same text in
# one string. Modules are imported only when their format is asked for (start-up matters
# in a pre-commit hook).
_MODULES = {
    "text": "lint.reports.text",
    "json": "lint.reports.json_report",
    "sarif": "lint.reports.sarif",
    "github": "lint.reports.github",
}
FORMAT_NAMES = tuple(_MODULES)


def renderer(name: str) -> Callable[[Report, Style], Iterator[str]]:
    module = importlib.import_module(_MODULES[name])
    render: Callable[[Report, Style], Iterator[str]] = module.render_chunks
    return render


__all__ = ["FORMAT_NAMES", "Report", "Style", "renderer"]
