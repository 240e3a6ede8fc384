"""inconsistent: the draft contradicts itself (two figures for one claim; a total that does not add up)."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule, read_as
from lint.facts.matching import FigureMatch
from lint.findings import Finding
from lint.i18n import N_, _
from lint.reading.claims import FigureClaim
from lint.reading.document import Sentence
from lint.reading.numbers import Figure, format_number

# Parts that do not add up to a sum: "lebih dari 1.000", "hingga 5.000", "1.000 hingga 2.000".
_NOT_EXACT = ("lower", "upper", "range")


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    yield from _repeated_claims(ctx, rule, kind)
    yield from _totals(ctx, rule, kind)
    yield from _groups_pointed_back(ctx, rule, kind)


def _groups_pointed_back(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    """ "Ukraina menangkap dua tentara Korea Utara. ... Ketiga tawanan itu ...": a group counted
    again as all of it ("ketiga") is the group counted before it, of the same measure or noun."""
    earlier: list[FigureMatch] = []
    for matched in ctx.matches.figures:
        claim = matched.claim
        if claim.figure.collective and claim.noun is not None:
            before = next(
                (m for m in reversed(earlier) if (set(m.facts) & set(matched.facts)) or m.claim.noun == claim.noun),
                None,
            )
            if before is None or (rule.facts is not None and not any(rule.applies_to(f) for f in matched.facts)):
                continue
            counted = before.claim
            if counted.figure.bound != "exact" or counted.figure.low is not None or counted.figure.agrees(claim.figure):
                continue
            line = ctx.analysis.document.position(counted.figure.start)[0]
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "earlier": read_as(counted),
                    "earlier_line": line,
                    "source": _("the draft"),
                    "expected": _("{figure} (line {line}), the group it points back to").format(
                        figure=read_as(counted), line=line
                    ),
                },
                fact=matched.facts[0] if matched.facts else None,
                expected=counted.figure.text,
            )
        elif claim.noun is not None and not claim.anaphoric and not claim.increment and not claim.total:
            earlier.append(matched)


def _claim_key(matched: FigureMatch) -> tuple[object, ...] | None:
    claim = matched.claim
    if claim.noun is None or claim.total or claim.increment or claim.added or claim.planned or claim.figure.collective:
        return None  # "3.000 lainnya": more beside the figure before, not another count of it; a plan
    what = matched.facts[0] if matched.facts else (claim.noun, claim.event, claim.owner)
    if claim.source_key is None:
        return None  # two unsourced figures may well count two things (an incident, a total)
    when = claim.own_date.date.iso() if claim.own_date and claim.own_date.date else None
    return (what, claim.source_key, when, claim.figure.unit)


def _compatible(a: Figure, b: Figure) -> bool:
    """Can the two be one count? As ``Figure.agrees``, and a bound that holds the other closely
    (a count rounded to it): "lebih dari 1.000" in the headline and "sekitar 1.100" in the body;
    "lebih dari 10.000" after "25.000" is another count."""
    if a.agrees(b):
        return True
    for x, y in ((a, b), (b, a)):
        if x.low is None and y.low is None:
            if x.bound == "lower" and x.value <= y.value <= _ROUNDED * x.value and y.bound != "upper":
                return True
            if x.bound == "upper" and x.value >= y.value >= x.value / _ROUNDED and y.bound != "lower":
                return True
    return False


_ROUNDED = 1.5  # how far past a bound the count it rounds may be


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
        if earlier.sentence is claim.sentence:
            continue  # one sentence lists different counts ("10.000 di perbatasan, ditambah 5.000 ...")
        if _compatible(earlier.figure, claim.figure):
            continue
        line = ctx.analysis.document.position(earlier.figure.start)[0]
        who = (
            ctx.source_label(claim.attribution.source, claim.attribution.name)
            if claim.source_key and claim.attribution
            else _("the draft")
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
                "expected": _("{figure} (line {line})").format(figure=read_as(earlier), line=line),
            },
            fact=facts[0] if facts else None,
            expected=earlier.figure.text,
        )


def _totals(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    by_sentence: dict[int, list[FigureMatch]] = {}
    for m in ctx.matches.figures:
        by_sentence.setdefault(m.claim.sentence.start, []).append(m)
    sentences = ctx.analysis.sentences
    number = {s.start: i for i, s in enumerate(sentences)}
    for matched in ctx.matches.figures:
        claim = matched.claim
        if not claim.total:
            continue
        parts = [
            f.claim
            for f in by_sentence[claim.sentence.start]
            if f.claim is not claim
            and not f.claim.total
            and f.claim.figure.unit == claim.figure.unit
            # the parts stand before a total ("..., atau total 7.000"), or after it ("terdiri atas ...")
            and (f.claim.figure.start > claim.figure.start) == claim.parts_follow
        ]
        if not parts:
            parts = _parts_before(ctx, matched, by_sentence, sentences, number[claim.sentence.start])
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
                "source": _("the draft"),
                "expected": f"{shown} = {format_number(expected)}",
            },
            fact=matched.facts[0] if matched.facts else None,
            expected=format_number(expected),
        )


def _parts_before(
    ctx: Context,
    total: FigureMatch,
    by_sentence: dict[int, list[FigureMatch]],
    sentences: list[Sentence],
    index: int,
) -> list[FigureClaim]:
    """ "300 tentara tewas dan 2.700 lainnya terluka. Dengan demikian, total korban 3.300.": the
    parts of a total given in the sentence before, when they count exactly the facts the
    total's fact is made of (facts.yaml's ``parts``)."""
    if index == 0 or sentences[index - 1].paragraph < sentences[index].paragraph - 1:
        return []
    claim = total.claim
    facts = total.facts or tuple(
        f.id for f in ctx.story.facts.values() if f.type == "figure" and claim.event in f.events and f.parts
    )
    made_of = [ctx.story.facts[f].parts for f in facts if f in ctx.story.facts and ctx.story.facts[f].parts]
    if len(made_of) != 1:
        return []
    before = [m for m in by_sentence.get(sentences[index - 1].start, []) if not m.claim.total]
    counted = [m.facts for m in before]
    if len(before) != len(made_of[0]) or any(len(f) != 1 for f in counted):
        return []
    if sorted(f[0] for f in counted) != sorted(made_of[0]):
        return []
    return [m.claim for m in before]


KIND = Kind(
    "inconsistent",
    check,
    "error",
    N_("{read} disagrees with the draft itself: {expected}"),
    ("read", "earlier", "earlier_line", "source", "expected"),
    "two figures for one claim from one source; a total that is not the sum of its parts",
    about_facts=True,
    supersedes=("contradiction",),
)
