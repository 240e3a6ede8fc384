"""A story's definitions (facts.yaml): sources, people, what figures count, and the facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from lint.errors import FactlintError
from lint.facts.vocabulary import LanguageWords, Vocabulary, build_vocabulary
from lint.i18n import N_, Texts, _, in_language
from lint.reading.document import PartialDate
from lint.reading.language import BUILT_IN
from lint.reading.words import phrase_key
from lint.schema import Checker
from lint.yamlio import Node, load_yaml_file

FACT_TYPES = ("figure", "date")
_FLAGS = re.IGNORECASE


class Source(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    relay: bool  # a news agency passing on someone else's figure (AFP, Tass)
    counts_as: tuple[str, ...]  # crediting the figure to one of these is also right
    vague: bool = False
    members: tuple[str, ...] = ()  # a joint source: crediting its figure to a part of one of these is right
    names: Texts = ()  # its name in each language facts.yaml gives one for

    def shown(self) -> str:
        """Its name in the messages' language."""
        return in_language(self.names, self.name)


class Person(NamedTuple):
    id: str
    name: str  # the canonical spelling
    short: tuple[str, ...]  # accepted short forms ("Shoigu")
    variants: tuple[str, ...]  # known non-canonical spellings ("Sergey Shoigu")
    counts_as: tuple[str, ...] = ()  # bodies the person speaks for (Budanov: Ukrainian intelligence)


class Tenure(NamedTuple):
    """Who held an office, and from when to when (either end may be unknown)."""

    name: str  # as written
    person: str | None  # the story's person, when it is one
    since: PartialDate | None
    until: PartialDate | None

    def covers(self, day: PartialDate) -> bool:
        """Could the office have been theirs on ``day``? (A month given as an end covers all of it.)"""
        return (self.since is None or self.since.earliest() <= day.latest()) and (
            self.until is None or day.earliest() <= self.until.latest()
        )


class Office(NamedTuple):
    """An office one person holds at a time ("Menteri Pertahanan Rusia"), and its holders:
    what a title given to a person of the story is checked against, for the draft's date."""

    title: str
    aliases: tuple[str, ...]  # other ways of writing it, in any language
    holders: tuple[Tenure, ...]
    why: str  # where the tenures come from
    line: int

    def holders_on(self, day: PartialDate) -> list[Tenure]:
        return [t for t in self.holders if t.covers(day)]


class Resolution(NamedTuple):
    value: str
    why: str


class FactDef(NamedTuple):
    id: str
    about: str  # what it is, in the first language facts.yaml describes it in
    type: str  # figure | date
    multi_source: bool
    nouns: tuple[str, ...]
    events: tuple[str, ...]
    event_optional: bool
    keywords: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]
    parts: tuple[str, ...]  # for a total: the facts it adds up
    owners: tuple[str, ...]  # countries whose figures these are; "tentara Ukraina" is not about them
    announced_by: str | None  # one announcement: one value, and only its announcer gave it
    related: tuple[str, ...]  # facts counting nearly the same thing, which writers use for each other
    recurring: bool  # an event that happens again (a briefing, an exercise): another date may be another time
    resolution: Resolution | None
    line: int
    # a smaller count is about some of them (an incident's three soldiers), not this measure
    at_least: float | None = None
    descriptions: Texts = ()  # ``about`` in each language facts.yaml gives

    def described(self) -> str:
        """What it is, in the messages' language."""
        return in_language(self.descriptions, self.about)


class SeedMeta(NamedTuple):
    file: str
    outlet: str
    published: PartialDate
    line: int
    path: str = ""  # the seed file, resolved, when the story was loaded
    digest: str = ""  # sha256 of its text: a copy of it elsewhere is still this seed
    url: str | None = None


@dataclass(frozen=True, eq=False, slots=True)
class Story:
    """A story as loaded from its directory. Loaded once per run: compared and hashed by identity."""

    name: str
    lang: str
    root: Path
    facts_path: Path
    seeds: tuple[SeedMeta, ...]
    sources: dict[str, Source]
    people: dict[str, Person]
    nouns: dict[str, tuple[str, ...]]
    events: dict[str, tuple[str, ...]]
    facts: dict[str, FactDef]
    countries: dict[str, tuple[str, ...]]
    noun_events: dict[str, str]  # noun class -> the event it implies when no event word is written
    now_events: dict[str, str]  # event class -> the event it is when told as now ("kini ... ditempatkan")
    vocabularies: dict[str, Vocabulary]  # the story's words by language (lint/facts/vocabulary.py)
    offices: dict[str, Office] = field(default_factory=dict)  # by norm_title of the title and each alias
    institutions: dict[str, str] = field(default_factory=dict)  # a name of an institution (phrase_key) -> its id
    _lineages: dict[str | None, frozenset[str]] = field(default_factory=dict, repr=False)  # lineage's memo

    def vocabulary(self, lang: str) -> Vocabulary:
        """The story's words in ``lang``; the story's own language's for one facts.yaml does not cover
        (names of sources and people are the same in every language)."""
        return self.vocabularies.get(lang) or self.vocabularies[self.lang]

    def seed(self, path: Path, text: str | None = None) -> SeedMeta | None:
        """The seed entry when ``path`` is one of the story's seed files, or (given its text)
        a copy of one: an installed factlint carries its own copy of the shipped seeds, and
        linting a checkout's seeds/ must still read them at their publication dates."""
        named = [seed for seed in self.seeds if seed.file.rsplit("/", 1)[-1] == path.name]
        if not named:
            return None  # the common case, without touching the file system
        resolved = str(path.resolve())
        for seed in named:
            if seed.path == resolved:
                return seed
        if text is not None:
            digest = _digest(text)
            return next((seed for seed in named if seed.digest == digest), None)
        return None

    def seed_meta(self, file: str) -> SeedMeta | None:
        """The seeds.yaml entry of a seed file, by its name in the story."""
        return next((seed for seed in self.seeds if seed.file == file), None)

    @property
    def lang_dirs(self) -> tuple[Path, ...]:
        """Where this story's language packs are looked for: its own ``lang/``, then factlint's."""
        own = self.root / "lang"
        return (own, *BUILT_IN) if own.is_dir() else BUILT_IN

    def lineage(self, source: str | None) -> frozenset[str]:
        """The source and every body it counts as, transitively (worked out once a source)."""
        found = self._lineages.get(source)
        if found is None:
            found = self._lineages[source] = frozenset(self._lineage(source))
        return found

    def _lineage(self, source: str | None) -> set[str]:
        seen: set[str] = set()
        todo = [source] if source else []
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                src = self.sources.get(current)
                todo.extend(src.counts_as if src else ())
        return seen

    def credited_ok(
        self, credited: str | None, record_source: str | None, record_via: str | None, joint: bool = True
    ) -> bool:
        """Is crediting a record to ``credited`` right? Its own source, its relay, a body it
        counts as, or (with ``joint``, for a joint source) a part of one of its members: NIS
        for the joint South Korea-US-Ukraine assessment."""
        if credited is None or record_source is None:
            return credited == record_source
        if credited in (record_source, record_via) or credited in self.lineage(record_source):
            return True
        if not joint:
            return False
        whole = self.sources.get(record_source)
        return whole is not None and bool(whole.members) and bool(self.lineage(credited) & set(whole.members))


def load_story(root: Path) -> Story:
    """Read ``root/facts.yaml`` and ``root/seeds.yaml``; fail on the first error with file:line."""
    facts_path = root / "facts.yaml"
    data = load_yaml_file(facts_path)
    c = Checker(str(facts_path))
    top = c.mapping(data, "facts.yaml")
    c.keys(
        top,
        {
            "story",
            "lang",
            "sources",
            "people",
            "nouns",
            "events",
            "noun_events",
            "now_events",
            "countries",
            "facts",
            "languages",
            "offices",
            "institutions",
        },
        {"story", "facts"},
        "facts.yaml",
    )
    sources = _sources(c, top)
    people = _people(c, top)
    for person in people.values():
        if person.id in sources:
            message = _("person '{id}' has the same id as a source").format(id=person.id)
            raise c.fail(top.get("people"), message, person.id)
        for body in person.counts_as:
            if body not in sources:
                message = _("person '{id}' counts_as unknown source '{source}'").format(id=person.id, source=body)
                raise c.fail(top.get("people"), message, person.id)
        sources[person.id] = Source(
            person.id, person.name, (person.name, *person.short, *person.variants), False, person.counts_as
        )
    nouns = _word_classes(c, top, "nouns")
    events = _word_classes(c, top, "events")
    countries = _word_classes(c, top, "countries")
    facts = _facts(c, top, nouns, events, countries, sources)
    seeds = _seed_metas(root)
    lang = str(top.get("lang", "id"))
    aliases = {src.id: (src.name, *src.aliases) for src in sources.values()}
    base = LanguageWords(
        {},
        nouns,
        events,
        countries,
        {f.id: f.keywords for f in facts.values()},
        {f.id: f.exclude for f in facts.values() if f.exclude},
    )
    vocabularies: dict[str, Vocabulary] = {}
    for code, words in {lang: base, **_languages(c, top, lang, sources, nouns, events, countries, facts)}.items():
        vocabulary, clashes = build_vocabulary(code, aliases, words, facts)
        if clashes:
            raise c.fail(top, clashes[0].message, "languages" if code != lang else clashes[0].section)
        vocabularies[code] = vocabulary
    return Story(
        name=c.string(top, "story", "facts.yaml"),
        lang=lang,
        root=root,
        facts_path=facts_path,
        seeds=seeds,
        sources=sources,
        people=people,
        nouns=nouns,
        events=events,
        facts=facts,
        countries=countries,
        noun_events=_noun_events(c, top, nouns, events),
        now_events=_now_events(c, top, events),
        vocabularies=vocabularies,
        offices=_offices(c, top, people),
        institutions=_institutions(c, top),
    )


