"""A story's words in one language: the names of its sources, what its figures count, what
happened to what they count, countries, and the keywords of its dated events.

facts.yaml gives them in the story's language; its ``languages:`` section adds other
languages' words for the same classes and facts (``languages: {en: {nouns: {troops: [troops,
soldiers]}}}``), so a draft in English is matched to the same facts as one in Indonesian.
Sources' names and aliases hold in every language, with a language's own aliases added.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.i18n import N_, _
from lint.reading.words import phrase_key, words_pattern

if TYPE_CHECKING:
    from lint.facts.story import FactDef

_FLAGS = re.IGNORECASE
WordClasses = Mapping[str, tuple[str, ...]]
# A word in two classes of one facts.yaml section, by the section.
_IN_TWO_CLASSES = {
    "nouns": N_("'{word}' is in two noun classes, '{first}' and '{second}'"),
    "events": N_("'{word}' is in two event classes, '{first}' and '{second}'"),
    "countries": N_("'{word}' is in two country classes, '{first}' and '{second}'"),
}


class LanguageWords(NamedTuple):
    """What facts.yaml says about one language: words by class, and keywords by fact."""

    aliases: WordClasses  # source id -> more names for it in this language
    nouns: WordClasses
    events: WordClasses
    countries: WordClasses
    keywords: Mapping[str, tuple[tuple[str, ...], ...]]  # date fact id -> keyword groups
    exclude: Mapping[str, tuple[str, ...]]  # date fact id -> phrases that rule a sentence out


class DateKeywords(NamedTuple):
    """How a sentence about a dated event is recognised in one language."""

    fact: FactDef
    groups: tuple[tuple[str, ...], ...]
    patterns: tuple[re.Pattern[str], ...]
    exclude: re.Pattern[str] | None

    def match(self, sentence: str) -> list[int] | None:
        """Offsets of the first keyword of each group, or None if a group is missing or an
        excluded phrase is there."""
        hits = []
        for pattern in self.patterns:
            m = pattern.search(sentence)
            if not m:
                return None
            hits.append(m.start())
        if self.exclude and self.exclude.search(sentence):
            return None  # looked for last: most sentences already lack a keyword
        return hits


@dataclass(frozen=True, eq=False, slots=True)
class Vocabulary:
    """The story's words in one language, as patterns and lookup tables."""

    lang: str
    source_pattern: re.Pattern[str]
    source_by_alias: dict[str, str]
    noun_pattern: re.Pattern[str] | None
    noun_by_word: dict[str, str]
    event_pattern: re.Pattern[str] | None
    event_by_word: dict[str, str]
    country_pattern: re.Pattern[str] | None
    country_by_word: dict[str, str]
    date_facts: tuple[DateKeywords, ...]  # every dated sentence is checked against these

    def source_id(self, alias: str) -> str | None:
        return self.source_by_alias.get(phrase_key(alias))


def alternation(words: list[str]) -> re.Pattern[str]:
    """Any of ``words``, whole, in any case; but an acronym ("AS", "NIS") only in capitals:
    Indonesian "AS" is the United States, English "as" a common word."""
    acronyms = sorted(w for w in words if _ACRONYM.fullmatch(w))
    rest = [w for w in words if not _ACRONYM.fullmatch(w)]
    alts = [words_pattern(rest)] if rest else []
    if acronyms:
        alts.append(rf"(?-i:{words_pattern(acronyms)})")
    return pattern_cache.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", _FLAGS)


_ACRONYM = pattern_cache.compile(r"[A-Z]{2,4}")


def _written_acronyms(forms: set[str]) -> list[str]:
    """The forms of an alias to match case-sensitively: all of them, when every one is an
    acronym ("AS"); none otherwise ("Kremlin" written "kremlin" too)."""
    return sorted(forms) if all(_ACRONYM.fullmatch(f) for f in forms) else []


class Clash(NamedTuple):
    """A word that would mean two things: the facts.yaml section it is in, and the error."""

    section: str  # sources, nouns, events or countries
    message: str


def _by_word(classes: WordClasses, section: str, clashes: list[Clash]) -> dict[str, str]:
    """Each word's class; a word in two classes is a clash (which would it be?)."""
    out: dict[str, str] = {}
    for name, words in classes.items():
        for word in words:
            key = phrase_key(word)
            if out.get(key, name) != name:
                message = _(_IN_TWO_CLASSES[section]).format(word=word, first=out[key], second=name)
                clashes.append(Clash(section, message))
            out[key] = name
    return out


def build_vocabulary(
    lang: str,
    aliases: Mapping[str, tuple[str, ...]],
    words: LanguageWords,
    facts: Mapping[str, FactDef],
) -> tuple[Vocabulary, list[Clash]]:
    """The vocabulary for ``lang`` from every source's names (``aliases``, by source id) and
    the language's words; with the aliases and words that name two things (an error for the caller)."""
    alias_map: dict[str, str] = {}
    clashes: list[Clash] = []
    written: dict[str, set[str]] = {}  # each alias key as facts.yaml writes it: "AS" stays an acronym
    for sid, names in aliases.items():
        for alias in (*names, *words.aliases.get(sid, ())):
            key = phrase_key(alias)
            written.setdefault(key, set()).add(alias.strip())
            other = alias_map.get(key)
            if other and other != sid:
                message = _("alias '{alias}' names both '{first}' and '{second}'")
                clashes.append(Clash("sources", message.format(alias=alias, first=other, second=sid)))
            alias_map[key] = sid
    noun_map = _by_word(words.nouns, "nouns", clashes)
    event_map = _by_word(words.events, "events", clashes)
    country_map = _by_word(words.countries, "countries", clashes)
    date_facts = []
    for fact in facts.values():
        groups = words.keywords.get(fact.id, ())
        if fact.type != "date" or not groups:
            continue
        exclude = words.exclude.get(fact.id, ())
        date_facts.append(
            DateKeywords(
                fact,
                groups,
                tuple(alternation(list(g)) for g in groups),
                alternation(list(exclude)) if exclude else None,
            )
        )
    vocabulary = Vocabulary(
        lang=lang,
        source_pattern=alternation([w for key in alias_map for w in (_written_acronyms(written[key]) or [key])]),
        source_by_alias=alias_map,
        noun_pattern=alternation(list(noun_map)) if noun_map else None,
        noun_by_word=noun_map,
        event_pattern=alternation(list(event_map)) if event_map else None,
        event_by_word=event_map,
        country_pattern=alternation(list(country_map)) if country_map else None,
        country_by_word=country_map,
        date_facts=tuple(date_facts),
    )
    return vocabulary, clashes
