"""``path:line:col: severity kind [rule] message``, with the offending span underlined."""

from __future__ import annotations

from collections.abc import Iterator

from lint.cache import patterns as pattern_cache
from lint.reports.base import Report

# The line breaks Document.position counts; str.splitlines() also breaks at U+2028, form
# feeds and the like, which would show the wrong line under a finding.
_LINE_BREAK = pattern_cache.compile(r"\r\n|\n|\r")


def render_chunks(report: Report) -> Iterator[str]:
    """Line by line, so a report on a large file is never held whole in memory."""
    split: dict[str, list[str]] = {}  # each source split into lines once, not once per finding
    for f in report.findings:
        out = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.kind} [{f.rule}] {f.message}\n"
        source = report.sources.get(f.path)
        if source is not None:
            if f.path not in split:
                split[f.path] = _LINE_BREAK.split(source)
            lines = split[f.path]
            if 0 < f.line <= len(lines):
                line = lines[f.line - 1].replace("\t", " ")
                width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                out += f"    {line}\n    {' ' * (f.column - 1)}{'^' * max(1, width)}\n"
        if f.suggestion:
            out += f"    suggestion: {f.suggestion}\n"
        yield out  # a finding at a time
    for u in report.unused:
        yield f"{u.path}:{u.line}:{u.column}: warning unused-suppression suppression of '{u.names}' suppresses nothing\n"
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    summary = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts) or "no findings"
    yield f"{report.files} file{'s' if report.files != 1 else ''} checked: {summary}\n"


def render(report: Report) -> str:
    return "".join(render_chunks(report))
