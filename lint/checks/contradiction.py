"""contradiction: a figure, date or title that conflicts with the fact base."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Rule, credited_name, read_as
from lint.checks.options import Options, option
from lint.facts.factbase import Record, dates_compatible
from lint.facts.index import IndexedFact
from lint.facts.matching import CONTRADICTION
from lint.facts.story import Office, office_key
from lint.facts.vocabulary import Vocabulary
from lint.findings import EvidenceRef, Finding
from lint.i18n import N_, _
from lint.reading.attribution import Attribution
from lint.reading.claims import FigureClaim
from lint.reading.document import PartialDate
from lint.reading.language import load_lexicon
from lint.reading.numbers import format_number
from lint.reading.people import PersonMention, institutional, norm_title
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
    max_ratio: float = option(
        20.0,
        low=1,
        high=1_000_000,
        about="a figure above this many times every record, with no word of what happened to what it counts, counts something larger (a whole army)",
    )


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    yield from _figures(ctx, rule, kind)
    yield from _dates(ctx, rule, kind)
    if rule.opts(ContradictionOptions).titles:
        yield from _titles(ctx, rule, kind)


def _figures(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    # A figure far below every record ("50 tentara tewas dalam satu serangan") counts part of
    # the whole, not the whole: it is not read as a contradiction.
    options = rule.opts(ContradictionOptions)
    min_ratio, max_ratio = options.min_ratio, options.max_ratio
    for matched in ctx.matches.figures:
        claim = matched.claim
        for fm in matched.about(rule.facts):
            fact, indexed, verdict = fm.fact, fm.indexed, fm.verdict
            if verdict.kind != CONTRADICTION:
                continue
            records = ctx.fact_index.cited(verdict.records)
            if verdict.why != "scale" and claim.figure.value < min_ratio * min(r.number for r in verdict.records):
                continue
            if (
                claim.event_implied
                and verdict.why != "scale"
                and claim.figure.value > max_ratio * max(r.number for r in verdict.records)
            ):
                continue  # "Tentara Rakyat Korea ... sekitar 1,28 juta personel": the whole army
            basis = _basis(ctx, claim, verdict.why, verdict.records)
            yield ctx.finding(
                rule,
                kind,
                claim.figure.start,
                claim.figure.end,
                {
                    "read": read_as(claim),
                    "about": ctx.about(indexed.entry),
                    "expected": ctx.cites(records),
                    "fact": fact,
                    "basis": basis,
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
        fact = ctx.story.facts.get(claim.fact)
        if fact is None or fact.recurring or not _same_actor(ctx, claim.attribution, indexed):
            continue  # another briefing, another exercise; or someone else's announcement
        if indexed is None or indexed.entry.canonical is None or claim.mention.date is None:
            continue
        entry = indexed.entry
        said = claim.mention.date
        settled = _settled(entry.canonical)
        if settled is None or dates_compatible(settled, said):
            continue
        if doc_date is not None and settled.earliest() > doc_date.latest():
            continue  # the event had not happened by the draft's date: no evidence yet
        accepted = indexed.accepted.records
        read = claim.mention.text
        if claim.mention.relative and doc_date:
            read = _("{date} (= {iso} as of the draft's date {draft_date})").format(
                date=read, iso=said.iso(), draft_date=doc_date.iso()
            )
        elif claim.mention.text != said.iso():
            read = f"{read} (= {said.iso()})"
        expected = _("{date}, from {cites}").format(
            date=entry.canonical, cites="; ".join(ctx.cite(r) for r in accepted[:3])
        )
        yield ctx.finding(
            rule,
            kind,
            claim.mention.start,
            claim.mention.end,
            {
                "read": read,
                "about": ctx.about(entry),
                "expected": expected,
                "fact": claim.fact,
                "basis": _("the settled date"),
            },
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
        if _former(mention, ctx):
            continue  # "mantan Menteri Pertahanan Rusia": an office held before, said as such
        office = ctx.story.offices.get(office_key(mention.title)) or _office_of(ctx, mention)
        if office is not None:
            found = _office_holder(ctx, rule, kind, mention, office, entry.name, person.titles_text)
            if found is not None:
                yield found
            continue  # the office's holders decide
        affiliation = _affiliation_clash(ctx, mention, entry.name)
        if affiliation is not None:
            yield ctx.finding(
                rule,
                kind,
                mention.title_start,
                mention.title_end,
                {
                    "read": _as_written(mention),
                    "about": _("the affiliation of {name}").format(name=entry.name),
                    "expected": affiliation,
                    "fact": f"person:{entry.id}",
                    "basis": _("the seeds"),
                },
                fact=f"person:{entry.id}",
                expected=person.titles_text,
                evidence=person.title_evidence,
            )
            continue
        if not known or title in known:
            continue
        others = ctx.fact_index.title_holders.get(title, frozenset()) - {mention.person}
        reason = ""
        if others:
            other = people[sorted(others)[0]]
            reason = _("that title belongs to {name}").format(name=other.name)
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
                "read": _as_written(mention),
                "about": _("titles of {name}").format(name=entry.name),
                "expected": _("{name} is {titles} ({reason})").format(
                    name=entry.name, titles=person.titles_text, reason=reason
                ),
                "fact": f"person:{entry.id}",
                "basis": _("the seeds"),
            },
            fact=f"person:{entry.id}",
            expected=person.titles_text,
            evidence=person.title_evidence,
        )


def _as_written(mention: PersonMention) -> str:
    """The name and its title in the draft's order: "Menteri X Budanov", "Budanov, Menteri X"."""
    if mention.title_start > mention.start:
        return f"{mention.text}, {mention.title}"
    return f"{mention.title} {mention.text}"


