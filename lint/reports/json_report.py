"""The JSON report a CMS consumes; its shape is documented in docs/report.md."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lint import __version__
from lint.checks.registry import KIND_NAMES
from lint.findings import SEVERITIES, EvidenceRef, Finding
from lint.i18n import active
from lint.reports.base import PLAIN, Report, Style
from lint.reports.pretty import pretty, string

SCHEMA_VERSION = 4  # 2: the unverified kind; evidence names the outlet, publication date and url. 3: undated.
# 4: locale, the language of the messages


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
    by_kind = {k: 0 for k in KIND_NAMES}
    by_severity = {s: 0 for s in SEVERITIES}
    for f in report.findings:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
        by_severity[f.severity] += 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factlint", "version": __version__},
        "locale": active(),
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


def render_chunks(report: Report, style: Style = PLAIN) -> Iterator[str]:
    """``pretty(report_dict(report)) + "\\n"``, one finding at a time: a report on a large
    file is never built whole in memory."""
    skeleton = pretty(report_dict(report, with_findings=False)) + "\n"
    if not report.findings:
        yield skeleton
        return
    head, tail = skeleton.split('"findings": []', 1)
    yield head + '"findings": [\n'
    last = len(report.findings) - 1
    evidence: dict[tuple[EvidenceRef, ...], str] = {}  # findings share a few fact-base records
    for i, f in enumerate(report.findings):
        yield _finding_json(f, evidence) + (",\n" if i < last else "\n")
    yield "  ]" + tail


def _finding_json(f: Finding, written: dict[tuple[EvidenceRef, ...], str]) -> str:
    """``"    " + pretty(finding_dict(f), "    ")``: a finding as an item of the list, two
    levels deep, written straight from its fields (and each distinct evidence once)."""
    evidence = written.get(f.evidence)
    if evidence is None:
        evidence = written[f.evidence] = pretty([e._asdict() for e in f.evidence], "      ")
    return (
        "    {\n"
        f'      "path": {string(f.path)},\n'
        f'      "line": {f.line:d},\n'
        f'      "column": {f.column:d},\n'
        f'      "end_line": {f.end_line:d},\n'
        f'      "end_column": {f.end_column:d},\n'
        f'      "rule": {string(f.rule)},\n'
        f'      "kind": {string(f.kind)},\n'
        f'      "severity": {string(f.severity)},\n'
        f'      "message": {string(f.message)},\n'
        f'      "text": {string(f.text)},\n'
        f'      "fact": {_optional(f.fact)},\n'
        f'      "expected": {_optional(f.expected)},\n'
        f'      "evidence": {evidence},\n'
        f'      "suggestion": {_optional(f.suggestion)}\n'
        "    }"
    )


def finding_line(f: Finding, written: dict[tuple[EvidenceRef, ...], str]) -> str:
    """``json.dumps(finding_dict(f), ensure_ascii=False) + "\\n"``, character for character:
    a finding as one line of JSON Lines (``factlint archive``), each distinct evidence list
    written once into ``written``."""
    evidence = written.get(f.evidence)
    if evidence is None:
        evidence = written[f.evidence] = json.dumps([e._asdict() for e in f.evidence], ensure_ascii=False)
    return (
        f'{{"path": {string(f.path)}, "line": {f.line:d}, "column": {f.column:d}, "end_line": {f.end_line:d}, '
        f'"end_column": {f.end_column:d}, "rule": {string(f.rule)}, "kind": {string(f.kind)}, '
        f'"severity": {string(f.severity)}, "message": {string(f.message)}, "text": {string(f.text)}, '
        f'"fact": {_optional(f.fact)}, "expected": {_optional(f.expected)}, "evidence": {evidence}, '
        f'"suggestion": {_optional(f.suggestion)}}}\n'
    )


def _optional(text: str | None) -> str:
    return "null" if text is None else string(text)


def render(report: Report) -> str:
    """The report in one string (``factlint serve`` answers with it)."""
    return "".join(render_chunks(report))
