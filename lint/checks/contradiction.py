"""contradiction: a figure, date or title that conflicts with the fact base."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint.checks.base import Context, Kind, claim_facts, matching_records, read_as
from lint.factbase import dates_compatible
from lint.findings import EvidenceRef, Finding
from lint.lexicon import phrase_key
from lint.people import norm_title

if TYPE_CHECKING:
    from lint.rules import Rule


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    yield from _figures(ctx, rule, kind)
    yield from _dates(ctx, rule, kind)
    if rule.options.get("titles", True):
        yield from _titles(ctx, rule, kind)


def _figures(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    # A figure far below every record ("50 tentara tewas dalam satu serangan") counts part of
    # the whole, not the whole: it is not read as a contradiction.
    min_ratio = float(rule.options.get("min_ratio", 0.2))
    for claim in ctx.analysis.figures:
        for fact in claim_facts(rule, claim):
            entry = ctx.factbase.facts.get(fact)
            if entry is None or not entry.accepted or matching_records(ctx, claim, fact):
                continue
            records = entry.accepted
            if claim.figure.value < min_ratio * min(r.number for r in records):
                continue
            expected = "; ".join(ctx.cite(r) for r in records)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "about": entry.about,
                    "expected": expected,
                    "fact": fact,
                },
                fact=fact,
                expected=" | ".join(r.display for r in records),
                evidence=tuple(ctx.evidence(r) for r in records),
            )
            break


def _dates(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    doc_date = ctx.analysis.document.date
    for claim in ctx.analysis.date_claims:
        if not rule.applies_to(claim.fact):
            continue
        entry = ctx.factbase.facts.get(claim.fact)
        if entry is None or entry.canonical is None or claim.mention.date is None:
            continue
        supporting = [r for r in entry.accepted if dates_compatible(r.date_value, claim.mention.date)]
        canonical = entry.accepted[0].date_value if entry.accepted else None
        if supporting or canonical is None:
            continue
        read = claim.mention.text
        if claim.mention.relative and doc_date:
            read = f"{read} (= {claim.mention.date.iso()} as of the draft's date {doc_date.iso()})"
        elif claim.mention.text != claim.mention.date.iso():
            read = f"{read} (= {claim.mention.date.iso()})"
        records = entry.accepted
        expected = f"{entry.canonical}, from " + "; ".join(ctx.cite(r) for r in records[:3])
        yield ctx.finding(
            rule,
            kind,
            claim.mention.start,
            claim.mention.end,
            {"read": read, "about": entry.about, "expected": expected, "fact": claim.fact},
            fact=claim.fact,
            expected=entry.canonical,
            evidence=tuple(ctx.evidence(r) for r in records),
        )


def _titles(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    people = ctx.factbase.people
    holders: dict[str, set[str]] = {}
    for pid, entry in people.items():
        for t in entry.titles:
            holders.setdefault(norm_title(t.title), set()).add(pid)
    for mention in ctx.analysis.people:
        if not mention.title or mention.person not in people:
            continue
        entry = people[mention.person]
        known = {norm_title(t.title) for t in entry.titles}
        title = norm_title(mention.title)
        if not known or title in known:
            continue
        others = holders.get(title, set()) - {mention.person}
        reason = ""
        if others:
            other = people[sorted(others)[0]]
            reason = f"that title belongs to {other.name}"
        else:
            wrong_country = _country_clash(ctx, title, known)
            if wrong_country:
                reason = wrong_country
        if not reason:
            continue
        yield ctx.finding(
            rule,
            kind,
            mention.title_start,
            mention.title_end,
            {
                "read": f"{mention.title} {mention.text}",
                "about": f"titles of {entry.name}",
                "expected": f"{entry.name} is " + " / ".join(t.title for t in entry.titles) + f" ({reason})",
                "fact": f"person:{entry.id}",
            },
            fact=f"person:{entry.id}",
            expected=" / ".join(t.title for t in entry.titles),
            evidence=tuple(
                EvidenceRef(t.evidence.seed, t.evidence.line, t.evidence.quote, None, None) for t in entry.titles
            ),
        )


def _country_clash(ctx: Context, title: str, known: set[str]) -> str:
    pattern = ctx.story.country_pattern
    if pattern is None:
        return ""

    def countries(text: str) -> set[str]:
        return {ctx.story.country_by_word[phrase_key(m[0])] for m in pattern.finditer(text)}

    written = countries(title)
    if not written:
        return ""
    known_countries = set().union(*(countries(k) for k in known))
    if known_countries and not written & known_countries:
        return f"the seeds tie this person to {', '.join(sorted(known_countries))}, not {', '.join(sorted(written))}"
    return ""