def affiliations(title: str, markers: frozenset[str], skip: frozenset[str] = frozenset()) -> list[str]:
    """The institutions a title names after a marker, each a name of two words or more: "editor
    di Digital War dan akademisi dari Universitas Sydney" -> Digital War, Universitas Sydney;
    "pengamat asal Tokyo" names a place, not an institution."""
    words = title.split()
    found = []
    for i, word in enumerate(words):
        if word.lower() in markers:
            named: list[str] = []
            rest = words[i + 1 :]
            while rest and rest[0].lower() in skip:
                rest = rest[1:]  # "at the Australian National University"
            for j, w in enumerate(rest):
                if not w[:1].isupper():
                    # "University of Sydney": a small word between two capitalised ones
                    joins = w.lower() in markers or w.lower() in skip
                    if not (named and joins and j + 1 < len(rest) and rest[j + 1][:1].isupper()):
                        break
                named.append(w.strip(",.;"))
            if len(named) >= 2:
                found.append(" ".join(named))
    return found


def _affiliation_clash(ctx: Context, mention: PersonMention, name: str) -> str | None:
    """Why the institution a draft ties a person to is wrong, or None: it is another person's
    in the seeds ("Ron Huisken dari Universitas Sydney"), or, in the seeds' language, not the
    person's own (in another language a name may be the same institution translated)."""
    markers = ctx.lexicon.affiliation_markers
    written_all = affiliations(mention.title or "", markers, ctx.lexicon.definite_articles)
    if not written_all:
        return None
    people = ctx.factbase.people
    seeds = ctx.story_lexicon or load_lexicon(ctx.story.lang, ctx.story.lang_dirs)
    seeds_markers = seeds.affiliation_markers  # the seeds' language

    def of(pid: str) -> list[str]:
        return [a for t in people[pid].titles for a in affiliations(t.title, seeds_markers)]

    institutions = ctx.story.institutions

    def key_of(name: str) -> str:
        key = phrase_key(name)
        return institutions.get(key, key)  # one institution, whatever language names it

    own = of(mention.person)
    own_keys = {key_of(a) for a in own}
    for written in written_all:
        key = key_of(written)
        if not own or key in own_keys:
            continue
        if key not in institutions.values() and not institutional(written, ctx.lexicon):
            continue  # "di Pyongyang pada Selasa": a place and a time, not an institution
        seeds_say = ", ".join(sorted(set(own)))
        holder = next(
            (people[pid].name for pid in sorted(people) if pid != mention.person and key in map(key_of, of(pid))),
            None,
        )
        if holder is not None:
            return _("the seeds tie {name} to {institutions}; {written} is {holder}'s").format(
                name=name, institutions=seeds_say, written=written, holder=holder
            )
        known = key in institutions.values()
        if (ctx.lexicon.code == ctx.story.lang or known) and not any(key in k or k in key for k in own_keys):
            return _("the seeds tie {name} to {institutions}, not {written}").format(
                name=name, institutions=seeds_say, written=written
            )
    return None


