"""A story's definitions (facts.yaml): sources, people, what figures count, and the facts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from lint.cache import patterns as pattern_cache
from lint.errors import FactlintError
from lint.reading.document import PartialDate
from lint.reading.language import by_identity, phrase_key, words_pattern
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


class Person(NamedTuple):
    id: str
    name: str  # the canonical spelling
    short: tuple[str, ...]  # accepted short forms ("Shoigu")
    variants: tuple[str, ...]  # known non-canonical spellings ("Sergey Shoigu")
    counts_as: tuple[str, ...] = ()  # bodies the person speaks for (Budanov: Ukrainian intelligence)


class Resolution(NamedTuple):
    value: str
    why: str


class FactDef(NamedTuple):
    id: str
    about: str
    type: str  # figure | date
    multi_source: bool
    nouns: tuple[str, ...]
    events: tuple[str, ...]
    event_optional: bool
    keywords: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]
    parts: tuple[str, ...]  # for a total: the facts it adds up
    owners: tuple[str, ...]  # countries whose figures these are; "tentara Ukraina" is not about them
    resolution: Resolution | None
    line: int
    keyword_patterns: tuple[re.Pattern[str], ...]
    exclude_pattern: re.Pattern[str] | None

    def keywords_match(self, sentence: str) -> list[int] | None:
        """Offsets of the first keyword of each group, or None if a group is missing or an
        excluded phrase is there."""
        hits = []
        for pattern in self.keyword_patterns:
            m = pattern.search(sentence)
            if not m:
                return None
            hits.append(m.start())
        if self.exclude_pattern and self.exclude_pattern.search(sentence):
            return None  # looked for last: most sentences already lack a keyword
        return hits


class SeedMeta(NamedTuple):
    file: str
    outlet: str
    published: PartialDate
    line: int


@by_identity  # loaded once per run
class Story(NamedTuple):
    """A story as loaded from its directory; compared and hashed by identity."""

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
    # compiled
    source_pattern: re.Pattern[str]
    source_by_alias: dict[str, str]
    noun_pattern: re.Pattern[str] | None
    noun_by_word: dict[str, str]
    event_pattern: re.Pattern[str] | None
    event_by_word: dict[str, str]
    country_pattern: re.Pattern[str] | None
    country_by_word: dict[str, str]
    date_facts: tuple[FactDef, ...]  # the facts of type date, which every dated sentence is checked against

    def seed(self, path: Path, text: str | None = None) -> SeedMeta | None:
        """The seed entry when ``path`` is one of the story's seed files, or (given its text)
        a copy of one: an installed factlint carries its own copy of the shipped seeds, and
        linting a checkout's seeds/ must still read them at their publication dates."""
        if path.name not in {seed.file.rsplit("/", 1)[-1] for seed in self.seeds}:
            return None  # the common case, without touching the file system
        resolved = path.resolve()
        named = [seed for seed in self.seeds if seed.file.rsplit("/", 1)[-1] == path.name]
        for seed in named:
            if (self.root / seed.file).resolve() == resolved:
                return seed
        if text is not None:
            for seed in named:
                try:
                    if (self.root / seed.file).read_bytes().decode("utf-8-sig") == text:
                        return seed
                except (OSError, UnicodeDecodeError):
                    continue
        return None

    def source_id(self, alias: str) -> str | None:
        return self.source_by_alias.get(_norm(alias))

    def lineage(self, source: str | None) -> set[str]:
        """The source and every body it counts as, transitively."""
        seen: set[str] = set()
        todo = [source] if source else []
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                src = self.sources.get(current)
                todo.extend(src.counts_as if src else ())
        return seen

    def credited_ok(self, credited: str | None, record_source: str | None, record_via: str | None) -> bool:
        """Is crediting a record to ``credited`` right? Its own source, its relay, or a body it counts as."""
        if credited is None or record_source is None:
            return credited == record_source
        return credited in (record_source, record_via) or credited in self.lineage(record_source)


def _norm(text: str) -> str:
    return phrase_key(text)


def load_story(root: Path) -> Story:
    """Read ``root/facts.yaml`` and ``root/seeds.yaml``; fail on the first error with file:line."""
    facts_path = root / "facts.yaml"
    data = load_yaml_file(facts_path)
    c = Checker(str(facts_path))
    top = c.mapping(data, "facts.yaml")
    c.keys(
        top,
        {"story", "lang", "sources", "people", "nouns", "events", "countries", "facts"},
        {"story", "facts"},
        "facts.yaml",
    )
    sources = _sources(c, top)
    people = _people(c, top)
    for person in people.values():
        if person.id in sources:
            raise c.fail(top.get("people"), f"person '{person.id}' has the same id as a source", person.id)
        for body in person.counts_as:
            if body not in sources:
                raise c.fail(top.get("people"), f"person '{person.id}' counts_as unknown source '{body}'", person.id)
        sources[person.id] = Source(
            person.id, person.name, (person.name, *person.short, *person.variants), False, person.counts_as
        )
    nouns = _word_classes(c, top, "nouns")
    events = _word_classes(c, top, "events")
    countries = _word_classes(c, top, "countries")
    facts = _facts(c, top, nouns, events, countries)
    seeds = _seed_metas(root)
    alias_map: dict[str, str] = {}
    for src in sources.values():
        for alias in (src.name, *src.aliases):
            key = _norm(alias)
            other = alias_map.get(key)
            if other and other != src.id:
                raise c.fail(top, f"alias '{alias}' names both '{other}' and '{src.id}'", "sources")
            alias_map[key] = src.id
    noun_map = {_norm(w): k for k, ws in nouns.items() for w in ws}
    event_map = {_norm(w): k for k, ws in events.items() for w in ws}
    country_map = {_norm(w): k for k, ws in countries.items() for w in ws}
    date_facts = tuple(f for f in facts.values() if f.type == "date")
    return Story(
        name=c.string(top, "story", "facts.yaml"),
        lang=str(top.get("lang", "id")),
        root=root,
        facts_path=facts_path,
        seeds=seeds,
        sources=sources,
        people=people,
        nouns=nouns,
        events=events,
        facts=facts,
        countries=countries,
        source_pattern=_alternation(list(alias_map)),
        source_by_alias=alias_map,
        noun_pattern=_alternation(list(noun_map)) if noun_map else None,
        noun_by_word=noun_map,
        event_pattern=_alternation(list(event_map)) if event_map else None,
        event_by_word=event_map,
        country_pattern=_alternation(list(country_map)) if country_map else None,
        country_by_word=country_map,
        date_facts=date_facts,
    )


def _alternation(words: list[str]) -> re.Pattern[str]:
    return pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(words)})(?![\w-])", _FLAGS)


def _sources(c: Checker, top: Node) -> dict[str, Source]:
    node = c.mapping(top.get("sources", Node()), "'sources'", top, "sources")
    out: dict[str, Source] = {}
    for sid, spec in node.items():
        what = f"source '{sid}'"
        spec = c.mapping(spec, what, node, sid)
        c.keys(spec, {"name", "aliases", "relay", "counts_as", "vague"}, {"name"}, what)
        out[sid] = Source(
            sid,
            c.string(spec, "name", what),
            c.strings(spec, "aliases", what),
            c.boolean(spec, "relay", what, False),
            c.strings(spec, "counts_as", what),
            c.boolean(spec, "vague", what, False),
        )
    for src in out.values():
        for other in src.counts_as:
            if other not in out:
                raise c.fail(node.get(src.id), f"source '{src.id}' counts_as unknown source '{other}'", "counts_as")
    return out


def _people(c: Checker, top: Node) -> dict[str, Person]:
    node = c.mapping(top.get("people", Node()), "'people'", top, "people")
    out: dict[str, Person] = {}
    for pid, spec in node.items():
        what = f"person '{pid}'"
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


def _word_classes(c: Checker, top: Node, key: str) -> dict[str, tuple[str, ...]]:
    node = c.mapping(top.get(key, Node()), f"'{key}'", top, key)
    return {name: c.strings(node, name, f"'{key}'") for name in node}


