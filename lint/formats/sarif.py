"""SARIF 2.1.0, so code hosts and IDEs show findings in place with their rule and evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from lint import __version__
from lint.findings import Finding
from lint.formats.base import Report
from lint.formats.pretty import pretty

if TYPE_CHECKING:
    from lint.rules import Rule

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
STORY_BASE = "STORY"  # seeds are named relative to the story directory


def render(report: Report) -> str:
    return pretty(sarif_log(report)) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    """One run: the rules that fired, one result per finding, unreadable inputs as notifications."""
    known = {rule.id: rule for rule in reversed(report.rules)}  # the first definition wins
    rule_ids: list[str] = []
    for f in report.findings:
        if f.rule not in rule_ids:
            rule_ids.append(f.rule)
    index = {rid: i for i, rid in enumerate(rule_ids)}
    first = {f.rule: f for f in reversed(report.findings)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(rid, known.get(rid), first[rid]) for rid in rule_ids],
                    }
                },
                "invocations": [_invocation(report)],
                "originalUriBaseIds": {
                    STORY_BASE: {"description": {"text": "The story directory holding the seed articles."}}
                },
                "columnKind": "unicodeCodePoints",
                "newlineSequences": ["\r\n", "\n", "\r"],
                "results": [_result(f, index[f.rule]) for f in report.findings],
            }
        ],
    }


def _descriptor(rule_id: str, rule: Rule | None, example: Finding) -> dict[str, Any]:
    kind = rule.kind if rule else example.kind
    severity = rule.severity if rule else example.severity
    description = " ".join((rule.description if rule else "").split())
    short = _first_sentence(description) or f"factlint {kind} check."
    out: dict[str, Any] = {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", rule_id) if part),
        "shortDescription": {"text": short},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"kind": kind, "tags": ["factlint", kind]},
    }
    if description and description != short:
        out["fullDescription"] = {"text": description}
    return out


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match[1] if match else text


def _result(f: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(f.path)},
                    "region": _region(f, snippet=True),
                }
            }
        ],
        "properties": {
            "kind": f.kind,
            "fact": f.fact,
            "expected": f.expected,
            "suggestion": f.suggestion,
            "evidence": [
                {"seed": e.seed, "line": e.line, "quote": e.quote, "source": e.source, "date": e.date}
                for e in f.evidence
            ],
        },
    }
    if f.evidence:
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(e.seed), "uriBaseId": STORY_BASE},
                    "region": {"startLine": e.line, "snippet": {"text": e.quote}},
                },
                "message": {"text": _evidence_label(e.source, e.date, e.quote)},
            }
            for i, e in enumerate(f.evidence)
        ]
    if f.suggestion is not None:
        result["fixes"] = [
            {
                "description": {"text": f"Replace '{f.text}' with '{f.suggestion}'."},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "replacements": [
                            {"deletedRegion": _region(f, snippet=False), "insertedContent": {"text": f.suggestion}}
                        ],
                    }
                ],
            }
        ]
    return result


def _region(f: Finding, snippet: bool) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    if snippet:
        region["snippet"] = {"text": f.text}
    return region


def _evidence_label(source: str | None, date: str | None, quote: str) -> str:
    who = ", ".join(part for part in (source, date) if part)
    return f"{who}: {quote}" if who else quote


def _invocation(report: Report) -> dict[str, Any]:
    notes: list[dict[str, Any]] = [
        {"level": "error", "message": {"text": e.message}, **_where(e.path, None, None)} for e in report.errors
    ]
    notes.extend(
        {
            "level": "warning",
            "message": {"text": f"suppression of '{u.names}' suppresses nothing"},
            **_where(u.path, u.line, u.column),
        }
        for u in report.unused
    )
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


def _where(path: str, line: int | None, column: int | None) -> dict[str, Any]:
    if not path:
        return {}
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if line is not None and column is not None:
        physical["region"] = {"startLine": line, "startColumn": column}
    return {"locations": [{"physicalLocation": physical}]}


@cache  # a report names the same few files again and again
def artifact_uri(path: str) -> str:
    """The path as given, as a URI reference: relative stays relative, absolute becomes file://."""
    if re.match(r"[A-Za-z]:[\\/]", path):
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def render_chunks(report: Report) -> Iterator[str]:
    yield render(report)
