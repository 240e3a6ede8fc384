"""Build the fact base by reading the seed articles with the same extractor that reads drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lint.errors import FactlintError
from lint.facts.factbase import (
    Conflict,
    Evidence,
    FactBase,
    FactEntry,
    PersonEntry,
    Record,
    Title,
    dates_compatible,
    input_digests,
)
from lint.facts.index import by_noun
from lint.facts.matching import facts_about
from lint.facts.story import FactDef, Story
from lint.i18n import N_, _
from lint.reading.claims import Analysis
from lint.reading.document import PartialDate, parse_document
from lint.reading.language import load_lexicon, pack_path
from lint.reading.numbers import Figure, format_number
from lint.reading.people import norm_title
from lint.reading.reader import Reader


class SeedConflict(FactlintError):
    """The seeds disagree on a single-valued fact and its facts.yaml entry does not settle it:
    the build refuses. ``records`` are the fact's records; ``also`` the other facts the same
    build refused, so that every one of them can be shown at once."""

    def __init__(
        self, fact: str, records: tuple[Record, ...], message: str, where: str, also: tuple[SeedConflict, ...] = ()
    ) -> None:
        super().__init__(message, where)
        self.fact = fact
        self.records = records
        self.also = also

    def __reduce__(self) -> tuple[type[SeedConflict], tuple[object, ...]]:
        return (SeedConflict, (self.fact, self.records, self.message, self.where, self.also))

    @property
    def every(self) -> tuple[SeedConflict, ...]:
        return (self, *self.also)


@dataclass
class BuildReport:
    """What the build noticed, for the user: conflicts and their resolutions, totals, gaps."""

    lines: list[str] = field(default_factory=list)

    def note(self, line: str) -> None:
        self.lines.append(line)


# A date resolution with a part no seed states, by the part.
_UNSUPPORTED = {
    "year": N_("resolution '{value}' of '{fact}': no seed gives its year (seeds say: {values})"),
    "month": N_("resolution '{value}' of '{fact}': no seed gives its month (seeds say: {values})"),
    "day": N_("resolution '{value}' of '{fact}': no seed gives its day (seeds say: {values})"),
}


def story_inputs(story: Story) -> dict[str, Path]:
    files = {"facts.yaml": story.facts_path, "seeds.yaml": story.root / "seeds.yaml"}
    files.update({seed.file: story.root / seed.file for seed in story.seeds})
    files[f"lexicon/{story.lang}.yaml"] = pack_path(story.lang, story.lang_dirs)
    return files


def read_seed(story: Story, file: str, published: PartialDate, reader: Reader | None = None) -> Analysis:
    """A seed article read as any draft is, at its publication date."""
    path = story.root / file
    text = path.read_bytes().decode("utf-8-sig")
    doc = parse_document(text, file, published, story.lang)
    return (reader or Reader(load_lexicon(story.lang, story.lang_dirs), story)).analyse(doc)


def _amounts(figure: Figure) -> list[tuple[float, str]]:
    """The records a seed's figure gives: its value and bound, or for a range ("10.000 hingga
    12.000") at least the first and at most the last, which the fact base can hold."""
    if figure.low is None:
        return [(figure.value, figure.bound)]
    return [(figure.low, "lower"), (figure.value, "upper")]


