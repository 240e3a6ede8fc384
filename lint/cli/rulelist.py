"""``factlint rules list``: the rules a config runs, each with its kind, severity and description."""

from __future__ import annotations

import json
import os
import textwrap

from lint.checks.base import Rule


def render_rules(running: list[Rule], known: list[Rule], fmt: str, width: int = 80) -> str:
    """``running`` (the rules the config runs, with its severities), then, of ``known`` (every
    rule of the rules directories), those it leaves out, marked so."""
    ids = {r.id for r in running}
    off = [r for r in known if r.id not in ids]
    if fmt == "json":
        rows = [_row(r, True) for r in running] + [_row(r, False) for r in off]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    name_width = max((len(r.id) for r in (*running, *off)), default=0)
    kind_width = max((len(r.kind) for r in (*running, *off)), default=0)
    out = []
    for rule, on in [(r, True) for r in running] + [(r, False) for r in off]:
        severity = rule.severity if on else "off"
        out.append(
            f"{rule.id:<{name_width}}  {rule.kind:<{kind_width}}  {severity:<7}  {_shown(rule.path)}:{rule.line}"
        )
        description = " ".join(rule.described().split())
        if description:
            out.extend(textwrap.wrap(description, max(40, width - 4), initial_indent="    ", subsequent_indent="    "))
    return "\n".join(out) + "\n" if out else ""


def _row(rule: Rule, on: bool) -> dict[str, object]:
    return {
        "id": rule.id,
        "kind": rule.kind,
        "severity": rule.severity if on else None,
        "runs": on,
        "facts": list(rule.facts) if rule.facts is not None else "all",
        "description": " ".join(rule.description.split()),
        "path": rule.path,
        "line": rule.line,
    }


def _shown(path: str) -> str:
    """A rule file's path relative to the working directory when it is below it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel
