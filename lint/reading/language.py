"""A language's words for numbers, dates and attribution, compiled once from lang/<code>.yaml."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from lint.cache import patterns as pattern_cache
from lint.errors import FactlintError
from lint.yamlio import load_yaml_file

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")  # id, en, ms, pt-BR (BCP 47's shape)


CUE_MARKS = ',"”’ \t'


_Loaded = TypeVar("_Loaded", bound=type)


def by_identity(cls: _Loaded) -> _Loaded:
    """For a NamedTuple that stands for one loaded thing (a lexicon, a story) and keys
    caches: compared and hashed by identity, as a dataclass with eq=False would be."""
    methods = {"__eq__": _same, "__ne__": _not_same, "__hash__": object.__hash__}
    for name, method in methods.items():
        setattr(cls, name, method)
    return cls


def _same(self: object, other: object) -> bool:
    return self is other


def _not_same(self: object, other: object) -> bool:
    return self is not other


def cue_word(written: str, end: int) -> tuple[str, int]:
    """A prefix cue as written and where it starts, without the mark before an after-clause
    cue: ``written`` is the cue pattern's match, which ends at ``end``."""
    word = written.lstrip(CUE_MARKS)
    return word, end - len(word)


@lru_cache(maxsize=10_000)  # the same few phrases, as matched, recur in every draft
def phrase_key(text: str) -> str:
    """How a phrase is looked up in a word list: lower case, single spaces."""
    return " ".join(text.lower().split())


_Node = dict[str, "_Node"]  # a trie: each character (" " for whitespace) to the rest; "" ends a phrase


def words_pattern(
    words: list[str] | tuple[str, ...] | set[str] | frozenset[str], *, case_sensitive: bool = False
) -> str:
    """An alternation of phrases with flexible whitespace inside phrases, written as a trie
    ("menyebut(?:kan|nya)?"): the regex engine then rules a position out after a character
    or two instead of trying every phrase there, which makes scans several times faster.

    It matches exactly what the plain alternation, longest phrase first, would: at any
    position the phrases that can match form a chain of prefixes, and the trie tries the
    longer ones first. That needs siblings that cannot match the same character; under
    IGNORECASE "K" and "k" both can, so where siblings differ only in case the trie falls
    back to a plain alternation there, unless ``case_sensitive`` says the pattern is
    compiled without IGNORECASE.
    """
    phrases = {tuple(w.split()) for w in words if w.strip()}
    root: _Node = {}
    for parts in phrases:
        node = root
        for i, part in enumerate(parts):
            for char in (" " if i else "") + part:  # " " stands for \s+
                node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root, case_sensitive)


def _trie(node: _Node, case_sensitive: bool) -> str:
    chain = []  # characters every phrase below here shares, written out in one go
    while len(node) == 1 and "" not in node:
        ((char, node),) = node.items()
        chain.append(char)
    head = _literal("".join(chain))
    ends = "" in node
    keys = sorted(k for k in node if k)
    if not keys:
        return head
    if not case_sensitive and len({k.casefold() for k in keys}) < len(keys):
        suffixes = sorted(_suffixes(node), key=lambda w: (-len(w), w))
        alts = [_literal(w) for w in suffixes if w]
    else:
        alts = [_literal(k) + _trie(node[k], case_sensitive) for k in keys]
    return head + "(?:" + "|".join(alts) + (")?" if ends else ")")


def _literal(text: str) -> str:
    if text.isalnum():  # most of a word list: nothing to escape
        return text
    return r"\s+".join(re.escape(part) for part in text.split(" "))


def _suffixes(node: _Node) -> list[str]:
    return [k + rest for k, child in node.items() for rest in (_suffixes(child) if k else [""])]


def cased(words: list[str]) -> str:
    """An alternation of phrases as written, capitalised, with every word capitalised (as
    headlines write them: "Kurang Dari"), and in capitals: matching common words
    case-sensitively in these forms scans several times faster than IGNORECASE."""
    forms = set()
    for w in words:
        w = w.strip()
        if w:
            title = " ".join(part[:1].upper() + part[1:] for part in w.split(" "))
            forms.update({w, w.lower(), w[0].upper() + w[1:], title, w.upper()})
    return words_pattern(sorted(forms), case_sensitive=True)


