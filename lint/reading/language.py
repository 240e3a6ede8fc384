"""A language's words for numbers, dates and attribution, compiled once from lang/<code>.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.errors import FactlintError
from lint.i18n import _
from lint.reading.words import cased, words_pattern
from lint.schema import Checker
from lint.yamlio import load_yaml_file

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
BUILT_IN = (LANG_DIR,)  # factlint's own packs; a story may have a lang/ of its own before them
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")  # id, en, ms, pt-BR (BCP 47's shape)


CUE_MARKS = ',"”’ \t'


def cue_word(written: str, end: int) -> tuple[str, int]:
    """A prefix cue as written and where it starts, without the mark before an after-clause
    cue: ``written`` is the cue pattern's match, which ends at ``end``."""
    word = written.lstrip(CUE_MARKS)
    return word, end - len(word)


class Qualifier(NamedTuple):
    words: str
    bound: str  # lower | upper | approx | exact


@dataclass(frozen=True, eq=False, slots=True)
class Lexicon:
    """A language's words and the patterns made from them. One per language per run:
    compared and hashed by identity, as every loaded thing is."""

    code: str
    path: Path  # the pack it was loaded from
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
    relative_last: tuple[str, ...]  # "last year", "last Tuesday", "last November": the latest before
    month_alone_lead: tuple[str, ...]  # "in January": the latest January not after the draft's month
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
    roles: tuple[str, ...]  # "anggota parlemen": a role that names a source, longest first
    qualified_roles: frozenset[str]  # "pejabat", "official": a source only with a country or body named
    attribution_verbs: frozenset[str]
    agentless: tuple[str, ...]  # in the pack's order
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
    change_from: tuple[str, ...]  # "naik dari 10.000 hingga 15.000": "dari" after a change word
    # grammar
    thousands: str  # "10.000"
    decimal: str  # "1,5 juta"
    numeric_date_order: str  # dmy: "17/6/2025"
    textual_date_orders: tuple[str, ...]  # dmy "17 Juni 2025"; mdy "June 17, 2025"
    day_suffixes: tuple[str, ...]  # "June 17th"
    title_order: str  # head_first "Menteri Pertahanan Rusia"; head_last "Russian defense minister"
    month_abbreviations: frozenset[str]  # read as months only right after a day number ("22 Okt")
    front_matter_languages: tuple[str, ...]  # dateparser's languages for a free-form front matter date
    front_matter_order: str  # and its order of day, month and year (DMY)
    complementizers: tuple[str, ...]  # "bahwa": what a verb before it says follows it
    re_complementizer: re.Pattern[str] | None
    relative_pronouns: tuple[str, ...]  # "yang": ", yang membantah klaim NIS," is an aside
    namely: tuple[str, ...]  # "yakni": "berbeda dengan perkiraan NIS, yakni 1.500"
    agent_markers: tuple[str, ...]  # "oleh": "dilaporkan oleh NIS"
    pronoun_suffixes: tuple[str, ...]  # "-nya": "menurutnya" points back
    possessive_pronouns: frozenset[str]  # "its": "by its estimate" points back
    count_verbs: tuple[str, ...]  # "berjumlah": "pasukan yang berjumlah 25.000 orang"
    coordinators: frozenset[str]  # "dan": figures joined by one share the verb before them
    contrast_words: frozenset[str]  # "namun": a second clause of the same subject
    share_after: re.Pattern[str] | None  # "di antaranya": the figure is a part of one given before
    perfect_markers: frozenset[str]  # "telah": "kini telah mengirim" is a total, not those there now
    re_now: re.Pattern[str] | None  # "kini": what happened is told as the state now
    # "Pengakuan itu dimuat KCNA pada Minggu (27/4/2025)": a sentence that opens on a noun for
    # an event and a word pointing back dates the event the sentence before told
    re_event_anaphor: re.Pattern[str] | None
    # a sentence opening on the figure before it, to say who gave it: "Angka itu diungkap NIS"
    re_figure_anaphor: re.Pattern[str] | None
    # pictures told of before, where a figure was seen: "dalam tayangan tersebut", "in the footage"
    re_media_anaphor: re.Pattern[str] | None
    re_media: re.Pattern[str] | None  # the pictures themselves, told of: "menayangkan rekaman", "aired footage"
    # a figure counting more beside an earlier count, or one wave of it: "tambahan 1.500",
    # "1.500 tentara tambahan", "another 1,500", "gelombang pertama, sekitar 1.500"
    re_increment_before: re.Pattern[str] | None
    # a source's figure told as its revision: "NIS merevisi perkiraannya", "kini memperkirakan"
    re_revision: re.Pattern[str] | None
    re_increment_after: re.Pattern[str] | None
    ellipsis_words: frozenset[str]  # "2.700 lainnya": more of what the figure before counts
    former_words: frozenset[str]  # "mantan Menteri Pertahanan": an office held before
    title_articles: frozenset[str]  # "Ron Huisken, seorang ahli strategi ...": not part of the title
    definite_articles: frozenset[str]  # "the officials told ...": a noun pointing back
    affiliation_markers: frozenset[str]  # "ahli strategi dari Universitas Nasional Australia"
    institution_words: frozenset[str]  # "Universitas": an affiliation names an institution, not a place
    re_collective: re.Pattern[str] | None  # "ketiga tawanan": all three, counted before
    collective_words: tuple[str, ...]  # its words ("kedua", "ketiga"), for the scan
    re_inside_before: re.Pattern[str] | None  # "Di dalamnya disebutkan ...": in what was told before
    parts_after: re.Pattern[str] | None  # "4.700 korban, terdiri atas ...": the parts of the total follow
    re_perfect: re.Pattern[str] | None
    # compiled
    re_qualifier_before: re.Pattern[str]
    re_qualifier_after: re.Pattern[str] | None
    re_idiom: re.Pattern[str] | None
    re_prefix_cue: re.Pattern[str]
    re_verb_cue: re.Pattern[str]
    re_agentless: re.Pattern[str]
    re_total_before: re.Pattern[str]
    re_total_subject: re.Pattern[str]  # "Dengan demikian, total korban ...": a sentence about a total
    re_past: re.Pattern[str] | None  # "semula", "sebelumnya": the figure after it is history
    re_present: re.Pattern[str] | None  # "kini": ... unless this comes between
    re_future: re.Pattern[str] | None  # "akan": the figure after it is a plan
    re_title_head: re.Pattern[str]
    re_clause_break: re.Pattern[str]  # where a clause a verb may report starts ("bahwa", a quote)
    re_aside: re.Pattern[str]  # ", yang ...,": an aside whose names speak for no one
    re_namely: re.Pattern[str]

    def month(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip("."))

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(word.lower())


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


