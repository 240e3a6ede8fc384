"""The claims index: for each article, the facts its claims touch, with the value and source.

An article's findings depend on the fact base only through these rows: a figure or date
is checked against the records of the facts it is about (and of the facts those are related
to or made of, facts.yaml's ``related`` and ``parts``), and a person's name and title against
that person's entry (and a title against whoever else holds it). So when facts change, the
articles to read again are the ones with a row about a changed fact or one that depends on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from lint.facts.build import format_value
from lint.facts.matching import facts_about
from lint.facts.story import FactDef
from lint.reading.claims import Analysis
from lint.reading.people import norm_title

PERSON = "person:"  # a person's rows name the person as findings do: "person:kim-jong-un"


class ClaimRow(NamedTuple):
    path: str
    line: int
    column: int
    kind: str  # figure | date | person
    fact: str  # a fact id, or "person:<id>"
    value: str | None  # a figure ("10000") or date ("2024-06") written as the fact base writes values
    bound: str | None  # exact | lower | upper | approx | range
    low: str | None  # a range's first figure
    source: str | None  # the source credited, by the story's id when it knows it
    source_name: str | None  # the source as written
    title: str | None  # a person's title as written before the name, normalised
    text: str  # the claim as written


FIELDS = ClaimRow._fields


def claim_rows(path: str, analysis: Analysis, by_noun: Mapping[str, tuple[FactDef, ...]]) -> list[ClaimRow]:
    """The index rows of one article, in the order its claims stand in it; ``by_noun`` is the
    fact index's figure facts by noun class (what matching reads a figure's facts from)."""
    doc = analysis.document
    rows: list[ClaimRow] = []
    for claim in analysis.figures:
        facts = facts_about(claim, by_noun)
        if not facts:
            continue
        line, column = doc.position(claim.figure.start)
        credited = claim.attribution if claim.attribution and claim.attribution.identified else None
        figure = claim.figure
        low = format_value(figure.low) if figure.low is not None else None
        for fact in facts:
            rows.append(
                ClaimRow(
                    path,
                    line,
                    column,
                    "figure",
                    fact,
                    format_value(figure.value),
                    figure.bound,
                    low,
                    credited.source if credited else None,
                    credited.name if credited else None,
                    None,
                    figure.text,
                )
            )
    for date_claim in analysis.date_claims:
        mention = date_claim.mention
        line, column = doc.position(mention.start)
        credited = date_claim.attribution
        rows.append(
            ClaimRow(
                path,
                line,
                column,
                "date",
                date_claim.fact,
                mention.date.iso() if mention.date else None,
                "exact",
                None,
                credited.source if credited else None,
                credited.name if credited else None,
                None,
                mention.text,
            )
        )
    for person in analysis.people:
        line, column = doc.position(person.start)
        title = norm_title(person.title) if person.title else None
        rows.append(
            ClaimRow(
                path, line, column, "person", PERSON + person.person, None, None, None, None, None, title, person.text
            )
        )
    rows.sort(key=lambda r: (r.line, r.column, r.kind, r.fact))
    return rows
