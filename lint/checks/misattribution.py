"""misattribution: a known figure credited to a source that did not give it."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule, credited_name, read_as
from lint.facts.index import source_name
from lint.facts.matching import MISATTRIBUTION
from lint.findings import Finding
from lint.i18n import N_


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    for matched in ctx.matches.figures:
        claim = matched.claim
        for fm in matched.about(rule.facts):
            fact, indexed, verdict = fm.fact, fm.indexed, fm.verdict
            if verdict.kind != MISATTRIBUTION:
                continue
            agreeing = ctx.fact_index.cited(verdict.records)
            right = verdict.records[0]
            right_name = ctx.source_label(right.source, right.source_name)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "credited": credited_name(ctx, claim),
                    "expected": ctx.cites(agreeing),
                    "source": right_name,
                    "about": ctx.about(indexed.entry),
                    "fact": fact,
                },
                fact=fact,
                expected=source_name(ctx.story, right.source, right.source_name),  # data: one language
                evidence=agreeing.evidence,
            )
            break


KIND = Kind(
    "misattribution",
    check,
    "error",
    N_("{read} is credited to {credited}, but the fact base has it from {source}: {expected}"),
    ("read", "credited", "source", "expected", "about", "fact"),
    "a known figure credited to a source that did not give it, as of the draft's date (a `relay` named alone "
    "passes on someone's figure and is not judged)",
    about_facts=True,
)