def _inside_before(containers: list[str], demonstratives: list[str], suffixes: list[str]) -> re.Pattern[str] | None:
    """A sentence opening inside what was told before: a container word, then a word with a
    pointing-back suffix ("Di dalamnya") or a noun and a demonstrative ("Dalam unggahan itu")."""
    if not containers or not (demonstratives or suffixes):
        return None
    word = r"[^\W\d_][\w-]*"
    forms = []
    if suffixes:
        forms.append(rf"[^\W\d_]+(?:{words_pattern(suffixes)})")
    if demonstratives:
        forms.append(rf"{word}(?:\s+{word})?\s+(?:{words_pattern(demonstratives)})")
    return pattern_cache.compile(rf"\W*(?:{words_pattern(containers)})\s+(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def _media_anaphor(nouns: list[str], pointers: list[str]) -> re.Pattern[str] | None:
    """Pictures pointed back at anywhere in a sentence: a noun and a demonstrative after it
    ("rekaman itu") or an article before it ("the footage")."""
    if not nouns or not pointers:
        return None
    noun, dem = words_pattern(nouns), words_pattern(pointers)
    return pattern_cache.compile(
        rf"(?<![\w-])(?:(?:{noun})\s+(?:{dem})|(?:{dem})\s+(?:{noun}))(?![\w-])", re.IGNORECASE
    )


def _phrase_after_pattern(phrases: list[str], comma: bool) -> re.Pattern[str] | None:
    """One of ``phrases`` right after a position, past spaces (and a comma, with ``comma``: "6.000
    tentara, di antaranya 1.000 insinyur" opens a list; "1.000 insinyur di antaranya" is a share)."""
    if not phrases:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))
    lead = r"[ \t]*,?[ \t]*" if comma else r"[ \t]*"
    return pattern_cache.compile(rf"{lead}(?:{alts})(?![\w-])", re.IGNORECASE)


