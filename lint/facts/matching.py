"""Matching: which fact-base records each claim of a draft is compared with.

Claims come in as reading left them (what a figure counts, what happened to it, whose it is,
whether it is a total, who says it and when); matched records go out. This is the one place
that decides which facts a claim is about and which of their records it agrees with; every
check reads its result (``Matches``) and none looks the fact base up on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from lint.facts.factbase import Record
from lint.facts.index import NOTHING, Cited, FactIndex, IndexedFact
from lint.facts.story import FactDef, Story
from lint.reading.attribution import Attribution
from lint.reading.claims import Analysis, DateClaim, FigureClaim
from lint.reading.document import PartialDate


def facts_about(claim: FigureClaim, by_noun: Mapping[str, tuple[FactDef, ...]]) -> tuple[str, ...]:
    """The facts a figure is about, by what it counts, not by its value: its noun class, the
    event (unless the fact allows none), its owner (a fact about North Korean troops is not
    about "tentara Ukraina"), and its size (three soldiers in an incident are not the
    deployment: a fact's ``at_least``)."""
    noun = claim.noun
    if noun is None or claim.figure.unit is not None or claim.increment:
        return ()  # no count: a share ("40 persen"), a sum of money, a distance; more beside another
    if claim.also is not None and claim.also != noun:
        return _total_of(noun, claim.also, by_noun)
    value = claim.figure.value
    return tuple(
        f.id
        for f in by_noun.get(noun, ())
        if _about(f, claim.event, claim.owner) and (f.at_least is None or value >= f.at_least)
    )


def below_scale(claim: FigureClaim, by_noun: Mapping[str, tuple[FactDef, ...]]) -> bool:
    """Is the figure about some of what a fact counts, too few to be its measure (the three
    soldiers of one incident, facts.yaml's ``at_least``)?"""
    noun, value = claim.noun, claim.figure.value
    if noun is None or claim.figure.unit is not None:
        return False
    return any(
        f.at_least is not None and value < f.at_least and _about(f, claim.event, claim.owner)
        for f in by_noun.get(noun, ())
    )


def _total_of(noun: str, other: str, by_noun: Mapping[str, tuple[FactDef, ...]]) -> tuple[str, ...]:
    """'6.000 penjinak ranjau dan tentara pembangun' counts both: the fact that totals one fact of
    each, if the story has one; else nothing it can be sure of."""
    facts = {f.id: f for fs in by_noun.values() for f in fs}
    firsts = {f.id for f in by_noun.get(noun, ())}
    seconds = {f.id for f in by_noun.get(other, ())}
    return tuple(
        f.id
        for f in facts.values()
        if f.parts and any(p in firsts for p in f.parts) and any(p in seconds for p in f.parts)
    )


def _about(fact: FactDef, event: str | None, owner: str | None) -> bool:
    if event is None:
        if not fact.event_optional:
            return False
    elif fact.events and event not in fact.events:
        return False
    return owner is None or not fact.owners or owner in fact.owners


# What a figure claim about a known fact comes to. None: it agrees with a record the draft
# could have known, or there is nothing to say about it here (an unsourced figure is the
# unattributed check's).
CONTRADICTION, MISATTRIBUTION, UNVERIFIED = "contradiction", "misattribution", "unverified"

# How long an estimate stays its source's current one, either side of its date: a figure
# credited to the same source within this of its record, for the same measure, is judged
# against it; further off, the source may well have said something new.
SAME_TIME = dt.timedelta(days=14)
# How long after an announcement a figure of its kind is taken for the announcement's: later,
# a report of the same kind may be of what actually happened since.
ANNOUNCEMENT = dt.timedelta(days=60)
# A time a figure is said to hold: a day, or a month at most, to be the time of a record.
MONTH = dt.timedelta(days=31)


class Verdict(NamedTuple):
    kind: str | None  # CONTRADICTION, MISATTRIBUTION, UNVERIFIED, or None
    records: tuple[Record, ...]  # the records that decide it (for UNVERIFIED: what the fact base has)
    why: str  # single-valued | own-record | other-source | not-in-base | only-later | agrees | no-source


AGREES = Verdict(None, (), "agrees")


class FactMatch(NamedTuple):
    """A claim against one fact: the fact's accepted records, those the claim agrees with
    (the same value and a bound that does not oppose it; for a range, every record inside),
    whatever their date or source, and what the claim comes to as of the draft's date."""

    fact: str
    indexed: IndexedFact
    agreeing: Cited
    verdict: Verdict
    related: tuple[Record, ...] = ()  # records of related facts the claim agrees with (fact.related)


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


def match(analysis: Analysis, index: FactIndex, story: Story) -> Matches:
    """Every claim of ``analysis`` with the records it is compared with, and its verdict."""
    figures = []
    draft = analysis.document.date
    bodies = analysis.reader.lexicon.body_nouns
    for claim in analysis.figures:
        if claim.attribution is not None and claim.attribution.office is not None:
            claim = _by_office(claim, claim.attribution, story, draft)
        facts = facts_about(claim, index.figure_facts)
        matched = []
        for fact in facts:
            indexed = index.facts.get(fact)
            if indexed is not None:
                agreeing = index.matching(indexed, claim.figure) if indexed.accepted.records else NOTHING
                related = _related_agreeing(story.facts.get(fact), claim, index)
                verdict = judge(claim, indexed, agreeing.records, index, story, draft, related, bodies)
                matched.append(FactMatch(fact, indexed, agreeing, verdict, related))
        figures.append(FigureMatch(claim, facts, tuple(matched)))
    dates = [DateMatch(claim, index.facts.get(claim.fact)) for claim in analysis.date_claims]
    return Matches(figures, dates)


def _by_office(claim: FigureClaim, credited: Attribution, story: Story, draft: PartialDate | None) -> FigureClaim:
    """A figure credited to an office ("Russia's Defense Minister announced"), credited to who
    held it on the draft's date: a person of the story by their id, another by their name."""
    office = story.offices.get(credited.office or "")
    holders = office.holders_on(draft) if office is not None and draft is not None else []
    if len(holders) != 1:
        return claim
    holder = holders[0]
    name = f"{holder.name} ({credited.name})"
    return claim._replace(attribution=credited._replace(source=holder.person, name=name))


def judge(
    claim: FigureClaim,
    indexed: IndexedFact,
    agreeing: tuple[Record, ...],
    index: FactIndex,
    story: Story,
    draft: PartialDate | None,
    related: tuple[Record, ...] = (),
    bodies: frozenset[str] = frozenset(),
) -> Verdict:
    """What a figure claim about a known fact comes to, from the records that existed on the
    draft's date (a record dated after it is no evidence yet):

    - it agrees with a record of its credited source (or of a body that source speaks for),
      or has no source to judge: nothing;
    - a single-valued fact it disagrees with: contradiction;
    - another source's record, and none of its credited source's: misattribution;
    - its credited source's own record for the same measure at the same time disagrees:
      contradiction;
    - otherwise the fact base simply does not have it: unverified (new reporting, to check).
    """
    records = indexed.entry.accepted
    if not records:
        return AGREES  # a measure the seeds never gave a figure for: nothing to judge it by
    latest = draft.latest() if draft is not None else dt.date.max
    dated = claim.own_date.date if claim.own_date is not None else None
    if dated is not None:
        # "pada akhir Oktober 2024 menaksir ...": as of then (a record published days after an
        # occasion is still that occasion's)
        latest = min(latest, _shift(dated.latest(), SAME_TIME))
    known = tuple(r for r in records if index.as_of_span(r)[0] <= latest)
    agreeing_known = tuple(r for r in agreeing if index.as_of_span(r)[0] <= latest)
    related_known = tuple(r for r in related if index.as_of_span(r)[0] <= latest)
    credited = claim.attribution
    announcer = story.facts[indexed.entry.id].announced_by if indexed.entry.id in story.facts else None
    if announcer is not None:
        if not known:  # a total not written down yet is still the sum of its announced parts
            return _parts_total(claim, story.facts[indexed.entry.id], index, draft, story, announcer) or AGREES
        return _announcement(claim, known, agreeing_known, announcer, index, story, draft)
    if not indexed.entry.multi_source:
        if agreeing_known or not known:
            return AGREES
        return Verdict(CONTRADICTION, known, "single-valued")
    if credited is None or not credited.identified:
        return Verdict(None, (), "no-source")
    relay = credited.relay
    source = credited.source
    if relay and (agreeing_known or related_known):
        return AGREES  # a news agency passing on a figure someone gave
    if any(
        story.credited_ok(s, r.source, r.via)
        for s in (source, *credited.also)
        for r in (*agreeing_known, *related_known)
    ):
        return AGREES  # the source gave it (or a related count: troops there now for troops sent)
    # another source's record: of the same measure, or of the related one written just as the
    # record was ("lebih dari 10.000" for "lebih dari 10.000"), for writers take one for the other;
    # a range is no one's figure
    if any(story.credited_ok(s, r.source, r.via) for s in (source, *credited.also) for r in (*agreeing, *related)):
        # the source's own record, dated after the draft: a seed's date is when it was published,
        # and the source may well have said it before (Western intelligence's 11.000)
        return Verdict(None, agreeing, "only-later")
    others: tuple[Record, ...] = ()
    if claim.figure.low is None:
        others = agreeing_known or tuple(r for r in related_known if same_qualifier(claim.figure.bound, r.bound))
    if others:
        if source is None:
            # A source the story does not know may have said the same figure on its own, or
            # passed it on (a lawmaker briefed by NIS): it is taken for another's only when it is
            # a body, on the very occasion of that other's record ("600 killed" credited to some
            # "intelligence agency" in the month NIS gave it).
            when = _claim_span(claim, draft)
            same = tuple(r for r in others if r.source is not None and _within(when, index.as_of_span(r)))
            if not same or not bodies & {w.lower() for w in credited.name.split()}:
                return Verdict(None, others, "unknown-source")  # the figure is in the fact base
            return Verdict(MISATTRIBUTION, same, "other-source")
        return Verdict(MISATTRIBUTION, others, "other-source")
    if (agreeing or related) and not (agreeing_known or related_known):
        return Verdict(None, (*agreeing, *related), "only-later")  # only records after the draft have it
    slipped = _scale_slip(claim, known, story, source)
    if slipped:
        return Verdict(CONTRADICTION, slipped, "scale")
    if source is not None and not relay and not claim.planned:
        # its own records (a plan is not a count: "akan mengirim 10.900" beside 1.500 sent); a
        # joint assessment it took part in speaks for more than it
        own = tuple(r for r in known if story.credited_ok(source, r.source, r.via, joint=False))
        when = _claim_span(claim, draft)
        same_time = tuple(r for r in own if _overlaps(when, index.as_of_span(r)))
        # "sepanjang 2024": a count over a year is no figure of one day's record
        precise = when is not None and (when[1] - when[0]) <= MONTH
        if same_time and precise and not claim.revised:
            # (a revision, "NIS merevisi perkiraannya menjadi 3.000", is the source's new
            # figure: the fact base holds its earlier one, not a clash)
            return Verdict(CONTRADICTION, same_time, "own-record")
    return Verdict(UNVERIFIED, known, "not-in-base")


def described(credited: Attribution) -> bool:
    """Is the source a description ("a top Russian security official", "pejabat AS"), not a
    name? (A name the story does not know is written capitalised.)"""
    return credited.source is None and credited.name[:1].islower()


def _scale_slip(claim: FigureClaim, known: tuple[Record, ...], story: Story, source: str | None) -> tuple[Record, ...]:
    """Records of the credited source (or of anyone, for a figure with no source) the figure is
    a thousandfold off: "10 ribu peluru" for the 10 juta on record, a scale word slipped."""
    value = claim.figure.value
    if claim.figure.low is not None or value <= 0:
        return ()
    return tuple(
        r
        for r in known
        if (source is None or story.credited_ok(source, r.source, r.via, joint=False))
        and r.number > 0
        and (abs(value * 1000 - r.number) < 1e-6 * r.number or abs(value - r.number * 1000) < 1e-6 * value)
    )


def _announcement(
    claim: FigureClaim,
    known: tuple[Record, ...],
    agreeing: tuple[Record, ...],
    announcer: str,
    index: FactIndex,
    story: Story,
    draft: PartialDate | None,
) -> Verdict:
    """One announcement (Shoigu's 1.000 sappers): one value, given by one source. Around it,
    another value contradicts it and another source credited with it is a misattribution,
    whoever that source is; long after, either may be a report of something since."""
    if not known:
        return AGREES  # not announced yet as of the draft's date
    when = _claim_span(claim, draft)
    first = min(index.as_of_span(r)[0] for r in known)
    near = when is not None and _shift(first, -SAME_TIME) <= when[1] and when[0] <= _shift(first, ANNOUNCEMENT)
    credited = claim.attribution
    sourced = credited is not None and credited.identified and not credited.relay
    # someone else: a named source, not a description that may be the announcer himself ("a top
    # Russian security official said")
    other = (
        sourced
        and credited is not None
        and not described(credited)
        and not any(story.credited_ok(s, announcer, None) for s in (credited.source, *credited.also))
    )
    if agreeing:
        if other:  # the announcement's figure, credited to someone who did not announce it
            return Verdict(MISATTRIBUTION if near else UNVERIFIED, known, "announced-by" if near else "not-in-base")
        return AGREES
    if other:
        return Verdict(UNVERIFIED, known, "not-in-base")  # someone else's figure: not the announcement
    if near:
        return Verdict(CONTRADICTION, known, "single-valued")
    return Verdict(UNVERIFIED, known, "not-in-base") if sourced else AGREES


def _related_agreeing(fact: FactDef | None, claim: FigureClaim, index: FactIndex) -> tuple[Record, ...]:
    """The records of the facts related to ``fact`` that the claim agrees with."""
    if fact is None or not fact.related:
        return ()
    found: list[Record] = []
    for other in fact.related:
        indexed = index.facts.get(other)
        if indexed is not None and indexed.accepted.records:
            found.extend(index.matching(indexed, claim.figure).records)
    return tuple(found)


def _parts_total(
    claim: FigureClaim, fact: FactDef, index: FactIndex, draft: PartialDate | None, story: Story, announcer: str
) -> Verdict | None:
    """For a total (``parts``) with no record of its own yet: a contradiction when the figure
    is not the sum of its parts' records as of the draft's date ("7.000 personel" two days after
    1.000 sappers and 5.000 builders were announced); a misattribution when it is, credited to
    someone other than who announced the parts."""
    if not fact.parts:
        return None
    latest = draft.latest() if draft is not None else dt.date.max
    parts: list[Record] = []
    for part in fact.parts:
        indexed = index.facts.get(part)
        found = [r for r in indexed.entry.accepted if index.as_of_span(r)[0] <= latest] if indexed else []
        if len(found) != 1 or found[0].bound != "exact":
            return None  # a part unknown yet, or not a plain number: nothing to add up
        parts.append(found[0])
    total = sum(r.number for r in parts)
    if claim.figure.covers(total):
        credited = claim.attribution
        when = _claim_span(claim, draft)
        first = min(index.as_of_span(r)[0] for r in parts)
        near = when is not None and when[0] <= _shift(first, ANNOUNCEMENT)
        if (
            near
            and credited is not None
            and credited.identified
            and not credited.relay
            and not described(credited)
            and not any(story.credited_ok(s, announcer, None) for s in (credited.source, *credited.also))
        ):
            return Verdict(MISATTRIBUTION, tuple(parts), "announced-by")
        return None
    if claim.figure.bound in ("lower", "upper", "range"):
        return None
    return Verdict(CONTRADICTION, tuple(parts), "parts")


def same_qualifier(claimed: str, recorded: str) -> bool:
    """Is the figure written as the record was, so that it is that figure? "sekitar 10.000" is
    near enough a source's "lebih dari 10.000" to agree with it, not to be it."""
    loose = ("exact", "approx")
    return claimed == "range" or claimed == recorded or (claimed in loose and recorded in loose)


def _claim_span(claim: FigureClaim, draft: PartialDate | None) -> tuple[dt.date, dt.date] | None:
    """When a figure is said to be true: the date its sentence gives it, else the draft's."""
    own = claim.own_date.date if claim.own_date is not None else None
    when = own or draft
    return (when.earliest(), when.latest()) if when is not None else None


def _overlaps(when: tuple[dt.date, dt.date] | None, record: tuple[dt.date, dt.date]) -> bool:
    if when is None:
        return False
    return when[0] <= _shift(record[1], SAME_TIME) and _shift(record[0], -SAME_TIME) <= when[1]


def _shift(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day + by``, held within the calendar (a draft may be dated 9999-12-31)."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


def _within(when: tuple[dt.date, dt.date] | None, record: tuple[dt.date, dt.date]) -> bool:
    return when is not None and record[0] <= when[0] and when[1] <= record[1]
