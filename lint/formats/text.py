"""``path:line:col: severity kind [rule] message``, with the offending span underlined."""

from __future__ import annotations

import re

from lint.formats.base import Report

# The line breaks Document.position counts; str.splitlines() also breaks at U+2028, form
# feeds and the like, which would show the wrong line under a finding.
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def render(report: Report) -> str:
    out: list[str] = []
    for f in report.findings:
        out.append(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.kind} [{f.rule}] {f.message}")
        source = report.sources.get(f.path)
        if source is not None:
            lines = _LINE_BREAK.split(source)
            if 0 < f.line <= len(lines):
                line = lines[f.line - 1].replace("\t", " ")
                width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                out.append(f"    {line}")
                out.append("    " + " " * (f.column - 1) + "^" * max(1, width))
        if f.suggestion:
            out.append(f"    suggestion: {f.suggestion}")
    for u in report.unused:
        out.append(
            f"{u.path}:{u.line}:{u.column}: warning unused-suppression suppression of '{u.names}' suppresses nothing"
        )
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    summary = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts) or "no findings"
    out.append(f"{report.files} file{'s' if report.files != 1 else ''} checked: {summary}")
    return "\n".join(out) + "\n"
