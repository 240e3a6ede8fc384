"""misattribution: a known figure credited to a source that did not give it."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule, credited_name, read_as
from lint.findings import Finding


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    story = ctx.story
    for matched in ctx.matches.figures:
        claim = matched.claim
        credited = claim.attribution
        # Only a source the story knows can be judged; an unknown name may be a new source.
        if credited is None or not credited.identified or credited.source is None:
            continue
        if credited.relay:
            continue  # a news agency alone passes on someone's figure; it does not claim it
        for fm in matched.about(rule.facts):
            fact, indexed, agreeing = fm.fact, fm.indexed, fm.agreeing
            if not indexed.entry.multi_source:
                continue
            records = agreeing.records
            if not records or any(story.credited_ok(credited.source, r.source, r.via) for r in records):
                continue
            right = records[0]
            right_name = ctx.source_label(right.source, right.source_name)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "credited": credited_name(ctx, claim),
                    "expected": agreeing.cites,
                    "source": right_name,
                    "about": indexed.entry.about,
                    "fact": fact,
                },
                fact=fact,
                expected=right_name,
                evidence=agreeing.evidence,
            )
            break


KIND = Kind(
    "misattribution",
    check,
    "error",
    "{read} is credited to {credited}, but the fact base has it from {source}: {expected}",
    ("read", "credited", "source", "expected", "about", "fact"),
    "a known figure credited to a source that did not give it (a `relay` named alone passes on someone's figure and is not judged)",
    about_facts=True,
)
