"""outdated: a figure that is right and attributed, but the fact base has a newer one as of the draft's date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Rule, read_as
from lint.checks.options import Options, option
from lint.facts.matching import same_qualifier
from lint.findings import Finding
from lint.i18n import N_
from lint.reading.claims import FigureClaim


@dataclass(frozen=True)
class OutdatedOptions(Options):
    same_lineage: bool = option(
        True, about="only a newer record from the same body, or one it speaks for, makes a figure outdated"
    )


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    doc_date = ctx.analysis.document.date
    if doc_date is None:
        return
    today = doc_date.latest() if doc_date.day else doc_date.earliest()
    story = ctx.story
    index = ctx.fact_index
    same_lineage = rule.opts(OutdatedOptions).same_lineage
    for matched in ctx.matches.figures:
        claim = matched.claim
        credited = claim.attribution
        # A figure given with a date of its own ("pada Februari 2025") is history, not outdated.
        if claim.own_date is not None or credited is None or not credited.identified:
            continue
        for fm in matched.about(rule.facts):
            fact, indexed = fm.fact, fm.indexed
            if not indexed.entry.multi_source:
                continue
            # the source's own record of this figure, or of the related count (troops there now
            # for troops sent), that existed on the draft's date
            right = [
                r
                for r in (*fm.agreeing.records, *fm.related)
                if ctx.story.credited_ok(credited.source, r.source, r.via)
                and index.as_of_span(r)[0] <= today
                and same_qualifier(claim.figure.bound, r.bound)
            ]
            if not right:
                continue
            latest_known = max(index.as_of_span(r)[1] for r in right)
            # A newer estimate supersedes only one from the same body or a body it speaks for
            # (NIS's February figure by the joint South Korea-US-Ukraine assessment), not an
            # unrelated estimate of something narrower.
            lineage = (
                frozenset().union(*(index.lineage(story, r.source) for r in right)) if same_lineage else frozenset()
            )
            facts = {r.fact for r in right}
            facts |= {other for f in facts if f in story.facts for other in story.facts[f].related}
            candidates = [r for f in sorted(facts) if f in index.facts for r in index.facts[f].entry.accepted]
            newer = [
                r
                for r in candidates
                if index.as_of_span(r)[0] > latest_known
                and index.as_of_span(r)[1] <= today
                and not claim.figure.covers(r.number)
                and (not same_lineage or index.lineage(story, r.source) & lineage)
            ]
            if not newer or _told_as_past(ctx, claim):
                continue
            newer.sort(key=lambda r: (r.as_of, r.evidence.seed, r.evidence.line), reverse=True)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "as_of": right[0].as_of,
                    "draft_date": doc_date.iso(),
                    "expected": "; ".join(ctx.cite(r) for r in newer),
                    "fact": fact,
                },
                fact=fact,
                expected=newer[0].display,
                evidence=tuple(ctx.evidence(r) for r in newer),
            )
            break


def _told_as_past(ctx: Context, claim: FigureClaim) -> bool:
    """'NIS semula menyebut sekitar 1.500 tentara': a word before the figure in its sentence
    tells it as the past, and no word since ("kini") tells it as current again."""
    past, present = ctx.lexicon.re_past, ctx.lexicon.re_present
    if past is None:
        return False
    text, lo, hi = ctx.analysis.document.text, claim.sentence.start, claim.figure.start
    ends = [m.end() for m in past.finditer(text, lo, hi)]
    return bool(ends) and (present is None or present.search(text, ends[-1], hi) is None)


KIND = Kind(
    "outdated",
    check,
    "info",
    N_("{read} was current as of {as_of}; as of {draft_date} the fact base has newer figures: {expected}"),
    ("read", "as_of", "draft_date", "expected", "fact"),
    "a correct, attributed figure with no date of its own when a newer record from the same body exists",
    options=OutdatedOptions,
    about_facts=True,
)
