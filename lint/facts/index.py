"""The fact base as the checks cite it, made once per project: every record's citation and
evidence, and each fact's records by value, so a finding looks them up instead of writing them."""

from __future__ import annotations

import datetime as dt

from lint.facts.factbase import FactBase, FactEntry, Record, bounds_compatible
from lint.facts.story import FactDef, Story
from lint.findings import EvidenceRef
from lint.i18n import _, in_source
from lint.reading.document import PartialDate
from lint.reading.numbers import Figure
from lint.reading.people import norm_title

# The qualifiers a figure can carry (lint/reading/numbers.py); a claim's matches are made ahead for each.
_BOUNDS = ("exact", "lower", "upper", "approx")


# Plain classes, not NamedTuples: they are read, never compared or unpacked, and defining a
# NamedTuple costs a one-file run more at import than these four classes save in code.


class Cited:
    """Records as a finding names them."""

    __slots__ = ("cites", "displays", "evidence", "records")

    def __init__(
        self, records: tuple[Record, ...], cites: str, displays: str, evidence: tuple[EvidenceRef, ...]
    ) -> None:
        self.records = records
        self.cites = cites  # each record's citation, joined with "; "
        self.displays = displays  # each record as the seed wrote it, joined with " | "
        self.evidence = evidence


NOTHING = Cited((), "", "", ())


class IndexedFact:
    """A fact's accepted records, cited, and by value. ``least``, ``by_value`` and ``dates``
    are None when some accepted value is not a number (a date fact), or not a date: the
    checks then work from the records themselves, as they would without the index."""

    __slots__ = ("accepted", "by_value", "dates", "entry", "least", "matches")

    def __init__(
        self,
        entry: FactEntry,
        accepted: Cited,
        least: float | None,
        by_value: dict[float, tuple[Record, ...]] | None,
        matches: dict[tuple[float, str], Cited],
        dates: tuple[PartialDate, ...] | None,
    ) -> None:
        self.entry = entry
        self.accepted = accepted
        self.least = least  # the smallest accepted figure
        self.by_value = by_value
        self.matches = matches  # (value, the claim's bound) -> the accepted records it matches
        self.dates = dates  # each accepted record's date (date facts only)


class IndexedPerson:
    __slots__ = ("evidence", "title_evidence", "titles", "titles_text")

    def __init__(
        self,
        titles: frozenset[str],
        titles_text: str,
        title_evidence: tuple[EvidenceRef, ...],
        evidence: tuple[EvidenceRef, ...],
    ) -> None:
        self.titles = titles  # the person's titles, normalised (lint.reading.people.norm_title)
        self.titles_text = titles_text  # " / ".join of the titles as the seeds write them
        self.title_evidence = title_evidence
        self.evidence = evidence  # where the canonical spelling is attested


class FactIndex:
    __slots__ = ("as_of", "cites", "evidence", "facts", "figure_facts", "lineages", "people", "title_holders")

    def __init__(
        self,
        facts: dict[str, IndexedFact],
        people: dict[str, IndexedPerson],
        title_holders: dict[str, frozenset[str]],
        cites: dict[Record, str],
        evidence: dict[Record, EvidenceRef],
        as_of: dict[Record, tuple[dt.date, dt.date]],
        lineages: dict[str | None, frozenset[str]],
        figure_facts: dict[str, tuple[FactDef, ...]],
    ) -> None:
        self.facts = facts
        self.people = people
        self.title_holders = title_holders  # normalised title -> the people who hold it
        self.cites = cites
        self.evidence = evidence
        self.as_of = as_of  # the first and last day a record speaks for
        self.lineages = lineages  # Story.lineage of every source, and of None
        self.figure_facts = figure_facts  # the story's figure facts by the noun classes they count

    def as_of_span(self, record: Record) -> tuple[dt.date, dt.date]:
        span = self.as_of.get(record)
        if span is None:
            as_of = record.as_of_date
            span = (as_of.earliest(), as_of.latest())
        return span

    def lineage(self, story: Story, source: str | None) -> frozenset[str]:
        found = self.lineages.get(source)
        return found if found is not None else frozenset(story.lineage(source))

    def cited(self, records: tuple[Record, ...]) -> Cited:
        return _cited(records, self.cites, self.evidence)

    def matching(self, fact: IndexedFact, figure: Figure) -> Cited:
        """The accepted records of ``fact`` with the figure's value and a compatible bound."""
        value, bound = figure.value, figure.bound
        if figure.low is not None:  # a range: every record inside it, whatever its bound
            inside = tuple(r for r in fact.entry.accepted if figure.covers(r.number))
            return self.cited(inside) if inside else NOTHING
        found = fact.matches.get((value, bound))
        if found is not None:
            return found
        if fact.by_value is None:
            # Not figures: compared as the records are without the index (and failing alike).
            records = tuple(r for r in fact.entry.accepted if r.number == value and bounds_compatible(bound, r.bound))
        else:
            records = tuple(r for r in fact.by_value.get(value, ()) if bounds_compatible(bound, r.bound))
        return self.cited(records) if records else NOTHING


def source_label(story: Story, source: str | None, name: str | None = None) -> str:
    """A source as a message names it: in the messages' language when facts.yaml gives one."""
    if source and source in story.sources:
        return story.sources[source].shown()
    return name or _("no source")


def source_name(story: Story, source: str | None, name: str | None) -> str | None:
    """A source as data names it (evidence in a report), the same in every language: the first
    name facts.yaml gives."""
    if source and source in story.sources:
        return story.sources[source].name
    return name or source


def published_in(story: Story, seed_file: str) -> str:
    """Where a seed was published, as an editor names it: 'Medcom (medcom.id), 2024-10-22'."""
    seed = story.seed_meta(seed_file)
    if seed is None:
        return seed_file
    return f"{seed.outlet or seed.file}, {seed.published.iso()}"


