"""Known people in text: how their names are spelled and the titles written beside them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from lint.lexicon import Lexicon
from lint.story import Person, Story

_TITLE_WORD = r"[\p{L}][\p{L}'’-]*"
# Lower-case words that may sit inside a title ("Kepala intelijen militer Ukraina");
# any other lower-case word means the phrase is a clause, not a title.
_TITLE_LOWER = frozenset(
    [
        "intelijen",
        "militer",
        "luar",
        "negeri",
        "pertahanan",
        "keamanan",
        "dewan",
        "pusat",
        "komunikasi",
        "urusan",
        "bidang",
        "badan",
        "nasional",
        "negara",
        "hubungan",
        "internasional",
        "di",
        "dari",
        "asal",
        "dan",
        "untuk",
        "bagi",
        "strategis",
        "senior",
        "tinggi",
        "umum",
        "staf",
        "angkatan",
        "darat",
        "laut",
        "udara",
        "utama",
        "bersenjata",
        "perdana",
        "menteri",
        "presiden",
        "wakil",
        "juru",
        "bicara",
        "kepala",
        "sekretaris",
        "direktur",
        "pemimpin",
        "mantan",
        "diplomat",
        "perwira",
        "pengamat",
        "analis",
        "editor",
        "akademisi",
        "ahli",
        "besar",
        "duta",
        "kantor",
        "kementerian",
    ]
)


# The next word after a name, on the same line: a capitalised one continues the name.
_NEXT_NAME_PART = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’-]*)")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    person: str  # person id
    canonical: bool  # written in an accepted form
    title: str | None = None
    title_start: int = 0
    title_end: int = 0


@dataclass(frozen=True)
class _PersonPattern:
    person: Person
    pattern: regex.Pattern[str]
    accepted: frozenset[str]


def _loose(name: str) -> str:
    """A name with any mix of spaces and hyphens between its parts: Kim Jong Un ~ Kim Jong-un."""
    parts = [regex.escape(p) for p in regex.split(r"[\s\-]+", name.strip()) if p]
    return r"[\s\-]*".join(parts)


@cache
def _people_patterns(story: Story) -> tuple[_PersonPattern, ...]:
    out = []
    for person in story.people.values():
        forms = sorted({person.name, *person.variants, *person.short}, key=len, reverse=True)
        body = "|".join(_loose(f) for f in forms)
        pattern = regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE | regex.VERSION1)
        accepted = frozenset({person.name, *person.short})
        out.append(_PersonPattern(person, pattern, accepted))
    return tuple(out)


def find_people(text: str, start: int, end: int, story: Story, lexicon: Lexicon) -> list[PersonMention]:
    mentions: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    for pp in _people_patterns(story):
        for m in pp.pattern.finditer(text, start, end):
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            if starts_other_name(text, m.start(), m.end(), pp.person, lexicon):
                continue
            surface = m[0]
            canonical = surface in pp.accepted or (
                surface.isupper() and surface.upper() in {a.upper() for a in pp.accepted}
            )
            title, ts, te = _title_near(text, m.start(), m.end(), start, end, lexicon)
            taken.append(m.span())
            mentions.append(PersonMention(m.start(), m.end(), surface, pp.person.id, canonical, title, ts, te))
    return sorted(mentions, key=lambda p: p.start)


def starts_other_name(text: str, start: int, end: int, person: Person, lexicon: Lexicon) -> bool:
    """A short form followed by another name part names someone else: 'Kim' in 'Kim Yo Jong'
    or 'Kim Jong-il' is not Kim Jong Un (but 'Kim Jong-un' is, misspelled). A weekday or month
    after the name is not a name part ("Putin Selasa (17/6) mengatakan")."""
    if text[start:end].lower() not in {s.lower() for s in person.short}:
        return False
    nxt = _NEXT_NAME_PART.match(text, end)
    if nxt is None or _full_name_pattern(person).match(text, start):
        return False
    word = nxt[1].lower()
    return lexicon.weekday(word) is None and lexicon.month(word) is None


@cache
def _full_name_pattern(person: Person) -> regex.Pattern[str]:
    forms = sorted({person.name, *person.variants}, key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(_loose(f) for f in forms)})(?![\w-])", regex.IGNORECASE | regex.VERSION1)


def _title_near(text: str, s: int, e: int, floor: int, ceiling: int, lexicon: Lexicon) -> tuple[str | None, int, int]:
    """'Sekretaris Dewan Keamanan Rusia, Sergei Shoigu' or 'Sergei Shoigu, Sekretaris ...,'."""
    base = max(floor, s - 80)
    before = text[base:s]
    heads = list(lexicon.re_title_head.finditer(before))
    for head in reversed(heads):
        if head.start() > 0 and (before[head.start() - 1].isalnum() or before[head.start() - 1] == "-"):
            continue
        between = before[head.start() :]
        if regex.fullmatch(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,7}}\s*,?\s*", between) and _title_words_ok(between):
            title = between.strip().rstrip(",").strip()
            return title, base + head.start(), base + head.start() + len(title)
        break
    after = regex.match(
        rf"\s*,\s*((?:{lexicon.re_title_head.pattern})(?:\s+{_TITLE_WORD}){{0,10}})\s*(?=[,.]|$)",
        text[e:ceiling],
        regex.I | regex.V1,
    )
    if after and _title_words_ok(after[1]):
        return after[1].strip(), e + after.start(1), e + after.end(1)
    return None, 0, 0


def _title_words_ok(title: str) -> bool:
    words = regex.findall(_TITLE_WORD, title)
    return all(w[0].isupper() or w.lower() in _TITLE_LOWER for w in words)


def norm_title(title: str) -> str:
    return regex.sub(r"\s+", " ", title.strip().lower())