def _sources(c: Checker, top: Node) -> dict[str, Source]:
    node = c.mapping(top.get("sources", Node()), "'sources'", top, "sources")
    out: dict[str, Source] = {}
    for sid, spec in node.items():
        what = _("source '{id}'").format(id=sid)
        spec = c.mapping(spec, what, node, sid)
        c.keys(spec, {"name", "aliases", "relay", "counts_as", "vague", "members"}, {"name"}, what)
        name, names = c.texts(spec, "name", what)
        out[sid] = Source(
            sid,
            name,
            c.strings(spec, "aliases", what),
            c.boolean(spec, "relay", what, False),
            c.strings(spec, "counts_as", what),
            c.boolean(spec, "vague", what, False),
            c.strings(spec, "members", what),
            names,
        )
    for src in out.values():
        for key, others in (("counts_as", src.counts_as), ("members", src.members)):
            for other in others:
                if other not in out:
                    message = _("source '{id}' {key} unknown source '{other}'")
                    raise c.fail(node.get(src.id), message.format(id=src.id, key=key, other=other), key)
    return out


def _people(c: Checker, top: Node) -> dict[str, Person]:
    node = c.mapping(top.get("people", Node()), "'people'", top, "people")
    out: dict[str, Person] = {}
    for pid, spec in node.items():
        what = _("person '{id}'").format(id=pid)
        spec = c.mapping(spec, what, node, pid)
        c.keys(spec, {"name", "short", "variants", "counts_as"}, {"name"}, what)
        out[pid] = Person(
            pid,
            c.string(spec, "name", what),
            c.strings(spec, "short", what),
            c.strings(spec, "variants", what),
            c.strings(spec, "counts_as", what),
        )
    return out


def _offices(c: Checker, top: Node, people: dict[str, Person]) -> dict[str, Office]:
    items = top.get("offices", [])
    if not isinstance(items, list):
        raise c.fail(top, _("'offices' must be a list"), "offices")
    out: dict[str, Office] = {}
    an_office = _("an office")
    for spec in items:
        spec = c.mapping(spec, an_office, top, "offices")
        c.keys(spec, {"title", "aliases", "holders", "why"}, {"title", "holders", "why"}, an_office)
        title = c.string(spec, "title", an_office)
        what = _("office '{title}'").format(title=title)
        holders_node = spec.get("holders")
        if not isinstance(holders_node, list) or not holders_node:
            message = _("'holders' of {what} must be a list of who held it and when").format(what=what)
            raise c.fail(spec, message, "holders")
        holders = []
        a_holder = _("a holder of {what}").format(what=what)
        for h in holders_node:
            h = c.mapping(h, a_holder, spec, "holders")
            c.keys(h, {"person", "name", "since", "until"}, set(), a_holder)
            pid = c.string(h, "person", what) if "person" in h else None
            if pid is not None and pid not in people:
                raise c.fail(h, _("{what} names unknown person '{id}'").format(what=what, id=pid), "person")
            if pid is None and "name" not in h:
                message = _("a holder of {what} needs 'person' (one of the story's) or 'name'").format(what=what)
                raise c.fail(h, message, "name")
            ends = []
            for key in ("since", "until"):
                value = _partial_date(str(h[key])) if key in h else None
                if key in h and value is None:
                    message = _("'{key}' of a holder of {what} must be YYYY, YYYY-MM or YYYY-MM-DD")
                    raise c.fail(h, message.format(key=key, what=what), key)
                ends.append(value)
            name = c.string(h, "name", what) if "name" in h else people[pid].name if pid else ""
            holders.append(Tenure(name, pid, ends[0], ends[1]))
        office = Office(title, c.strings(spec, "aliases", what), tuple(holders), c.string(spec, "why", what), spec.line)
        for written in (title, *office.aliases):
            key = office_key(written)
            if key in out and out[key] is not office:
                message = _("{what}: '{written}' already names office '{title}'")
                raise c.fail(spec, message.format(what=what, written=written, title=out[key].title), "aliases")
            out[key] = office
    return out


