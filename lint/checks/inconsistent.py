"""inconsistent: the draft contradicts itself (two figures for one claim; a total that does not add up)."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule, read_as
from lint.facts.matching import FigureMatch
from lint.findings import Finding
from lint.reading.claims import FigureClaim
from lint.reading.numbers import format_number

# Parts that do not add up to a sum: "lebih dari 1.000", "hingga 5.000", "1.000 hingga 2.000".
_NOT_EXACT = ("lower", "upper", "range")


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    yield from _repeated_claims(ctx, rule, kind)
    yield from _totals(ctx, rule, kind)


def _claim_key(matched: FigureMatch) -> tuple[object, ...] | None:
    claim = matched.claim
    if claim.noun is None or claim.total:
        return None
    what = matched.facts[0] if matched.facts else (claim.noun, claim.event, claim.owner)
    if claim.source_key is None:
        return None  # two unsourced figures may well count two things (an incident, a total)
    when = claim.own_date.date.iso() if claim.own_date and claim.own_date.date else None
    return (what, claim.source_key, when, claim.figure.unit)


def _repeated_claims(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    first: dict[tuple[object, ...], FigureClaim] = {}
    for matched in ctx.matches.figures:
        claim, facts = matched.claim, matched.facts
        key = _claim_key(matched)
        if key is None or (rule.facts is not None and not any(rule.applies_to(f) for f in facts)):
            continue
        earlier = first.setdefault(key, claim)
        if earlier is claim:
            continue
        if earlier.figure.agrees(claim.figure):
            continue
        line, _ = ctx.analysis.document.position(earlier.figure.start)
        who = (
            ctx.source_label(claim.attribution.source, claim.attribution.name)
            if claim.source_key and claim.attribution
            else "the draft"
        )
        yield ctx.finding(
            rule,
            kind,
            claim.figure.start,
            claim.figure.end,
            {
                "read": read_as(claim),
                "earlier": read_as(earlier),
                "earlier_line": line,
                "source": who,
                "expected": f"{read_as(earlier)} (line {line})",
            },
            fact=facts[0] if facts else None,
            expected=earlier.figure.text,
        )


def _totals(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    by_sentence: dict[int, list[FigureClaim]] = {}
    for f in ctx.analysis.figures:
        by_sentence.setdefault(f.sentence.start, []).append(f)
    for matched in ctx.matches.figures:
        claim = matched.claim
        if not claim.total:
            continue
        parts = [
            f
            for f in by_sentence[claim.sentence.start]
            if f.sentence is claim.sentence
            and f is not claim
            and not f.total
            and f.figure.unit == claim.figure.unit
            and f.figure.start < claim.figure.start
        ]
        if len(parts) < 2 or claim.figure.low is not None or any(p.figure.bound in _NOT_EXACT for p in parts):
            continue
        expected = sum(p.figure.value for p in parts)
        if expected == claim.figure.value:
            continue
        shown = " + ".join(format_number(p.figure.value) for p in parts)
        yield ctx.finding(
            rule,
            kind,
            claim.figure.start,
            claim.figure.end,
            {
                "read": read_as(claim),
                "earlier": shown,
                "earlier_line": ctx.analysis.document.position(parts[0].figure.start)[0],
                "source": "the draft",
                "expected": f"{shown} = {format_number(expected)}",
            },
            fact=matched.facts[0] if matched.facts else None,
            expected=format_number(expected),
        )


KIND = Kind(
    "inconsistent",
    check,
    "error",
    "{read} disagrees with the draft itself: {expected}",
    ("read", "earlier", "earlier_line", "source", "expected"),
    "two figures for one claim from one source; a total that is not the sum of its parts",
    about_facts=True,
)
