"""SARIF 2.1.0, so code hosts and IDEs show findings in place with their rule and evidence."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from lint import __version__
from lint.findings import EvidenceRef, Finding
from lint.reports.base import PLAIN, Report, Style
from lint.reports.pretty import pretty, string

if TYPE_CHECKING:
    from lint.checks.base import Rule

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
STORY_BASE = "STORY"  # seeds are named relative to the story directory


def render(report: Report) -> str:
    return "".join(render_chunks(report))


def render_chunks(report: Report, style: Style = PLAIN) -> Iterator[str]:
    """``pretty(sarif_log(report)) + "\\n"``, one result at a time: a log on a large file is
    never built whole in memory."""
    skeleton = pretty(sarif_log(report, with_results=False)) + "\n"
    if not report.findings:
        yield skeleton
        return
    # "results" is the run's last key: only closing brackets follow it.
    head, _, tail = skeleton.rpartition('"results": []')
    yield head + '"results": [\n'
    index = _rule_index(report)
    last = len(report.findings) - 1
    written: dict[tuple[EvidenceRef, ...], tuple[str, str]] = {}  # results share a few fact-base records
    for i, f in enumerate(report.findings):
        yield _result_json(f, index[f.rule], written) + (",\n" if i < last else "\n")
    yield "      ]" + tail


def sarif_log(report: Report, with_results: bool = True) -> dict[str, Any]:
    """One run: the rules that fired, one result per finding, unreadable inputs as notifications."""
    known = {rule.id: rule for rule in reversed(report.rules)}  # the first definition wins
    index = _rule_index(report)
    rule_ids = list(index)
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
                "results": [_result(f, index[f.rule]) for f in report.findings] if with_results else [],
            }
        ],
    }


def _rule_index(report: Report) -> dict[str, int]:
    """The rules that fired, in the order they first fired."""
    index: dict[str, int] = {}
    for f in report.findings:
        index.setdefault(f.rule, len(index))
    return index


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
            "evidence": [e._asdict() for e in f.evidence],
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
                "message": {"text": _evidence_label(e)},
            }
            for i, e in enumerate(f.evidence)
        ]
    if f.suggestion is not None:
        result["fixes"] = [
            {
                "description": {"text": _fix_description(f.text, f.suggestion)},
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


def _result_json(f: Finding, rule_index: int, written: dict[tuple[EvidenceRef, ...], tuple[str, str]]) -> str:
    """``"        " + pretty(_result(f, rule_index), "        ")``, an item of the run's results,
    written straight from the finding's fields, and each distinct evidence once."""
    evidence = written.get(f.evidence)
    if evidence is None:
        result = _result(f, rule_index)
        evidence = written[f.evidence] = (
            pretty(result["properties"]["evidence"], "            "),
            ',\n          "relatedLocations": ' + pretty(result["relatedLocations"], "          ")
            if f.evidence
            else "",
        )
    listed, related = evidence
    uri = string(artifact_uri(f.path))
    fixes = "" if f.suggestion is None else _fixes_json(f, f.suggestion, uri)
    return (
        "        {\n"
        f'          "ruleId": {string(f.rule)},\n'
        f'          "ruleIndex": {rule_index:d},\n'
        '          "kind": "fail",\n'
        f'          "level": {string(LEVELS[f.severity])},\n'
        '          "message": {\n'
        f'            "text": {string(f.message)}\n'
        "          },\n"
        '          "locations": [\n'
        "            {\n"
        '              "physicalLocation": {\n'
        '                "artifactLocation": {\n'
        f'                  "uri": {uri}\n'
        "                },\n"
        '                "region": {\n'
        f'                  "startLine": {f.line:d},\n'
        f'                  "startColumn": {f.column:d},\n'
        f'                  "endLine": {f.end_line:d},\n'
        f'                  "endColumn": {f.end_column:d},\n'
        '                  "snippet": {\n'
        f'                    "text": {string(f.text)}\n'
        "                  }\n"
        "                }\n"
        "              }\n"
        "            }\n"
        "          ],\n"
        '          "properties": {\n'
        f'            "kind": {string(f.kind)},\n'
        f'            "fact": {_optional(f.fact)},\n'
        f'            "expected": {_optional(f.expected)},\n'
        f'            "suggestion": {_optional(f.suggestion)},\n'
        f'            "evidence": {listed}\n'
        f"          }}{related}{fixes}\n"
        "        }"
    )


def _fixes_json(f: Finding, suggestion: str, uri: str) -> str:
    """The "fixes" entry of ``_result``, as ``_result_json`` places it."""
    return (
        ',\n          "fixes": [\n'
        "            {\n"
        '              "description": {\n'
        f'                "text": {string(_fix_description(f.text, suggestion))}\n'
        "              },\n"
        '              "artifactChanges": [\n'
        "                {\n"
        '                  "artifactLocation": {\n'
        f'                    "uri": {uri}\n'
        "                  },\n"
        '                  "replacements": [\n'
        "                    {\n"
        '                      "deletedRegion": {\n'
        f'                        "startLine": {f.line:d},\n'
        f'                        "startColumn": {f.column:d},\n'
        f'                        "endLine": {f.end_line:d},\n'
        f'                        "endColumn": {f.end_column:d}\n'
        "                      },\n"
        '                      "insertedContent": {\n'
        f'                        "text": {string(suggestion)}\n'
        "                      }\n"
        "                    }\n"
        "                  ]\n"
        "                }\n"
        "              ]\n"
        "            }\n"
        "          ]"
    )


def _fix_description(text: str, suggestion: str) -> str:
    return f"Replace '{text}' with '{suggestion}'."


def _optional(text: str | None) -> str:
    return "null" if text is None else string(text)


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


def _evidence_label(e: EvidenceRef) -> str:
    """'NIS, as of 2024-10-22 (Medcom (medcom.id), 2024-10-22, https://...): <quote>': the seed
    by its outlet, date and address, not its file name, which the location already gives."""
    who = ", ".join(part for part in (e.source, f"as of {e.date}" if e.date else None) if part)
    where = ", ".join(part for part in (e.outlet, e.published, e.url) if part)
    head = f"{who} ({where})" if who and where else who or where
    return f"{head}: {e.quote}" if head else e.quote


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
    """The path as given, as a URI reference: relative stays relative, absolute becomes file://.
    The bytes of the file's name are what is percent-encoded, so a name that is not UTF-8
    (which Python holds with surrogates) is written as it is on disk."""
    if re.match(r"[A-Za-z]:[\\/]", path):
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return quote(os.fsencode(path.replace("\\", "/")), safe="/")