class Qualifier(NamedTuple):
    words: str
    bound: str  # lower | upper | approx | exact


@by_identity  # one per language per run
class Lexicon(NamedTuple):
    """A language's words and the patterns made from them; compared and hashed by identity."""

    code: str
    months: dict[str, int]
    weekdays: dict[str, int]
    day_parts: tuple[str, ...]  # "Rabu malam (18/6)": between a weekday and its date
    number_words: dict[str, float]
    number_multipliers: dict[str, str]
    scales: dict[str, int]
    qualifiers: dict[str, str]  # lower-cased words -> bound
    qualifiers_after: dict[str, str]  # written after the number: "10.000 lebih"
    name_words: frozenset[str]
    ordinal_words: frozenset[str]  # "ke 3": a small number after one is an ordinal
    possessive_suffixes: tuple[str, ...]  # "tentaranya"
    idioms: tuple[str, ...]
    units: dict[str, str]
    time_markers: frozenset[str]
    time_zones: frozenset[str]
    relative_units: dict[str, str]  # "tahun" -> year
    relative_ago: tuple[str, ...]
    relative_filler: tuple[str, ...]
    relative_fixed: dict[str, str]  # "kemarin" -> yesterday
    month_past_suffix: tuple[str, ...]
    date_lead: dict[str, tuple[str, ...]]  # day | month | year -> words written before a date
    since_words: tuple[str, ...]
    since_filler: tuple[str, ...]
    pronouns: frozenset[str]
    title_words: frozenset[str]
    count_fillers: tuple[str, ...]
    month_parts: dict[str, str]
    attribution_prefix: tuple[str, ...]  # with the passive cues
    attribution_known_only: frozenset[str]  # "dikatakan Budanov", "berdasarkan NIS": a cue only before a known source
    bare_verbs: frozenset[str]  # "Budanov Sebut ...": a verb only right after its source
    negations: frozenset[str]  # "tidak menyebut"
    cue_blockers: frozenset[str]  # "di luar perkiraan Kremlin": the source is not the figure's
    places: frozenset[str]  # "di Kyiv": a place, not a speaker
    body_nouns: frozenset[str]  # "lembaga itu" points back to a body
    anonymous: frozenset[str]  # "seorang diplomat Eropa": no one named
    attribution_verbs: frozenset[str]
    agentless: frozenset[str]
    vague_agents: frozenset[str]
    source_stop: frozenset[str]
    title_heads: tuple[str, ...]
    totals: tuple[str, ...]
    abbreviations: frozenset[str]
    vague_amounts: frozenset[str]
    approx_suffixes: tuple[str, ...]  # "15.000-an": an approximate figure
    range_connectors: frozenset[str]  # "10.000 hingga 12.000"
    range_lead: tuple[str, ...]  # "antara 10.000 dan 12.000"
    range_lead_connectors: frozenset[str]
    change_words: frozenset[str]  # "naik dari 10.000 hingga 15.000": two amounts, no range
    count_heads: tuple[str, ...]  # "jumlah tentara ... mencapai 600 orang"
    owner_verbs: tuple[str, ...]  # "Rusia mengerahkan 50.000 tentara": the subject owns them
    verb_aux: tuple[str, ...]  # words between that subject and its verb ("telah")
    after_clause: tuple[str, ...]  # "..., ungkap NIS": a cue only after a comma or a quote
    demonstratives: frozenset[str]  # "pejabat itu": points back to a source named earlier
    topics: frozenset[str]  # "penilaian terhadap Korea Utara": a name after these is the topic
    # compiled
    re_qualifier_before: re.Pattern[str]
    re_qualifier_after: re.Pattern[str] | None
    re_idiom: re.Pattern[str] | None
    re_prefix_cue: re.Pattern[str]
    re_verb_cue: re.Pattern[str]
    re_agentless: re.Pattern[str]
    re_total_before: re.Pattern[str]
    re_past: re.Pattern[str] | None  # "semula", "sebelumnya": the figure after it is history
    re_present: re.Pattern[str] | None  # "kini": ... unless this comes between
    re_title_head: re.Pattern[str]

    def month(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip("."))

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(word.lower())