def build_factbase(story: Story, reader: Reader | None = None) -> tuple[FactBase, BuildReport]:
    """The fact base of ``story``, read from its seeds (with ``reader``, made for the story's
    language when not given)."""
    reader = reader or Reader(load_lexicon(story.lang, story.lang_dirs), story)
    report = BuildReport()
    records: dict[str, list[Record]] = {fid: [] for fid in story.facts}
    titles: dict[str, dict[str, Title]] = {pid: {} for pid in story.people}
    first_seen: dict[str, Evidence] = {}
    facts_by_noun = by_noun(story)
    for seed in story.seeds:
        analysis = read_seed(story, seed.file, seed.published, reader)
        doc = analysis.document
        for claim in analysis.figures:
            for fid in facts_about(claim, facts_by_noun):
                line, column = doc.position(claim.figure.start)
                credited = claim.attribution
                for value, bound in _amounts(claim.figure):
                    records[fid].append(
                        Record(
                            fact=fid,
                            value=format_value(value),
                            display=_display(claim.figure.text, claim.noun_text),
                            bound=bound,
                            source=credited.source if credited and credited.identified else None,
                            source_name=credited.name if credited and credited.identified else None,
                            via=claim.via.source if claim.via else None,
                            as_of=claim.own_date.date.iso()
                            if claim.own_date and claim.own_date.date
                            else seed.published.iso(),
                            dated=claim.own_date is not None,
                            status="accepted",
                            evidence=Evidence(seed.file, line, column, claim.sentence.text),
                        )
                    )
        for dclaim in analysis.date_claims:
            assert dclaim.mention.date is not None
            line, column = doc.position(dclaim.mention.start)
            records[dclaim.fact].append(
                Record(
                    fact=dclaim.fact,
                    value=dclaim.mention.date.iso(),
                    display=dclaim.mention.text,
                    bound="exact",
                    source=dclaim.attribution.source if dclaim.attribution else None,
                    source_name=dclaim.attribution.name if dclaim.attribution else None,
                    via=None,
                    as_of=seed.published.iso(),
                    dated=True,
                    status="accepted",
                    evidence=Evidence(seed.file, line, column, dclaim.sentence.text),
                )
            )
        for mention in analysis.people:
            line, column = doc.position(mention.start)
            if mention.canonical:
                first_seen.setdefault(
                    mention.person, Evidence(seed.file, line, column, _sentence_of(analysis, mention.start))
                )
            if mention.title:
                key = norm_title(mention.title)
                titles[mention.person].setdefault(
                    key, Title(mention.title, Evidence(seed.file, line, column, _sentence_of(analysis, mention.start)))
                )
    facts = {}
    refused: list[SeedConflict] = []
    for fid, fact in story.facts.items():
        try:
            facts[fid] = _settle(fact, _dedupe(records[fid]), report)
        except SeedConflict as exc:
            refused.append(exc)
    if refused:
        first, *more = refused
        named = _(" (and {facts})").format(facts=", ".join(repr(c.fact) for c in more)) if more else ""
        raise SeedConflict(first.fact, first.records, first.message + named, first.where or "", tuple(more))
    _check_totals(story, facts, report)
    people = {}
    for pid, person in story.people.items():
        if pid not in first_seen:
            message = _("person '{id}' ({name}) is not written that way in any seed")
            raise FactlintError(message.format(id=pid, name=person.name), str(story.facts_path))
        people[pid] = PersonEntry(
            pid, person.name, tuple(sorted(titles[pid].values(), key=lambda t: norm_title(t.title))), first_seen[pid]
        )
    base = FactBase(story.name, input_digests(story_inputs(story)), facts, people)
    return base, report