def _small_number_words(number_words: dict[str, float]) -> list[str]:
    return [w.lower() for w, v in number_words.items() if 2 <= v <= 10 and float(v).is_integer() and " " not in w]


def _collective(prefixes: list[str], number_words: dict[str, float]) -> re.Pattern[str] | None:
    """A prefix and a number word from two to ten, as one word: "kedua", "ketiga" (all two, all
    three of a group); the number word is the pattern's group 1."""
    small = _small_number_words(number_words)
    if not prefixes or not small:
        return None
    return pattern_cache.compile(
        rf"(?<![\w-])(?:{words_pattern(prefixes)})({words_pattern(small)})(?![\w-])", re.IGNORECASE
    )


def _event_anaphor(shapes: list[str], demonstratives: list[str]) -> re.Pattern[str] | None:
    """A sentence's opening words naming an event and pointing back: an event noun (by its
    shapes, "pe*an": a word of at least two letters in place of the star) with a demonstrative
    up to two words after it ("Pengakuan resmi itu") or one word before it ("This announcement")."""
    if not shapes or not demonstratives:
        return None
    noun = "|".join(
        "".join(r"[^\W\d_]{2,}" if part == "*" else re.escape(part) for part in re.split(r"(\*)", shape))
        for shape in shapes
    )
    dem = words_pattern(demonstratives)
    word = r"[^\W\d_][\w-]*"
    return pattern_cache.compile(
        rf"\W*(?:{word}\s+)?(?:(?:{noun})\s+(?:{word}\s+){{0,2}}?(?:{dem})|(?:{dem})\s+(?:{word}\s+)?(?:{noun}))(?![\w-])",
        re.IGNORECASE,
    )