def seed_passage(story: Story, seed_file: str, line: int) -> str:
    """'TVRINews, 2025-06-19 (002_5255e69b3c7b895d.txt:14)': the outlet and date an editor knows
    a seed by, then where whoever keeps the story finds the passage."""
    if story.seed_meta(seed_file) is None:
        return f"{seed_file}:{line}"
    return f"{published_in(story, seed_file)} ({seed_file}:{line})"


def cite(story: Story, record: Record) -> str:
    """'sekitar 15.000 tentara Korea Utara (Penilaian ..., as of 2025-06-19; TVRINews, 2025-06-19)'."""
    where = published_in(story, record.evidence.seed)
    if record.fact in story.facts and story.facts[record.fact].type == "date":
        return f"'{record.display}' ({where})"
    who = source_label(story, record.source, record.source_name) if record.source else _("unattributed")
    if record.via:
        who = _("{source} via {relay}").format(source=who, relay=source_label(story, record.via))
    return _("{figure} ({source}, as of {date}; {published})").format(
        figure=record.display, source=who, date=record.as_of, published=where
    )


def cite_all(story: Story, records: tuple[Record, ...]) -> str:
    """Records cited one after another, as ``Cited.cites`` holds them."""
    return "; ".join(dict.fromkeys(cite(story, r) for r in records))  # one seed may say it twice


def evidence_ref(story: Story, record: Record) -> EvidenceRef:
    return seed_evidence(
        story,
        record.evidence.seed,
        record.evidence.line,
        record.evidence.quote,
        source_name(story, record.source, record.source_name) if record.source else None,
        record.as_of,
    )


def seed_evidence(
    story: Story, seed_file: str, line: int, quote: str, source: str | None = None, date: str | None = None
) -> EvidenceRef:
    """A seed passage as a finding cites it, with the seed's outlet, publication date and address."""
    seed = story.seed_meta(seed_file)
    if seed is None:
        return EvidenceRef(seed_file, line, quote, source, date)
    return EvidenceRef(seed_file, line, quote, source, date, seed.outlet or None, seed.published.iso(), seed.url)


def index_facts(factbase: FactBase, story: Story) -> FactIndex:
    """Made when a project is loaded, and cached with it."""
    cites: dict[Record, str] = {}
    evidence: dict[Record, EvidenceRef] = {}
    as_of: dict[Record, tuple[dt.date, dt.date]] = {}
    for entry in factbase.facts.values():
        for record in entry.records:
            with in_source():  # kept with the project; Context.cites writes them in another language
                cites[record] = cite(story, record)
            evidence[record] = evidence_ref(story, record)
            try:
                date = record.as_of_date
                as_of[record] = (date.earliest(), date.latest())
            except Exception:  # left to fail, if ever, where a check asks for it
                pass
    lineages = {source: frozenset(story.lineage(source)) for source in (None, *story.sources)}

    facts: dict[str, IndexedFact] = {}
    for fid, entry in factbase.facts.items():
        accepted = entry.accepted
        by_value = _by_value(accepted)
        matches: dict[tuple[float, str], Cited] = {}
        for value, records in (by_value or {}).items():
            for bound in _BOUNDS:
                compatible = tuple(r for r in records if bounds_compatible(bound, r.bound))
                matches[value, bound] = _cited(compatible, cites, evidence)
        least = min(by_value) if by_value else None
        dates = _dates(accepted) if fid in story.facts and story.facts[fid].type == "date" else None
        facts[fid] = IndexedFact(entry, _cited(accepted, cites, evidence), least, by_value, matches, dates)

    people: dict[str, IndexedPerson] = {}
    holders: dict[str, set[str]] = {}
    for pid, person in factbase.people.items():
        for t in person.titles:
            holders.setdefault(norm_title(t.title), set()).add(pid)
        spelled = person.evidence
        people[pid] = IndexedPerson(
            frozenset(norm_title(t.title) for t in person.titles),
            " / ".join(t.title for t in person.titles),
            tuple(seed_evidence(story, t.evidence.seed, t.evidence.line, t.evidence.quote) for t in person.titles),
            (seed_evidence(story, spelled.seed, spelled.line, spelled.quote),) if spelled else (),
        )
    title_holders = {title: frozenset(pids) for title, pids in holders.items()}
    return FactIndex(facts, people, title_holders, cites, evidence, as_of, lineages, by_noun(story))


def _cited(records: tuple[Record, ...], cites: dict[Record, str], evidence: dict[Record, EvidenceRef]) -> Cited:
    return Cited(
        records,
        "; ".join(dict.fromkeys(cites[r] for r in records)),  # one seed may say it twice
        " | ".join(r.display for r in records),
        tuple(evidence[r] for r in records),
    )


def _by_value(records: tuple[Record, ...]) -> dict[float, tuple[Record, ...]] | None:
    out: dict[float, list[Record]] = {}
    try:
        for r in records:
            out.setdefault(r.number, []).append(r)
    except Exception:  # a value that is not a number: see IndexedFact
        return None
    return {value: tuple(rs) for value, rs in out.items()}


def _dates(records: tuple[Record, ...]) -> tuple[PartialDate, ...] | None:
    try:
        return tuple(r.date_value for r in records)
    except Exception:  # a value that is not a date: see IndexedFact
        return None


def by_noun(story: Story) -> dict[str, tuple[FactDef, ...]]:
    """The story's figure facts by the noun classes they count."""
    out: dict[str, list[FactDef]] = {}
    for fact in story.facts.values():
        if fact.type == "figure":
            for noun in fact.nouns:
                out.setdefault(noun, []).append(fact)
    return {noun: tuple(facts) for noun, facts in out.items()}