def _facts(
    c: Checker,
    top: Node,
    nouns: dict[str, tuple[str, ...]],
    events: dict[str, tuple[str, ...]],
    countries: dict[str, tuple[str, ...]],
) -> dict[str, FactDef]:
    items = top.get("facts")
    if not isinstance(items, list):
        raise c.fail(top, "'facts' must be a list", "facts")
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
    }
    for spec in items:
        spec = c.mapping(spec, "a fact", top, "facts")
        fid = spec.get("id", "?")
        what = f"fact '{fid}'"
        c.keys(spec, allowed, {"id", "about", "type"}, what)
        fid = c.string(spec, "id", what)
        if fid in out:
            raise c.fail(spec, f"duplicate fact id '{fid}'", "id")
        ftype = c.choice(spec, "type", what, FACT_TYPES)
        fact_nouns = c.strings(spec, "nouns", what)
        fact_events = c.strings(spec, "events", what)
        for n in fact_nouns:
            if n not in nouns:
                raise c.fail(spec, f"{what} uses unknown noun class '{n}'", "nouns")
        for e in fact_events:
            if e not in events:
                raise c.fail(spec, f"{what} uses unknown event class '{e}'", "events")
        raw_keywords = spec.get("keywords", [])
        if not isinstance(raw_keywords, list):
            raise c.fail(spec, f"'keywords' in {what} must be a list of word lists", "keywords")
        keywords = tuple(tuple([g] if isinstance(g, str) else g if isinstance(g, list) else [g]) for g in raw_keywords)
        if not all(isinstance(w, str) for g in keywords for w in g):
            raise c.fail(spec, f"'keywords' in {what} must be a list of word lists", "keywords")
        if ftype == "figure" and not fact_nouns:
            raise c.fail(spec, f"{what} is a figure fact and needs 'nouns'", "type")
        if ftype == "date" and not keywords:
            raise c.fail(spec, f"{what} is a date fact and needs 'keywords'", "type")
        resolution = None
        if "resolution" in spec:
            rnode = c.mapping(spec["resolution"], f"'resolution' of {what}", spec, "resolution")
            c.keys(rnode, {"value", "why"}, {"value", "why"}, f"'resolution' of {what}")
            resolution = Resolution(str(rnode["value"]), c.string(rnode, "why", f"'resolution' of {what}"))
        exclude = c.strings(spec, "exclude", what)
        out[fid] = FactDef(
            id=fid,
            about=c.string(spec, "about", what),
            type=ftype,
            multi_source=c.boolean(spec, "multi_source", what, False),
            nouns=fact_nouns,
            events=fact_events,
            event_optional=c.boolean(spec, "event_optional", what, not fact_events),
            keywords=keywords,
            exclude=exclude,
            parts=c.strings(spec, "parts", what),
            owners=c.strings(spec, "owners", what),
            resolution=resolution,
            line=spec.line,
            keyword_patterns=tuple(_alternation(list(g)) for g in keywords),
            exclude_pattern=_alternation(list(exclude)) if exclude else None,
        )
    for fact in out.values():
        for owner in fact.owners:
            if owner not in countries:
                raise FactlintError(f"fact '{fact.id}' names unknown country '{owner}'", f"{c.path}:{fact.line}")
        for part in fact.parts:
            if part not in out:
                raise FactlintError(f"fact '{fact.id}' lists unknown part '{part}'", f"{c.path}:{fact.line}")
    return out


def _seed_metas(root: Path) -> tuple[SeedMeta, ...]:
    path = root / "seeds.yaml"
    data = load_yaml_file(path)
    c = Checker(str(path))
    if not isinstance(data, list):
        raise FactlintError("seeds.yaml must be a list of seed entries", str(path))
    out = []
    for item in data:
        item = c.mapping(item, "a seed entry")
        c.keys(item, {"file", "outlet", "published", "lang", "title"}, {"file", "published"}, "seed entry")
        file = c.string(item, "file", "seed entry")
        published = PartialDate.parse(str(item["published"]))
        if published is None:
            raise c.fail(item, f"'published' of seed '{file}' must be YYYY-MM or YYYY-MM-DD", "published")
        if not (root / file).is_file():
            raise c.fail(item, f"seed file '{file}' does not exist", "file")
        out.append(SeedMeta(file, str(item.get("outlet", "")), published, item.line))
    return tuple(out)
