"""spelling: a known person written in a non-canonical form (Kim Jong-Un for Kim Jong Un)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint.checks.base import Context, Kind
from lint.findings import EvidenceRef, Finding

if TYPE_CHECKING:
    from lint.rules import Rule


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    for mention in ctx.analysis.people:
        if mention.canonical:
            continue
        if rule.facts is not None and not rule.applies_to(f"person:{mention.person}"):
            continue
        person = ctx.story.people[mention.person]
        entry = ctx.factbase.people.get(mention.person)
        evidence: tuple[EvidenceRef, ...] = ()
        if entry and entry.evidence:
            e = entry.evidence
            evidence = (EvidenceRef(e.seed, e.line, e.quote, None, None),)
        yield ctx.finding(
            rule,
            kind,
            mention.start,
            mention.end,
            {"read": mention.text, "expected": person.name},
            fact=f"person:{person.id}",
            expected=person.name,
            evidence=evidence,
            suggestion=person.name,
        )
