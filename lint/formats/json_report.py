"""The JSON report a CMS consumes; its shape is documented in docs/report.md."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lint import __version__
from lint.findings import KINDS, SEVERITIES, Finding
from lint.formats.base import Report
from lint.formats.pretty import pretty

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "rule": f.rule,
        "kind": f.kind,
        "severity": f.severity,
        "message": f.message,
        "text": f.text,
        "fact": f.fact,
        "expected": f.expected,
        "evidence": [e._asdict() for e in f.evidence],
        "suggestion": f.suggestion,
    }


def report_dict(report: Report, with_findings: bool = True) -> dict[str, Any]:
    by_kind = {k: 0 for k in KINDS}
    by_severity = {s: 0 for s in SEVERITIES}
    for f in report.findings:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
        by_severity[f.severity] += 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factlint", "version": __version__},
        "findings": [finding_dict(f) for f in report.findings] if with_findings else [],
        "summary": {
            "files": report.files,
            "findings": len(report.findings),
            "by_kind": by_kind,
            "by_severity": by_severity,
            "errors": [{"path": e.path, "message": e.message} for e in report.errors],
            "unused_suppressions": [
                {"path": u.path, "line": u.line, "column": u.column, "rules": u.names} for u in report.unused
            ],
        },
    }


def render_chunks(report: Report) -> Iterator[str]:
    """The same text as ``render``, one finding at a time: a report on a large file is never
    built whole in memory."""
    skeleton = pretty(report_dict(report, with_findings=False)) + "\n"
    if not report.findings:
        yield skeleton
        return
    head, tail = skeleton.split('"findings": []', 1)
    yield head + '"findings": [\n'
    last = len(report.findings) - 1
    for i, f in enumerate(report.findings):
        # items of the list sit two levels deep
        yield "    " + pretty(finding_dict(f), "    ") + (",\n" if i < last else "\n")
    yield "  ]" + tail


def render(report: Report) -> str:
    return pretty(report_dict(report)) + "\n"
