"""unverified: a sourced figure about a known measure that the fact base does not have as of
the draft's date. Not an error: new reporting, or a mistake the fact base cannot decide; the
finding says what the fact base does have, so the editor can check it and, if it is new
reporting, add its article to the story."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Rule, credited_name, read_as
from lint.checks.options import Options, option
from lint.facts.factbase import Record
from lint.facts.matching import UNVERIFIED
from lint.findings import Finding
from lint.i18n import N_, _, ngettext
from lint.reading.claims import FigureClaim


@dataclass(frozen=True)
class UnverifiedOptions(Options):
    min_ratio: float = option(
        0.2, low=0, high=1, about="a figure below this share of every known record counts a part (one unit, one attack)"
    )
    max_ratio: float = option(
        20.0,
        low=1,
        high=1_000_000,
        about="a figure above this many times every known record, with no word of what happened to what it counts, counts something larger (a whole army)",
    )


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    draft = ctx.analysis.document.date
    options = rule.opts(UnverifiedOptions)
    min_ratio, max_ratio = options.min_ratio, options.max_ratio
    summed = {m.claim.sentence.start for m in ctx.matches.figures if m.claim.total}
    with_parts = {
        start
        for start in summed
        if sum(1 for m in ctx.matches.figures if m.claim.sentence.start == start and not m.claim.total) >= 2
    }
    # what the body says: a headline's figure the body gives again is noted there, once
    in_body = {(f, m.claim.figure.value) for m in ctx.matches.figures if not m.claim.sentence.headline for f in m.facts}
    for matched in ctx.matches.figures:
        claim = matched.claim
        if claim.total and claim.sentence.start in with_parts:
            continue  # "..., sehingga totalnya 15.000": the draft's own sum (inconsistent checks it)
        for fm in matched.about(rule.facts):
            verdict = fm.verdict
            if verdict.kind != UNVERIFIED or (claim.sentence.headline and (fm.fact, claim.figure.value) in in_body):
                continue
            if verdict.records and claim.figure.value < min_ratio * min(r.number for r in verdict.records):
                continue  # one unit, one attack: a part of the whole, not a figure for it
            big = bool(verdict.records) and claim.figure.value > max_ratio * max(r.number for r in verdict.records)
            if big and claim.event_implied:
                continue  # "North Korea's army of some 1.2 million": a larger whole, not this measure
            records = ctx.fact_index.cited(verdict.records)
            when = draft.iso() if draft else _("the draft's date")
            if verdict.why == "only-later":
                has = _("it has it only from after this draft's date ({cites})").format(cites=ctx.cites(fm.agreeing))
            elif records.records:
                has = _what_it_has(ctx, claim, records.records, when)
            else:
                has = _("it has nothing yet as of {date}").format(date=when)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "credited": credited_name(ctx, claim),
                    "about": ctx.about(fm.indexed.entry),
                    "known": has,
                    "fact": fm.fact,
                },
                fact=fm.fact,
                expected=records.displays or None,
                evidence=records.evidence,
            )
            break


def _what_it_has(ctx: Context, claim: FigureClaim, records: tuple[Record, ...], when: str) -> str:
    """The one record an editor checks first: the credited source's own latest, else the latest
    of all (the finding's evidence lists them all)."""
    source = claim.attribution.source if claim.attribution else None
    own = [r for r in records if source is not None and ctx.story.credited_ok(source, r.source, r.via, joint=False)]
    latest = max(own or records, key=lambda r: ctx.fact_index.as_of_span(r)[1])
    cite = ctx.cites(ctx.fact_index.cited((latest,)))
    if own:
        return _("the credited source's own latest as of {date} is {cite}").format(date=when, cite=cite)
    others = ngettext("one figure, from another source", "{count} figures from other sources", len(records))
    return _("as of {date} it has {figures}, the latest {cite}").format(
        date=when, figures=others.format(count=len(records)), cite=cite
    )


KIND = Kind(
    "unverified",
    check,
    "info",
    N_(
        "{read} ({credited}) is not in the fact base on {about}: {known}. If this is new reporting, "
        "check it and add its article to the story"
    ),
    ("read", "credited", "about", "known", "fact"),
    "a sourced figure about a known measure that the fact base does not have as of the draft's date "
    "(new reporting to check; never an error)",
    options=UnverifiedOptions,
    about_facts=True,
)