def _institutions(c: Checker, top: Node) -> dict[str, str]:
    """``institutions:``: each institution's names in any language, so that an affiliation
    written in one is compared with the seeds' in another."""
    names = _word_classes(c, top, "institutions")
    out: dict[str, str] = {}
    for iid, written in names.items():
        for name in written:
            key = phrase_key(name)
            if out.get(key, iid) != iid:
                message = _("'{name}' names two institutions, '{first}' and '{second}'")
                raise c.fail(top.get("institutions"), message.format(name=name, first=out[key], second=iid), iid)
            out[key] = iid
    return out


def office_key(title: str) -> str:
    """How an office is looked up: as lint.reading.people.norm_title, whatever the apostrophe."""
    return phrase_key(title.replace("’", "'"))


def _partial_date(text: str) -> PartialDate | None:
    if text.isdigit() and len(text) == 4:
        return PartialDate(int(text)) if text != "0000" else None
    return PartialDate.parse(text)


def _now_events(c: Checker, top: Node, events: dict[str, tuple[str, ...]]) -> dict[str, str]:
    node = c.mapping(top.get("now_events", Node()), "'now_events'", top, "now_events")
    out = {}
    for event, now in node.items():
        if event not in events or not isinstance(now, str) or now not in events:
            message = _("now_events: '{event}' and what it is told as now must be event classes")
            raise c.fail(node, message.format(event=event), event)
        out[str(event)] = now
    return out