def _office_of(ctx: Context, mention: PersonMention) -> Office | None:
    """A title that names an office without its country ("Prime Minister Vladimir Putin"):
    the one office whose names end with it that the person has ever held."""
    title = office_key(mention.title or "")
    if not title:
        return None
    found = {
        id(o): o
        for key, o in ctx.story.offices.items()
        if key.endswith(" " + title) and any(t.person == mention.person for t in o.holders)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _former(mention: PersonMention, ctx: Context) -> bool:
    """Is the title said as one held before: "mantan Menteri ...", or "Mantan" just before it?"""
    title = mention.title or ""
    first = title.split(maxsplit=1)[0].lower() if title.strip() else ""
    text = ctx.analysis.document.text
    before = text[max(0, mention.title_start - 20) : mention.title_start].split()
    return first in ctx.lexicon.former_words or bool(before and before[-1].lower() in ctx.lexicon.former_words)


def _office_holder(
    ctx: Context, rule: Rule, kind: Kind, mention: PersonMention, office: Office, name: str, seeds_say: str
) -> Finding | None:
    """A person given an office someone else held on the draft's date (facts.yaml offices):
    "Menteri Pertahanan Rusia Sergei Shoigu" after May 2024, "Perdana Menteri Rusia Vladimir
    Putin" since 2012. Nothing when the office's holder then is not known, or may be theirs."""
    day = ctx.analysis.document.date
    if day is None:
        return None
    holders = office.holders_on(day)
    if not holders or any(t.person == mention.person for t in holders):
        return None
    then = " / ".join(t.name for t in holders)
    own = [t for t in office.holders if t.person == mention.person]
    if own and own[-1].until is not None:
        what = _("{name} held it until {until}; on {date} it was {holder}'s").format(
            name=name, until=own[-1].until.iso(), date=day.iso(), holder=then
        )
    else:
        what = _("on {date} it was {holder}'s").format(date=day.iso(), holder=then)
    if seeds_say:
        what += _("; the seeds call {name} {titles}").format(name=name, titles=seeds_say)
    tenures = "; ".join(
        f"{t.name} {t.since.iso() if t.since else '…'}–{t.until.iso() if t.until else ''}".rstrip("–")
        for t in office.holders
    )
    story = ctx.story
    evidence = EvidenceRef(story.facts_path.name, office.line, f"{office.title}: {tenures} ({office.why})", None, None)
    return ctx.finding(
        rule,
        kind,
        mention.title_start,
        mention.title_end,
        {
            "read": _as_written(mention),
            "about": _("who held the office of {office}").format(office=office.title),
            "expected": what,
            "fact": f"person:{mention.person}",
            "basis": _("the fact base"),
        },
        fact=f"person:{mention.person}",
        expected=then,
        evidence=(evidence,),
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
        return _("the seeds tie this person to {countries}, not {written}").format(
            countries=", ".join(sorted(known_countries)), written=", ".join(sorted(written))
        )
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
    N_("{read} contradicts {basis} on {about}: {expected}"),
    ("read", "about", "expected", "fact", "basis"),
    "a figure that disagrees with a single-valued fact, or with its credited source's own record for the "
    "same measure and time; a date other than the settled one; a title the person did not hold at the "
    "draft's date",
    options=ContradictionOptions,
    about_facts=True,
)


def _basis(ctx: Context, claim: FigureClaim, why: str, records: tuple[Record, ...]) -> str:
    """What a figure contradicts: its source's own record, the fact base at a thousandfold, the
    sum of its parts, or the fact base."""
    if why == "own-record":
        return _("{source}'s own figure at that time").format(source=credited_name(ctx, claim))
    if why == "scale":
        return _("the fact base by a factor of a thousand (a scale word slipped?)")
    if why == "parts":
        return _("the sum of its parts ({total})").format(total=format_number(sum(r.number for r in records)))
    return _("the fact base")


def _settled(value: str | None) -> PartialDate | None:
    """A date fact's settled value ("2024", "2024-06") as a date."""
    if not value:
        return None
    return PartialDate.parse(value) if "-" in value else PartialDate(int(value)) if value.isdigit() else None


def _same_actor(ctx: Context, credited: Attribution | None, indexed: IndexedFact | None) -> bool:
    """Can the sentence be about the fact's event, by who it says acted? "Gerasimov mengumumkan
    ... pada Sabtu" is not North Korea's announcement of its troops, whatever its date."""
    if credited is None or indexed is None:
        return True
    sources = {r.source for r in indexed.accepted.records if r.source is not None}
    if not sources:
        return True
    mine = ctx.story.lineage(credited.source)  # Shoigu's announcement is Russia's, NIS's Seoul's
    return any(s in mine or (credited.source is not None and credited.source in ctx.story.lineage(s)) for s in sources)