def _str_list(data: Any, key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FactlintError(f"'{key}' must be a list of strings", where)
    return value


def _after_clause(words: tuple[str, ...]) -> str:
    """Cues that count only right after a comma or a closing quote: "..., ungkap NIS". The
    match starts at the mark; ``cue_word`` strips it."""
    if not words:
        return ""
    alts = cased(list(words))
    return rf"""|[,"”’]\s?(?:{alts})(?![\w-])"""  # the mark is part of the match: far faster to scan


def _word_list_pattern(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words``, whole, in any case; None for no words."""
    return pattern_cache.compile(rf"(?<![\w-])(?:{cased(words)})(?![\w-])") if words else None


@cache
def load_lexicon(code: str = "id") -> Lexicon:
    """Load and compile the lexicon for a language code; cached per process. The code names
    one of factlint's own lexicons, never a path ('../..' would read any YAML file)."""
    path = LANG_DIR / f"{code}.yaml"
    if not _LANGUAGE_CODE.fullmatch(code) or not path.is_file():
        known = ", ".join(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))
        raise FactlintError(f"no lexicon for language {code!r} (known: {known})")
    data = load_yaml_file(path)
    where = str(path)
    attribution = data.get("attribution", {})
    qualifiers = {str(q["words"]).lower(): str(q["bound"]) for q in data.get("qualifiers", [])}
    after = {str(q["words"]).lower(): str(q["bound"]) for q in data.get("qualifiers_after", [])}
    relative = data.get("relative", {})
    ranges = data.get("ranges", {})
    passive = tuple(_str_list(attribution, "passive", where))
    prefix = (*_str_list(attribution, "prefix", where), *passive)
    bare_verbs = frozenset(w.lower() for w in _str_list(attribution, "bare_verbs", where))
    verbs = frozenset(_str_list(attribution, "verbs", where)) | bare_verbs
    agentless = frozenset(_str_list(attribution, "agentless", where))
    totals = tuple(_str_list(data, "totals", where))
    after_clause = tuple(_str_list(attribution, "after_clause", where))
    idioms = tuple(_str_list(data, "idioms", where))
    heads = tuple(_str_list(data, "title_heads", where))
    flags = re.IGNORECASE
    return Lexicon(
        code=code,
        months={str(k).lower(): int(v) for k, v in data["months"].items()},
        weekdays={str(k).lower(): int(v) for k, v in data["weekdays"].items()},
        day_parts=tuple(w.lower() for w in _str_list(data, "day_parts", where)),
        number_words={str(k).lower(): float(v) for k, v in data["number_words"].items()},
        number_multipliers={str(k): str(v) for k, v in data["number_multipliers"].items()},
        scales={str(k).lower(): int(v) for k, v in data["scales"].items()},
        qualifiers=qualifiers,
        qualifiers_after=after,
        name_words=frozenset(w.lower() for w in _str_list(data, "name_words", where)),
        ordinal_words=frozenset(w.lower() for w in _str_list(data, "ordinal_words", where)),
        possessive_suffixes=tuple(w.lower() for w in _str_list(data, "possessive_suffixes", where)),
        idioms=idioms,
        units={str(k).lower(): str(v) for k, v in data.get("units", {}).items()},
        time_markers=frozenset(_str_list(data, "time_markers", where)),
        time_zones=frozenset(_str_list(data, "time_zones", where)),
        relative_units={str(k).lower(): str(v) for k, v in relative.get("units", {}).items()},
        relative_ago=tuple(_str_list(relative, "ago", where)),
        relative_filler=tuple(_str_list(relative, "filler", where)),
        relative_fixed={str(k).lower(): str(v) for k, v in relative.get("fixed", {}).items()},
        month_past_suffix=tuple(_str_list(relative, "month_past_suffix", where)),
        date_lead={
            str(k): tuple(_str_list(data.get("date_lead", {}), str(k), where)) for k in data.get("date_lead", {})
        },
        since_words=tuple(_str_list(data, "since", where)),
        since_filler=tuple(_str_list(data, "since_filler", where)),
        pronouns=frozenset(w.lower() for w in _str_list(attribution, "pronouns", where)),
        title_words=frozenset(w.lower() for w in _str_list(data, "title_words", where)),
        count_fillers=tuple(_str_list(data, "count_fillers", where)),
        month_parts={str(k).lower(): str(v) for k, v in data.get("month_parts", {}).items()},
        attribution_prefix=prefix,
        attribution_known_only=frozenset(w.lower() for w in (*passive, *_str_list(attribution, "named_only", where))),
        bare_verbs=bare_verbs,
        negations=frozenset(w.lower() for w in _str_list(attribution, "negations", where)),
        cue_blockers=frozenset(" ".join(w.lower().split()) for w in _str_list(attribution, "cue_blockers", where)),
        places=frozenset(w.lower() for w in _str_list(attribution, "places", where)),
        body_nouns=frozenset(w.lower() for w in _str_list(attribution, "body_nouns", where)),
        anonymous=frozenset(w.lower() for w in _str_list(attribution, "anonymous", where)),
        attribution_verbs=verbs,
        agentless=agentless,
        vague_agents=frozenset(w.lower() for w in _str_list(attribution, "vague_agents", where)),
        source_stop=frozenset(w.lower() for w in _str_list(attribution, "stop", where)),
        title_heads=heads,
        totals=totals,
        abbreviations=frozenset(w.lower() for w in _str_list(data, "abbreviations", where)),
        vague_amounts=frozenset(w.lower() for w in _str_list(data, "vague_amounts", where)),
        approx_suffixes=tuple(_str_list(data, "approx_suffixes", where)),
        range_connectors=frozenset(w.lower() for w in _str_list(ranges, "connectors", where)),
        # longest first: "berkisar antara" before "antara"
        range_lead=tuple(sorted((w.lower() for w in _str_list(ranges, "lead", where)), key=len, reverse=True)),
        range_lead_connectors=frozenset(w.lower() for w in _str_list(ranges, "lead_connectors", where)),
        change_words=frozenset(w.lower() for w in _str_list(ranges, "change_words", where)),
        count_heads=tuple(_str_list(data, "count_heads", where)),
        owner_verbs=tuple(_str_list(data, "owner_verbs", where)),
        verb_aux=tuple(_str_list(data, "verb_aux", where)),
        after_clause=after_clause,
        demonstratives=frozenset(w.lower() for w in _str_list(attribution, "demonstratives", where)),
        topics=frozenset(w.lower() for w in _str_list(attribution, "topics", where)),
        re_qualifier_before=pattern_cache.compile(rf"(?<![\w-])({cased(list(qualifiers))})\s*$"),
        re_qualifier_after=pattern_cache.compile(rf"\s+({cased(list(after))})(?![\w-])") if after else None,
        re_idiom=pattern_cache.compile(rf"\b(?:{cased(list(idioms))})\b") if idioms else None,
        re_prefix_cue=pattern_cache.compile(
            rf"(?<![\w-])(?:{cased(list(prefix))})(?![\w-])(?:nya\b)?{_after_clause(after_clause)}"
        ),
        re_verb_cue=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(verbs))})(?![\w-])"),
        re_agentless=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(agentless))})(?![\w-])"),
        re_past=_word_list_pattern(_str_list(data, "past_markers", where)),
        re_present=_word_list_pattern(_str_list(data, "present_markers", where)),
        re_total_before=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(totals))})\s*(?:[:=]\s*)?$"),
        re_title_head=pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(heads)})(?![\w-])", flags),
    )