def _noun_events(
    c: Checker, top: Node, nouns: dict[str, tuple[str, ...]], events: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    node = c.mapping(top.get("noun_events", Node()), "'noun_events'", top, "noun_events")
    out = {}
    for noun, event in node.items():
        if noun not in nouns:
            raise c.fail(node, _("noun_events names unknown noun class '{noun}'").format(noun=noun), noun)
        if not isinstance(event, str) or event not in events:
            message = _("noun_events: '{noun}' must name an event class (one of {events})")
            raise c.fail(node, message.format(noun=noun, events=", ".join(events)), noun)
        out[str(noun)] = event
    return out


def _word_classes(c: Checker, top: Node, key: str) -> dict[str, tuple[str, ...]]:
    node = c.mapping(top.get(key, Node()), f"'{key}'", top, key)
    return {name: c.strings(node, name, f"'{key}'") for name in node}


def _facts(
    c: Checker,
    top: Node,
    nouns: dict[str, tuple[str, ...]],
    events: dict[str, tuple[str, ...]],
    countries: dict[str, tuple[str, ...]],
    sources_and_people: dict[str, Source],
) -> dict[str, FactDef]:
    items = top.get("facts")
    if not isinstance(items, list):
        raise c.fail(top, _("'facts' must be a list"), "facts")
    out: dict[str, FactDef] = {}
    allowed = {
        "id",
        "about",
        "type",
        "multi_source",
        "nouns",
        "events",
        "event_optional",
        "keywords",
        "exclude",
        "parts",
        "resolution",
        "owners",
        "announced_by",
        "related",
        "recurring",
        "at_least",
    }
    for spec in items:
        spec = c.mapping(spec, _("a fact"), top, "facts")
        fid = spec.get("id", "?")
        what = _("fact '{id}'").format(id=fid)
        c.keys(spec, allowed, {"id", "about", "type"}, what)
        fid = c.string(spec, "id", what)
        if fid in out:
            raise c.fail(spec, _("duplicate fact id '{id}'").format(id=fid), "id")
        ftype = c.choice(spec, "type", what, FACT_TYPES)
        fact_nouns = c.strings(spec, "nouns", what)
        fact_events = c.strings(spec, "events", what)
        for n in fact_nouns:
            if n not in nouns:
                raise c.fail(spec, _("{what} uses unknown noun class '{noun}'").format(what=what, noun=n), "nouns")
        for e in fact_events:
            if e not in events:
                raise c.fail(spec, _("{what} uses unknown event class '{event}'").format(what=what, event=e), "events")
        keywords = _keyword_groups(c, spec, "keywords", what)
        if ftype == "figure" and not fact_nouns:
            raise c.fail(spec, _("{what} is a figure fact and needs 'nouns'").format(what=what), "type")
        if ftype == "date" and not keywords:
            raise c.fail(spec, _("{what} is a date fact and needs 'keywords'").format(what=what), "type")
        resolution = None
        if "resolution" in spec:
            of = _("'{key}' of {what}").format(key="resolution", what=what)
            rnode = c.mapping(spec["resolution"], of, spec, "resolution")
            c.keys(rnode, {"value", "why"}, {"value", "why"}, of)
            resolution = Resolution(str(rnode["value"]), c.string(rnode, "why", of))
        exclude = c.strings(spec, "exclude", what)
        about, descriptions = c.texts(spec, "about", what)
        out[fid] = FactDef(
            id=fid,
            about=about,
            descriptions=descriptions,
            type=ftype,
            multi_source=c.boolean(spec, "multi_source", what, False),
            nouns=fact_nouns,
            events=fact_events,
            event_optional=c.boolean(spec, "event_optional", what, not fact_events),
            keywords=keywords,
            exclude=exclude,
            parts=c.strings(spec, "parts", what),
            owners=c.strings(spec, "owners", what),
            announced_by=c.string(spec, "announced_by", what) if "announced_by" in spec else None,
            related=c.strings(spec, "related", what),
            recurring=c.boolean(spec, "recurring", what, False),
            resolution=resolution,
            line=spec.line,
            at_least=_at_least(c, spec, what, ftype),
        )
    for fact in out.values():
        where = f"{c.path}:{fact.line}"
        for owner in fact.owners:
            if owner not in countries:
                message = _("fact '{id}' names unknown country '{country}'")
                raise FactlintError(message.format(id=fact.id, country=owner), where)
        if fact.announced_by is not None and fact.announced_by not in sources_and_people:
            message = _("fact '{id}' is announced_by unknown source '{source}'")
            raise FactlintError(message.format(id=fact.id, source=fact.announced_by), where)
        if fact.announced_by is not None and fact.multi_source:
            message = _("fact '{id}' is one announcement (announced_by) and cannot be multi_source")
            raise FactlintError(message.format(id=fact.id), where)
        for other in fact.related:
            if other not in out or out[other].type != fact.type:
                message = _(_NOT_RELATED[fact.type])
                raise FactlintError(message.format(id=fact.id, other=other), where)
        for part in fact.parts:
            if part not in out:
                raise FactlintError(_("fact '{id}' lists unknown part '{part}'").format(id=fact.id, part=part), where)
    return out


_LANGUAGE_KEYS = {"aliases", "nouns", "events", "countries", "keywords", "exclude"}
# A fact related to another that is not of its type, by its type.
_NOT_RELATED = {
    "figure": N_("fact '{id}' is related to '{other}', which is no figure fact"),
    "date": N_("fact '{id}' is related to '{other}', which is no date fact"),
}
# Words for something facts.yaml has no class or source for, by its section in ``languages:``.
_UNKNOWN_WORDS = {
    "aliases": N_("{what} gives words for unknown source '{name}'"),
    "nouns": N_("{what} gives words for unknown noun class '{name}'"),
    "events": N_("{what} gives words for unknown event class '{name}'"),
    "countries": N_("{what} gives words for unknown country class '{name}'"),
}


def _languages(
    c: Checker,
    top: Node,
    base: str,
    sources: dict[str, Source],
    nouns: dict[str, tuple[str, ...]],
    events: dict[str, tuple[str, ...]],
    countries: dict[str, tuple[str, ...]],
    facts: dict[str, FactDef],
) -> dict[str, LanguageWords]:
    """``languages:``: the same word classes and date facts in other languages."""
    node = c.mapping(top.get("languages", Node()), "'languages'", top, "languages")
    out: dict[str, LanguageWords] = {}
    for code, spec in node.items():
        what = _("language '{code}'").format(code=code)
        if code == base:
            message = _("{what} is the story's own: its words go in nouns, events and countries")
            raise c.fail(node, message.format(what=what), code)
        spec = c.mapping(spec, what, node, code)
        c.keys(spec, _LANGUAGE_KEYS, set(), what)
        classes = {}
        for key, known in (("aliases", sources), ("nouns", nouns), ("events", events), ("countries", countries)):
            words = _word_classes(c, spec, key)
            for name in words:
                if name not in known:
                    raise c.fail(spec.get(key), _(_UNKNOWN_WORDS[key]).format(what=what, name=name), name)
            classes[key] = words
        keywords: dict[str, tuple[tuple[str, ...], ...]] = {}
        exclude: dict[str, tuple[str, ...]] = {}
        for key in ("keywords", "exclude"):
            of = _("'{key}' of {what}").format(key=key, what=what)
            entries = c.mapping(spec.get(key, Node()), of, spec, key)
            for fid in entries:
                if fid not in facts or facts[fid].type != "date":
                    message = _("{what} gives {key} for '{id}', which is no date fact")
                    raise c.fail(entries, message.format(what=what, key=key, id=fid), fid)
                if key == "exclude":
                    exclude[fid] = c.strings(entries, fid, of)
                else:
                    in_what = _("keywords of '{id}' in {what}").format(id=fid, what=what)
                    keywords[fid] = _keyword_groups(c, entries, fid, in_what)
        out[str(code)] = LanguageWords(
            classes["aliases"], classes["nouns"], classes["events"], classes["countries"], keywords, exclude
        )
    return out


def _at_least(c: Checker, spec: Node, what: str, ftype: str) -> float | None:
    if "at_least" not in spec:
        return None
    value = spec["at_least"]
    if ftype != "figure" or not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
        message = _("'at_least' in {what} must be a number not below 0, on a figure fact")
        raise c.fail(spec, message.format(what=what), "at_least")
    return float(value)


def _keyword_groups(c: Checker, node: Node, key: str, what: str) -> tuple[tuple[str, ...], ...]:
    raw = node.get(key, [])
    if not isinstance(raw, list):
        raise c.fail(node, _("'{key}' in {what} must be a list of word lists").format(key=key, what=what), key)
    groups = tuple(tuple([g] if isinstance(g, str) else g if isinstance(g, list) else [g]) for g in raw)
    if not all(isinstance(w, str) for g in groups for w in g):
        raise c.fail(node, _("'{key}' in {what} must be a list of word lists").format(key=key, what=what), key)
    return groups


def _seed_metas(root: Path) -> tuple[SeedMeta, ...]:
    path = root / "seeds.yaml"
    data = load_yaml_file(path)
    c = Checker(str(path))
    if not isinstance(data, list):
        raise FactlintError(_("seeds.yaml must be a list of seed entries"), str(path))
    out = []
    for item in data:
        item = c.mapping(item, _("a seed entry"))
        entry = _("seed entry")
        c.keys(item, {"file", "outlet", "published", "lang", "title", "url"}, {"file", "published"}, entry)
        file = c.string(item, "file", entry)
        published = PartialDate.parse(str(item["published"]))
        if published is None:
            message = _("'published' of seed '{file}' must be YYYY-MM or YYYY-MM-DD").format(file=file)
            raise c.fail(item, message, "published")
        if not (root / file).is_file():
            raise c.fail(item, _("seed file '{file}' does not exist").format(file=file), "file")
        try:
            text = (root / file).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            message = _("seed file '{file}' cannot be read: {reason}").format(file=file, reason=exc)
            raise c.fail(item, message, "file") from None
        url = item.get("url")
        if url is not None and not isinstance(url, str):
            raise c.fail(item, _("'url' of seed '{file}' must be a string").format(file=file), "url")
        resolved = str((root / file).resolve())
        out.append(SeedMeta(file, str(item.get("outlet", "")), published, item.line, resolved, _digest(text), url))
    return tuple(out)


def _digest(text: str) -> str:
    import hashlib  # a story is loaded once; its seeds' digests are kept with it

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
