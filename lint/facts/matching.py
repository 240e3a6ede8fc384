"""Matching: which fact-base records each claim of a draft is compared with.

Claims come in as reading left them (what a figure counts, what happened to it, whose it is,
whether it is a total, who says it and when); matched records go out. This is the one place
that decides which facts a claim is about and which of their records it agrees with; every
check reads its result (``Matches``) and none looks the fact base up on its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

from lint.facts.index import NOTHING, Cited, FactIndex, IndexedFact
from lint.facts.story import FactDef
from lint.reading.claims import Analysis, DateClaim, FigureClaim


def facts_about(claim: FigureClaim, by_noun: Mapping[str, tuple[FactDef, ...]]) -> tuple[str, ...]:
    """The facts a figure is about, by what it counts, not by its value: its noun class, the
    event (unless the fact allows none), and its owner (a fact about North Korean troops is
    not about "tentara Ukraina")."""
    noun = claim.noun
    if noun is None:
        return ()
    return tuple(f.id for f in by_noun.get(noun, ()) if _about(f, claim.event, claim.owner))


def _about(fact: FactDef, event: str | None, owner: str | None) -> bool:
    if event is None:
        if not fact.event_optional:
            return False
    elif fact.events and event not in fact.events:
        return False
    return owner is None or not fact.owners or owner in fact.owners


class FactMatch(NamedTuple):
    """A claim against one fact: the fact's accepted records, and those the claim agrees with
    (the same value and a bound that does not oppose it; for a range, every record inside)."""

    fact: str
    indexed: IndexedFact
    agreeing: Cited


class FigureMatch(NamedTuple):
    claim: FigureClaim
    facts: tuple[str, ...]  # what the figure is about (some may be absent from the fact base)
    matched: tuple[FactMatch, ...]  # those the fact base has, in the same order

    def about(self, wanted: tuple[str, ...] | None) -> Iterator[FactMatch]:
        """The matches for the facts a rule applies to (None: all)."""
        return (m for m in self.matched if wanted is None or m.fact in wanted)


class DateMatch(NamedTuple):
    claim: DateClaim
    indexed: IndexedFact | None


class Matches(NamedTuple):
    figures: list[FigureMatch]
    dates: list[DateMatch]


def match(analysis: Analysis, index: FactIndex) -> Matches:
    """Every claim of ``analysis`` with the records it is compared with."""
    figures = []
    for claim in analysis.figures:
        facts = facts_about(claim, index.figure_facts)
        matched = []
        for fact in facts:
            indexed = index.facts.get(fact)
            if indexed is not None:
                agreeing = index.matching(indexed, claim.figure) if indexed.accepted.records else NOTHING
                matched.append(FactMatch(fact, indexed, agreeing))
        figures.append(FigureMatch(claim, facts, tuple(matched)))
    dates = [DateMatch(claim, index.facts.get(claim.fact)) for claim in analysis.date_claims]
    return Matches(figures, dates)
