"""contradiction: a figure, date or title that conflicts with the fact base."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Rule, read_as
from lint.checks.options import Options, option
from lint.facts.factbase import dates_compatible
from lint.facts.vocabulary import Vocabulary
from lint.findings import Finding
from lint.reading.people import norm_title
from lint.reading.words import phrase_key


@dataclass(frozen=True)
class ContradictionOptions(Options):
    titles: bool = option(True, about="also check people's titles")
    min_ratio: float = option(
        0.2,
        low=0,
        high=1,
        about="a figure below this share of every record counts a part (one unit, one attack), not the whole",
    )


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    yield from _figures(ctx, rule, kind)
    yield from _dates(ctx, rule, kind)
    if rule.opts(ContradictionOptions).titles:
        yield from _titles(ctx, rule, kind)


def _figures(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    # A figure far below every record ("50 tentara tewas dalam satu serangan") counts part of
    # the whole, not the whole: it is not read as a contradiction.
    min_ratio = rule.opts(ContradictionOptions).min_ratio
    for matched in ctx.matches.figures:
        claim = matched.claim
        for fm in matched.about(rule.facts):
            fact, indexed = fm.fact, fm.indexed
            if not indexed.accepted.records or fm.agreeing.records:
                continue
            records = indexed.accepted
            least = indexed.least if indexed.least is not None else min(r.number for r in records.records)
            if claim.figure.value < min_ratio * least:
                continue
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "about": indexed.entry.about,
                    "expected": records.cites,
                    "fact": fact,
                },
                fact=fact,
                expected=records.displays,
                evidence=records.evidence,
            )
            break


def _dates(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    doc_date = ctx.analysis.document.date
    for dated in ctx.matches.dates:
        claim, indexed = dated.claim, dated.indexed
        if not rule.applies_to(claim.fact):
            continue
        if indexed is None or indexed.entry.canonical is None or claim.mention.date is None:
            continue
        entry = indexed.entry
        said = claim.mention.date
        accepted = indexed.accepted.records
        dates = indexed.dates if indexed.dates is not None else tuple(r.date_value for r in accepted)
        supporting = any(dates_compatible(d, said) for d in dates)
        canonical = dates[0] if dates else None
        if supporting or canonical is None:
            continue
        read = claim.mention.text
        if claim.mention.relative and doc_date:
            read = f"{read} (= {said.iso()} as of the draft's date {doc_date.iso()})"
        elif claim.mention.text != said.iso():
            read = f"{read} (= {said.iso()})"
        expected = f"{entry.canonical}, from " + "; ".join(ctx.cite(r) for r in accepted[:3])
        yield ctx.finding(
            rule,
            kind,
            claim.mention.start,
            claim.mention.end,
            {"read": read, "about": entry.about, "expected": expected, "fact": claim.fact},
            fact=claim.fact,
            expected=entry.canonical,
            evidence=indexed.accepted.evidence,
        )


def _titles(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    people = ctx.factbase.people
    titles = ctx.fact_index.people
    for mention in ctx.analysis.people:
        if not mention.title or mention.person not in people:
            continue
        entry = people[mention.person]
        person = titles[mention.person]
        known = person.titles
        title = norm_title(mention.title)
        if not known or title in known:
            continue
        others = ctx.fact_index.title_holders.get(title, frozenset()) - {mention.person}
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
                "expected": f"{entry.name} is {person.titles_text} ({reason})",
                "fact": f"person:{entry.id}",
            },
            fact=f"person:{entry.id}",
            expected=person.titles_text,
            evidence=person.title_evidence,
        )


def _country_clash(ctx: Context, title: str, known: frozenset[str]) -> str:
    """The countries a title names against those of the person's titles in the seeds (each
    read in its own language)."""
    written = _countries(ctx.vocab, title)
    if not written:
        return ""
    seeds = ctx.story.vocabulary(ctx.story.lang)
    known_countries = set().union(*(_countries(seeds, k) for k in known))
    if known_countries and not written & known_countries:
        return f"the seeds tie this person to {', '.join(sorted(known_countries))}, not {', '.join(sorted(written))}"
    return ""


def _countries(vocab: Vocabulary, text: str) -> set[str]:
    pattern = vocab.country_pattern
    if pattern is None:
        return set()
    return {vocab.country_by_word[phrase_key(m[0])] for m in pattern.finditer(text)}


KIND = Kind(
    "contradiction",
    check,
    "error",
    "{read} contradicts the fact base on {about}: {expected}",
    ("read", "about", "expected", "fact"),
    "a figure matching none of a fact's records; a date other than the settled one; a title that belongs to someone else",
    options=ContradictionOptions,
    about_facts=True,
)