# What a language pack (lang/<code>.yaml) holds. Every key is required, so a pack says what
# it leaves out with an empty list; a key not here is a mistake (a misspelt key would
# otherwise leave its words silently unread).
_LIST, _MAP_INT, _MAP_NUM, _MAP_STR, _QUALIFIERS, _STR = "list", "map_int", "map_num", "map_str", "qualifiers", "str"
_MAP_MULTIPLIER = "map_multiplier"  # "belas": teen, "puluh": 10
_SCHEMA: dict[str, Any] = {
    "months": _MAP_INT,
    "weekdays": _MAP_INT,
    "day_parts": _LIST,
    "number_words": _MAP_NUM,
    "number_multipliers": _MAP_MULTIPLIER,
    "scales": _MAP_INT,
    "vague_amounts": _LIST,
    "approx_suffixes": _LIST,
    "ranges": {
        "connectors": _LIST,
        "lead": _LIST,
        "lead_connectors": _LIST,
        "change_words": _LIST,
        "change_from": _LIST,
    },
    "qualifiers_after": _QUALIFIERS,
    "qualifiers": _QUALIFIERS,
    "name_words": _LIST,
    "possessive_suffixes": _LIST,
    "ordinal_words": _LIST,
    "idioms": _LIST,
    "units": _MAP_STR,
    "time_markers": _LIST,
    "time_zones": _LIST,
    "count_fillers": _LIST,
    "count_heads": _LIST,
    "owner_verbs": _LIST,
    "verb_aux": _LIST,
    "relative": {
        "units": _MAP_STR,
        "ago": _LIST,
        "filler": _LIST,
        "fixed": _MAP_STR,
        "month_past_suffix": _LIST,
        "last": _LIST,
        "month_alone_lead": _LIST,
    },
    "date_lead": {"day": _LIST, "month": _LIST, "year": _LIST},
    "since": _LIST,
    "past_markers": _LIST,
    "present_markers": _LIST,
    "future_markers": _LIST,
    "since_filler": _LIST,
    "month_parts": _MAP_STR,
    "attribution": {
        key: _LIST
        for key in (
            "prefix",
            "passive",
            "named_only",
            "after_clause",
            "verbs",
            "bare_verbs",
            "cue_blockers",
            "negations",
            "places",
            "body_nouns",
            "anonymous",
            "roles",
            "qualified_roles",
            "agentless",
            "pronouns",
            "demonstratives",
            "vague_agents",
            "stop",
            "topics",
        )
    },
    "title_words": _LIST,
    "title_heads": _LIST,
    "totals": _LIST,
    "abbreviations": _LIST,
    "grammar": {
        "thousands_separator": _STR,
        "decimal_separator": _STR,
        "numeric_date_order": _STR,
        "textual_date_orders": _LIST,
        "day_suffixes": _LIST,
        "title_order": _STR,
        "month_abbreviations": _LIST,
        "front_matter_dates": {"languages": _LIST, "order": _STR},
        "complementizers": _LIST,
        "relative_pronouns": _LIST,
        "namely": _LIST,
        "agent_markers": _LIST,
        "pronoun_suffixes": _LIST,
        "possessive_pronouns": _LIST,
        "count_verbs": _LIST,
        "coordinators": _LIST,
        "contrast_words": _LIST,
        "share_after": _LIST,
        "perfect_markers": _LIST,
        "now_markers": _LIST,
        "event_nouns": _LIST,
        "figure_nouns": _LIST,
        "media_nouns": _LIST,
        "increment_before": _LIST,
        "revision_words": _LIST,
        "increment_after": _LIST,
        "ellipsis_words": _LIST,
        "former_words": _LIST,
        "title_articles": _LIST,
        "definite_articles": _LIST,
        "affiliation_markers": _LIST,
        "institution_words": _LIST,
        "collective_prefixes": _LIST,
        "container_words": _LIST,
        "parts_after": _LIST,
    },
}
# Lists a language cannot do without: an empty one would leave every date or number unread.
_NOT_EMPTY = {"months", "weekdays", "number_words", "scales"}
_BOUNDS = ("lower", "upper", "approx", "exact")
_DATE_ORDERS = ("dmy", "mdy", "ymd")
_TITLE_ORDERS = ("head_first", "head_last")


def _validate(c: Checker, node: Any, spec: dict[str, Any], path: str = "", parent: Any = None) -> None:
    """Every key of ``spec`` in ``node``, none other, each of its type; errors name file:line.
    ``path`` is where ``node`` is in the pack ("grammar"), empty at the top."""
    what = f"'{path}'" if path else _("the language pack")
    node = c.mapping(node, what, parent, path.rpartition(".")[2] or None)
    for name in node:
        if name not in spec:
            import difflib  # for a mistaken key only

            close = difflib.get_close_matches(str(name), list(spec), n=1)
            if close:
                message = _("unknown key '{key}' in {what} (did you mean '{close}'?)").format(
                    key=name, what=what, close=close[0]
                )
            else:
                message = _("unknown key '{key}' in {what}").format(key=name, what=what)
            raise c.fail(node, message, name)
    for name, kind in spec.items():
        if name not in node:
            raise c.fail(node, _("missing key '{key}' in {what}").format(key=name, what=what))
        value = node[name]
        inner = f"{path}.{name}" if path else name
        label = f"'{inner}'"
        if isinstance(kind, dict):
            _validate(c, value, kind, inner, node)
        elif kind == _LIST:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise c.fail(node, _("{label} must be a list of words").format(label=label), name)
        elif kind == _STR:
            if not isinstance(value, str) or not value:
                raise c.fail(node, _("{label} must be a string").format(label=label), name)
        elif kind == _QUALIFIERS:
            if not isinstance(value, list):
                raise c.fail(node, _("{label} must be a list of {{words, bound}}").format(label=label), name)
            entry_of = _("an entry of {label}").format(label=label)
            for item in value:
                entry = c.mapping(item, entry_of, node, name)
                c.keys(entry, {"words", "bound"}, {"words", "bound"}, entry_of)
                c.string(entry, "words", entry_of)
                c.choice(entry, "bound", entry_of, _BOUNDS)
        else:
            types = {_MAP_INT: (int,), _MAP_NUM: (int, float), _MAP_STR: (str,), _MAP_MULTIPLIER: (int, str)}[kind]
            mapping = c.mapping(value, label, node, name)
            for k, v in mapping.items():
                if not isinstance(v, types) or isinstance(v, bool):
                    raise c.fail(
                        mapping,
                        _("{label}: '{key}' must map to a {type}").format(label=label, key=k, type=types[0].__name__),
                        k,
                    )
        if name in _NOT_EMPTY and not value:
            raise c.fail(node, _("{label} must not be empty").format(label=label), name)