def format_value(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _display(figure_text: str, noun_text: str) -> str:
    return f"{figure_text} {noun_text}".strip()


def _sentence_of(analysis: Analysis, offset: int) -> str:
    for sentence in analysis.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.text
    return ""


def _dedupe(records: list[Record]) -> list[Record]:
    seen = set()
    out = []
    for r in sorted(records, key=lambda r: (r.as_of, r.evidence.seed, r.evidence.line, r.evidence.column)):
        key = (r.value, r.bound, r.source, r.evidence.quote)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _settle(fact: FactDef, records: list[Record], report: BuildReport) -> FactEntry:
    if not records:
        report.note(_("warning: fact '{id}' has no evidence in the seeds").format(id=fact.id))
    if fact.multi_source or not records:
        return FactEntry(fact.id, fact.about, fact.type, fact.multi_source, None, None, tuple(records))
    groups = _value_groups(fact, records)
    resolution = fact.resolution
    if len(groups) == 1 and resolution is None:
        canonical = _most_precise(fact, records)
        return FactEntry(fact.id, fact.about, fact.type, False, canonical, None, tuple(records))
    values = tuple(sorted({r.value for r in records}))
    if resolution is None:
        raise SeedConflict(
            fact.id,
            tuple(records),
            _("seeds disagree on '{fact}' ({values}); add a 'resolution' with 'value' and 'why' to the fact").format(
                fact=fact.id, values=", ".join(values)
            ),
            f"facts.yaml:{fact.line}",
        )
    supporting = [r for r in records if _same_value(fact, r.value, resolution.value)]
    if not supporting:
        raise SeedConflict(
            fact.id,
            tuple(records),
            _("resolution '{value}' of '{fact}' has no supporting evidence in the seeds (seeds say: {values})").format(
                value=resolution.value, fact=fact.id, values=", ".join(values)
            ),
            f"facts.yaml:{fact.line}",
        )
    unsupported = _unsupported_parts(fact, resolution.value, records)
    if unsupported:
        raise SeedConflict(
            fact.id,
            tuple(records),
            _(_UNSUPPORTED[unsupported]).format(value=resolution.value, fact=fact.id, values=", ".join(values)),
            f"facts.yaml:{fact.line}",
        )
    settled = tuple(
        r if _same_value(fact, r.value, resolution.value) else r._replace(status="rejected") for r in records
    )
    if len(groups) > 1:
        report.note(_("conflict: seeds disagree on '{fact}' ({about}):").format(fact=fact.id, about=fact.described()))
        for r in records:
            mark = _("kept") if _same_value(fact, r.value, resolution.value) else _("rejected")
            report.note(f'  {r.value:<10} {mark:<8} {r.evidence.seed}:{r.evidence.line} "{r.display}"')
        why = " ".join(resolution.why.split())
        report.note("  " + _("resolved to {value}: {why}").format(value=resolution.value, why=why))
        for r in records:
            if fact.type == "date" and r not in supporting and _lends_a_part(r.value, resolution.value):
                where = f"{r.evidence.seed}:{r.evidence.line}"
                message = _("{value} ({where}) gives the month of {resolution}")
                report.note("  " + message.format(value=r.value, where=where, resolution=resolution.value))
    conflict = Conflict(values, resolution.value, " ".join(resolution.why.split())) if len(groups) > 1 else None
    return FactEntry(fact.id, fact.about, fact.type, False, resolution.value, conflict, settled)


def _unsupported_parts(fact: FactDef, value: str, records: list[Record]) -> str | None:
    """A date resolution may combine evidence (the year from some seeds, the month from
    another), but each part of it must be stated by some seed: the year, then the month and
    the day it gives. The part no seed states, or None."""
    if fact.type != "date":
        return None
    settled = _as_date(value)
    dates = [d for d in (_as_date(r.value) for r in records) if d is not None]
    if settled is None:
        return None
    if not any(d.year == settled.year for d in dates):
        return "year"
    if settled.month is not None and not any(d.month == settled.month for d in dates):
        return "month"
    if settled.day is not None and not any(d.day == settled.day and d.month == settled.month for d in dates):
        return "day"
    return None


def _lends_a_part(record: str, value: str) -> bool:
    """A record of another year that states the settled month (the 'Juni' of 'Juni 2023')."""
    a, b = _as_date(record), _as_date(value)
    return a is not None and b is not None and b.month is not None and a.month == b.month


def _same_value(fact: FactDef, a: str, b: str) -> bool:
    if fact.type == "date":
        pa, pb = _as_date(a), _as_date(b)
        return pa is not None and pb is not None and dates_compatible(pa, pb)
    return float(a) == float(b)


def _as_date(value: str) -> PartialDate | None:
    return PartialDate.parse(value) if "-" in value else PartialDate(int(value)) if value.isdigit() else None


def _value_groups(fact: FactDef, records: list[Record]) -> list[list[Record]]:
    groups: list[list[Record]] = []
    for r in records:
        for g in groups:
            if all(_same_value(fact, r.value, o.value) for o in g):
                g.append(r)
                break
        else:
            groups.append([r])
    return groups


def _most_precise(fact: FactDef, records: list[Record]) -> str:
    if fact.type != "date":
        return records[0].value
    return max((r.value for r in records), key=lambda v: (len(v), v))


def _check_totals(story: Story, facts: dict[str, FactEntry], report: BuildReport) -> None:
    for fid, fact in story.facts.items():
        if not fact.parts:
            continue
        parts = [facts[p].accepted for p in fact.parts]
        if not all(parts):
            continue
        expected = sum(p[0].number for p in parts)
        for record in facts[fid].accepted:
            shown = " + ".join(format_number(p[0].number) for p in parts)
            verdict = _("adds up") if record.number == expected else _("DOES NOT add up")
            report.note(
                _("total: '{fact}' {value} ({where}) {verdict}: {parts} = {expected}").format(
                    fact=fid,
                    value=format_number(record.number),
                    where=f"{record.evidence.seed}:{record.evidence.line}",
                    verdict=verdict,
                    parts=shown,
                    expected=format_number(expected),
                )
            )
