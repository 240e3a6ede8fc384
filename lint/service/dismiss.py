"""``POST /dismiss``: an editor dismisses a finding from the review page.

The request names the finding as the page shows it (the draft, its line and column, the rule)
and gives a reason. A worker reads the draft again, as ``/lint`` did, to find the finding and its
sentence, under the same time limit; the service then records the decision in its decisions
file, as ``factlint dismiss`` would. ``/lint`` honours the file as ``factlint lint`` does,
read again in each worker whenever it changes.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.responses import JSONResponse, Response

from lint import i18n
from lint.errors import FactlintError
from lint.i18n import _
from lint.run.config import Config
from lint.run.decisions import (
    DecisionKey,
    Decisions,
    add_decision,
    finding_key,
    load_decisions,
    locate,
    new_decision,
    one_line,
)
from lint.run.project import Project
from lint.service.requests import JSON_TYPE, Draft, RequestError, parse_draft

log = logging.getLogger("factlint.server")
FIELDS = {"text", "date", "path", "line", "column", "rule", "reason", "note", "by"}
MAX_RULE = 200


@dataclass(frozen=True)
class Dismissal:
    draft: Draft
    line: int
    column: int | None
    rule: str  # a rule id or a kind
    reason: str
    note: str | None
    by: str | None
    locale: str = i18n.SOURCE  # the service's language, for what the worker says about the finding


def parse_dismissal(body: bytes, content_type: str) -> Dismissal:
    """A JSON ``{"text", "line", "rule", "reason", "column"?, "date"?, "path"?, "note"?, "by"?}``."""
    if content_type.partition(";")[0].strip().lower() != JSON_TYPE:
        raise RequestError(415, "unsupported_media_type", _("send the dismissal as application/json"))
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        message = _("request body is not valid JSON: {reason}").format(reason=exc)
        raise RequestError(400, "malformed_json", message) from None
    if not isinstance(data, dict):
        raise RequestError(422, "invalid_request", _("send a JSON object with text, line, rule and reason"))
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise RequestError(422, "invalid_request", _("unknown field(s) {fields}").format(fields=", ".join(unknown)))
    for name in ("text", "line", "rule", "reason"):
        if data.get(name) is None:
            raise RequestError(422, "invalid_request", _("the dismissal needs '{name}'").format(name=name))
    draft = parse_draft(
        json.dumps({k: data[k] for k in ("text", "date", "path") if k in data}).encode("utf-8"), JSON_TYPE, {}
    )
    line, column = _position(data.get("line"), "line"), data.get("column")
    rule = data["rule"]
    if not isinstance(rule, str) or not rule or len(rule) > MAX_RULE or not rule.isprintable():
        raise RequestError(422, "invalid_rule", _("'rule' must be a rule id or a kind"))
    try:
        words = [_words(data.get(k), k) for k in ("reason", "note", "by")]
    except FactlintError as exc:
        raise RequestError(422, "invalid_reason", exc.message) from None
    reason = words[0]
    assert reason is not None
    note, by = words[1:]
    column = None if column is None else _position(column, "column")
    return Dismissal(draft, line, column, rule, reason, note, by, i18n.active())


def _position(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000_000:
        raise RequestError(422, "invalid_position", _("'{name}' must be a number from 1").format(name=name))
    return value


def _words(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FactlintError(_("'{name}' must be text").format(name=name))
    return one_line(value, f"'{name}'")


def locate_finding(wanted: Dismissal, project: Project, config: Config | None) -> tuple[int, str]:
    """In a worker: the finding the editor means, with its decision key, as JSON and 200; 404
    when the draft has no such finding, 422 when it cannot be read."""
    from lint.run.engine import lint_analysis, read_draft
    from lint.run.inputs import decode

    i18n.use(wanted.locale)  # a worker speaks the language of the last request it served
    draft = wanted.draft
    try:
        text = decode(draft.text.encode("utf-8", "surrogatepass"), draft.path)
        # read and dated as /lint reads it, so that what /lint reported (an undated draft's
        # finding too) is found
        analysis, dated = read_draft(text, project, draft.path, draft.date, config.lang if config else None)
        findings = lint_analysis(analysis, project, draft.path, config, dated).findings
    except FactlintError as exc:
        return 422, json.dumps({"error": "unreadable_draft", "message": exc.message})
    try:
        finding = locate(findings, draft.path, wanted.line, wanted.column, wanted.rule)
    except FactlintError as exc:
        return 404, json.dumps({"error": "no_such_finding", "message": exc.message}, ensure_ascii=False)
    key = finding_key(finding, analysis)
    found: dict[str, Any] = {"rule": key.rule, "fact": key.fact, "text": key.text, "sentence": key.sentence}
    found |= {"kind": finding.kind, "line": finding.line, "column": finding.column}
    return 200, json.dumps(found, ensure_ascii=False)


class DecisionsFile:
    """The service's decisions file, read again when it changes (it is replaced whole on each
    write, so a new inode or time says so): each worker holds its own copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._decisions = Decisions(path, (), {})

    def current(self) -> Decisions:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._stamp, self._decisions = None, Decisions(self.path, (), {})
            return self._decisions
        except OSError:
            return self._decisions  # unreadable for a moment: what was read last
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        if stamp != self._stamp:
            try:
                self._decisions = load_decisions(self.path)
            except FactlintError as exc:  # edited by hand, and wrong: the last good one stands
                log.error("decisions not read again: %s", exc)
            self._stamp = stamp
        return self._decisions


async def record_dismissal(path: Path, wanted: Dismissal, found: dict[str, Any]) -> Response:
    """Record the decision on the finding a worker found: 201 with it, or 200 when the finding
    was already dismissed (nothing is written then)."""
    import asyncio

    key = DecisionKey(found["rule"], found["fact"], found["text"], found["sentence"])
    try:
        decision = new_decision(
            key, found["kind"], wanted.reason, wanted.note, wanted.draft.path, found["line"], wanted.by
        )
        recorded, new = await asyncio.to_thread(add_decision, path, decision)
    except FactlintError as exc:
        log.error("decision not recorded: %s", exc)
        return JSONResponse({"error": "not_recorded", "message": exc.message}, status_code=500)
    body = {
        "dismissed": new,
        "file": path.name,
        "decision": {
            "rule": recorded.key.rule,
            "kind": recorded.kind,
            "fact": recorded.key.fact,
            "text": recorded.key.text,
            "sentence": recorded.key.sentence,
            "reason": recorded.reason,
            "note": recorded.note,
            "path": recorded.path,
            "line": recorded.line,
            "date": recorded.date,
            "by": recorded.by,
            "at": recorded.at,
        },
    }
    return JSONResponse(body, status_code=201 if new else 200)