def known_languages(dirs: tuple[Path, ...] = BUILT_IN) -> list[str]:
    """The codes of the language packs in ``dirs``."""
    return sorted({p.stem for d in dirs if d.is_dir() for p in d.glob("*.yaml")})


def pack_path(code: str, dirs: tuple[Path, ...] = BUILT_IN) -> Path:
    """The language pack for ``code``: the first ``dirs`` has (a story's own ``lang/`` comes
    before factlint's). An unknown code is a one-line error naming the languages there are; a
    code is a language's code (``id``, ``pt-BR``), never a path."""
    if _LANGUAGE_CODE.fullmatch(code):
        for directory in dirs:
            path = directory / f"{code}.yaml"
            if path.is_file():
                return path
    raise FactlintError(
        _("unknown language '{code}' (factlint reads: {known})").format(
            code=code, known=", ".join(known_languages(dirs))
        )
    )


@cache
def load_lexicon(code: str = "id", dirs: tuple[Path, ...] = BUILT_IN) -> Lexicon:
    """Load, validate and compile the language pack for a language code; cached per process."""
    path = pack_path(code, dirs)
    data = load_yaml_file(path)
    _validate(Checker(str(path)), data, _SCHEMA)
    grammar = data["grammar"]
    for key, choices in (("numeric_date_order", _DATE_ORDERS), ("title_order", _TITLE_ORDERS)):
        if grammar[key] not in choices:
            raise Checker(str(path)).fail(
                grammar, _("'grammar.{key}' must be one of {choices}").format(key=key, choices=", ".join(choices)), key
            )
    for order in grammar["textual_date_orders"]:
        if order not in ("dmy", "mdy"):
            raise Checker(str(path)).fail(
                grammar, _("'grammar.textual_date_orders' may hold dmy and mdy"), "textual_date_orders"
            )
    return _compile(code, data, path)


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


def _compile(code: str, data: Any, path: Path) -> Lexicon:
    attribution, relative, ranges, grammar = data["attribution"], data["relative"], data["ranges"], data["grammar"]
    qualifiers = {str(q["words"]).lower(): str(q["bound"]) for q in data["qualifiers"]}
    after = {str(q["words"]).lower(): str(q["bound"]) for q in data["qualifiers_after"]}
    passive = tuple(attribution["passive"])
    prefix = (*attribution["prefix"], *passive)
    bare_verbs = _words(attribution["bare_verbs"])
    verbs = frozenset(attribution["verbs"]) | bare_verbs
    agentless = tuple(attribution["agentless"])
    totals = tuple(data["totals"])
    after_clause = tuple(attribution["after_clause"])
    idioms = tuple(data["idioms"])
    heads = tuple(data["title_heads"])
    flags = re.IGNORECASE
    return Lexicon(
        code=code,
        path=path,
        months={str(k).lower(): int(v) for k, v in data["months"].items()},
        weekdays={str(k).lower(): int(v) for k, v in data["weekdays"].items()},
        day_parts=tuple(w.lower() for w in data["day_parts"]),
        number_words={str(k).lower(): float(v) for k, v in data["number_words"].items()},
        number_multipliers={str(k): str(v) for k, v in data["number_multipliers"].items()},
        scales={str(k).lower(): int(v) for k, v in data["scales"].items()},
        qualifiers=qualifiers,
        qualifiers_after=after,
        name_words=_words(data["name_words"]),
        ordinal_words=_words(data["ordinal_words"]),
        possessive_suffixes=tuple(w.lower() for w in data["possessive_suffixes"]),
        idioms=idioms,
        units={str(k).lower(): str(v) for k, v in data["units"].items()},
        time_markers=frozenset(data["time_markers"]),
        time_zones=frozenset(data["time_zones"]),
        relative_units={str(k).lower(): str(v) for k, v in relative["units"].items()},
        relative_ago=tuple(relative["ago"]),
        relative_filler=tuple(relative["filler"]),
        relative_fixed={str(k).lower(): str(v) for k, v in relative["fixed"].items()},
        month_past_suffix=tuple(relative["month_past_suffix"]),
        relative_last=tuple(relative["last"]),
        month_alone_lead=tuple(relative["month_alone_lead"]),
        date_lead={str(k): tuple(v) for k, v in data["date_lead"].items()},
        since_words=tuple(data["since"]),
        since_filler=tuple(data["since_filler"]),
        pronouns=_words(attribution["pronouns"]),
        title_words=_words(data["title_words"]),
        count_fillers=tuple(data["count_fillers"]),
        month_parts={str(k).lower(): str(v) for k, v in data["month_parts"].items()},
        attribution_prefix=prefix,
        attribution_known_only=_words([*passive, *attribution["named_only"]]),
        bare_verbs=bare_verbs,
        negations=_words(attribution["negations"]),
        cue_blockers=frozenset(" ".join(w.lower().split()) for w in attribution["cue_blockers"]),
        places=_words(attribution["places"]),
        body_nouns=_words(attribution["body_nouns"]),
        anonymous=_words(attribution["anonymous"]),
        roles=tuple(sorted((" ".join(w.lower().split()) for w in attribution["roles"]), key=len, reverse=True)),
        qualified_roles=_words(attribution["qualified_roles"]),
        attribution_verbs=verbs,
        agentless=agentless,
        vague_agents=_words(attribution["vague_agents"]),
        source_stop=_words(attribution["stop"]),
        title_heads=heads,
        totals=totals,
        abbreviations=_words(data["abbreviations"]),
        vague_amounts=_words(data["vague_amounts"]),
        approx_suffixes=tuple(data["approx_suffixes"]),
        range_connectors=_words(ranges["connectors"]),
        # longest first: "berkisar antara" before "antara"
        range_lead=tuple(sorted((w.lower() for w in ranges["lead"]), key=len, reverse=True)),
        range_lead_connectors=_words(ranges["lead_connectors"]),
        change_words=_words(ranges["change_words"]),
        change_from=tuple(w.lower() for w in ranges["change_from"]),
        count_heads=tuple(data["count_heads"]),
        owner_verbs=tuple(data["owner_verbs"]),
        verb_aux=tuple(data["verb_aux"]),
        after_clause=after_clause,
        demonstratives=_words(attribution["demonstratives"]),
        topics=_words(attribution["topics"]),
        thousands=grammar["thousands_separator"],
        decimal=grammar["decimal_separator"],
        numeric_date_order=grammar["numeric_date_order"],
        textual_date_orders=tuple(grammar["textual_date_orders"]),
        day_suffixes=tuple(grammar["day_suffixes"]),
        title_order=grammar["title_order"],
        month_abbreviations=_words(grammar["month_abbreviations"]),
        front_matter_languages=tuple(grammar["front_matter_dates"]["languages"]),
        front_matter_order=grammar["front_matter_dates"]["order"],
        complementizers=tuple(grammar["complementizers"]),
        re_complementizer=_word_list_pattern(grammar["complementizers"]),
        relative_pronouns=tuple(w.lower() for w in grammar["relative_pronouns"]),
        namely=tuple(grammar["namely"]),
        agent_markers=tuple(w.lower() for w in grammar["agent_markers"]),
        pronoun_suffixes=tuple(w.lower() for w in grammar["pronoun_suffixes"]),
        possessive_pronouns=_words(grammar["possessive_pronouns"]),
        count_verbs=tuple(w.lower() for w in grammar["count_verbs"]),
        coordinators=frozenset(w.lower() for w in grammar["coordinators"]),
        contrast_words=frozenset(w.lower() for w in grammar["contrast_words"]),
        share_after=_phrase_after_pattern(grammar["share_after"], comma=False),
        perfect_markers=frozenset(w.lower() for w in grammar["perfect_markers"]),
        re_now=_word_list_pattern(grammar["now_markers"]),
        re_event_anaphor=_event_anaphor(grammar["event_nouns"], attribution["demonstratives"]),
        re_revision=_word_list_pattern(grammar["revision_words"]),
        re_increment_before=pattern_cache.compile(
            rf"(?<![\w-])(?:{cased(grammar['increment_before'])})[\s,]*(?:{cased(list(qualifiers))})?\s*$"
        )
        if grammar["increment_before"]
        else None,
        re_increment_after=pattern_cache.compile(rf"\s+(?:{cased(grammar['increment_after'])})(?![\w-])")
        if grammar["increment_after"]
        else None,
        re_media=_word_list_pattern(grammar["media_nouns"]),
        re_media_anaphor=_media_anaphor(
            grammar["media_nouns"], [*attribution["demonstratives"], *grammar["definite_articles"]]
        ),
        re_figure_anaphor=_event_anaphor(
            grammar["figure_nouns"], [*attribution["demonstratives"], *grammar["definite_articles"]]
        ),
        ellipsis_words=_words(grammar["ellipsis_words"]),
        former_words=_words(grammar["former_words"]),
        title_articles=_words(grammar["title_articles"]),
        definite_articles=_words(grammar["definite_articles"]),
        affiliation_markers=_words(grammar["affiliation_markers"]),
        institution_words=_words(grammar["institution_words"]),
        re_collective=_collective(grammar["collective_prefixes"], data["number_words"]),
        collective_words=tuple(
            p.lower() + w for p in grammar["collective_prefixes"] for w in _small_number_words(data["number_words"])
        ),
        parts_after=_phrase_after_pattern(grammar["parts_after"], comma=True),
        re_inside_before=_inside_before(
            grammar["container_words"], attribution["demonstratives"], grammar["pronoun_suffixes"]
        ),
        re_perfect=_word_list_pattern(grammar["perfect_markers"]),
        re_qualifier_before=pattern_cache.compile(rf"(?<![\w-])({cased(list(qualifiers))})\s*$"),
        re_qualifier_after=pattern_cache.compile(rf"\s+({cased(list(after))})(?![\w-])") if after else None,
        re_idiom=pattern_cache.compile(rf"\b(?:{cased(list(idioms))})\b") if idioms else None,
        re_prefix_cue=pattern_cache.compile(
            rf"(?<![\w-])(?:{cased(list(prefix))})(?![\w-]){_after_clause(after_clause)}"
        ),
        re_verb_cue=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(verbs))})(?![\w-])"),
        re_agentless=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(agentless))})(?![\w-])"),
        re_past=_word_list_pattern(data["past_markers"]),
        re_present=_word_list_pattern(data["present_markers"]),
        re_future=_word_list_pattern(data["future_markers"]),
        re_total_before=pattern_cache.compile(rf"(?<![\w-])(?:{cased(list(totals))})\s*(?:[:=]\s*)?$"),
        # the total's words open the sentence, or its first clause's lead ("Dengan demikian,")
        re_total_subject=pattern_cache.compile(
            rf"\W*(?:[^\W\d][^,.;:\d]{{0,40}},\s*)?(?:{cased(list(totals))})(?![\w-])"
        ),
        re_title_head=pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(heads)})(?![\w-])", flags),
        re_clause_break=pattern_cache.compile(
            rf"""\b(?:{words_pattern(list(grammar["complementizers"]))})\b|["“”]|[;:]""", flags
        ),
        re_aside=pattern_cache.compile(rf",\s*(?:{words_pattern(list(grammar['relative_pronouns']))})\b[^,;]*,"),
        re_namely=pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(list(grammar['namely']))})(?![\w-])", flags),
    )
