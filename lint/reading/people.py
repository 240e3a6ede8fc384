"""Known people in text: how their names are spelled and the titles written beside them."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.facts.story import Person, Story
from lint.reading.language import Lexicon
from lint.reading.scan import PERSON, TITLE, Scan
from lint.reading.words import phrase_key, words_pattern

if TYPE_CHECKING:
    from lint.reading.reader import Reader

_TITLE_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*"


# The next word after a name, on the same line: a capitalised one continues the name.
_NEXT_NAME_PART = pattern_cache.compile(r"[ \t]+([^\W\d_](?:[^\W\d_]|['’-])*)")


class PersonMention(NamedTuple):
    start: int
    end: int
    text: str
    person: str  # person id
    canonical: bool  # written in an accepted form
    title: str | None = None
    title_start: int = 0
    title_end: int = 0
    meant: str | None = None  # the accepted spelling a misspelled short form stands for ("Solovey")


class PeoplePattern(NamedTuple):
    """Every spelling of every known person in one pattern: one scan per document."""

    pattern: re.Pattern[str]
    by_key: dict[str, Person]  # name_key(spelling) -> person
    accepted: dict[str, frozenset[str]]  # person id -> accepted spellings
    accepted_upper: dict[str, frozenset[str]]  # person id -> accepted spellings in capitals
    by_first: dict[str, tuple[Person, ...]]  # a full name's first part -> its people ("sergei")
    short_people: tuple[Person, ...]  # the people with short forms ("Solovey")


def _loose(name: str) -> str:
    """A name with any mix of spaces and hyphens between its parts: Kim Jong Un ~ Kim Jong-un."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", name.strip()) if p]
    return r"[\s\-]*".join(parts)


@lru_cache(maxsize=10_000)  # the same few spellings recur in every draft
def name_key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch not in " -\t\n")


def people_pattern(story: Story) -> PeoplePattern | None:
    by_key: dict[str, Person] = {}
    forms: list[str] = []
    for person in story.people.values():
        for form in {person.name, *person.variants, *person.short}:
            by_key.setdefault(name_key(form), person)
            forms.append(form)
    if not forms:
        return None
    body = "|".join(_loose(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
    pattern = pattern_cache.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    accepted = {p.id: frozenset({p.name, *p.short}) for p in story.people.values()}
    upper = {pid: frozenset(a.upper() for a in forms) for pid, forms in accepted.items()}
    by_first: dict[str, list[Person]] = {}
    for person in story.people.values():
        parts = _name_parts(person)
        if len(parts) > 1 and parts[0] not in _short_forms(person):
            by_first.setdefault(parts[0], []).append(person)
    return PeoplePattern(
        pattern,
        by_key,
        accepted,
        upper,
        {k: tuple(v) for k, v in by_first.items()},
        tuple(p for p in story.people.values() if p.short),
    )


def find_people(
    reader: Reader,
    text: str,
    start: int,
    end: int,
    scan: Scan | None = None,
    speakers: list[tuple[int, int]] | None = None,
) -> list[PersonMention]:
    """Every spelling of a known person in ``text[start:end]``, with the title beside it. Given
    ``speakers`` (where a speaker's name stands: the word after "ujar", before "mengatakan"), a
    word there a letter off a known person's short form is read as that person, misspelled."""
    pp, lexicon = reader.people, reader.lexicon
    if pp is None:
        return []
    if scan is None:
        scan = Scan(text, start, end, reader.index)
    mentions: list[PersonMention] = []
    for m in scan.finditer(pp.pattern, PERSON, start, end):
        person = pp.by_key.get(name_key(m[0]))
        if person is None or (m.start() > 0 and text[m.start() - 1] in "#@"):
            continue  # a hashtag or a handle ("#KimJongUn") is no spelling of the name
        if m[0].lower() in _short_forms(person):
            # "Kirilo Budanov", "Kim Jung Un": the short form inside a near miss of the full name
            near = _near_miss(text, m.start(), m.end(), start, end, person, pp)
            if near is not None:
                s, e = near
                mentions.append(PersonMention(s, e, text[s:e], person.id, False))
                continue
        if starts_other_name(text, m.start(), m.end(), person, lexicon):
            continue
        surface = m[0]
        written = " ".join(surface.split()) if "\n" in surface else surface  # a name wrapped onto the next line
        canonical = written in pp.accepted[person.id] or (
            written.isupper() and written.upper() in pp.accepted_upper[person.id]
        )
        title, ts, te = _title_near(text, m.start(), m.end(), start, end, reader, scan)
        mentions.append(PersonMention(m.start(), m.end(), surface, person.id, canonical, title, ts, te))
    if pp.by_first:
        mentions = _misspelled_rest(text, start, end, pp, scan, mentions)
    if speakers:
        mentions = _misspelled_short(text, speakers, pp, mentions)
    return mentions


_SPEAKER_WORD = pattern_cache.compile(r"[A-Z][^\W\d_]{4,}")


def _misspelled_short(
    text: str, speakers: list[tuple[int, int]], pp: PeoplePattern, mentions: list[PersonMention]
) -> list[PersonMention]:
    """'ujar Solove kepada AP', 'Budanow mengatakan': a capitalised word where a speaker stands,
    one letter off a known person's short form (of six letters or more) and no one's spelling."""
    added = []
    ordered = sorted(mentions, key=attrgetter("start"))
    starts = [x.start for x in ordered]
    reach = list(accumulate((x.end for x in ordered), max))  # the furthest any of the first k ends
    for s, e in speakers:
        m = _SPEAKER_WORD.fullmatch(text, s, e)
        k = bisect.bisect_right(starts, s)
        if m is None or (k and reach[k - 1] > s) or name_key(m[0]) in pp.by_key:  # inside a mention
            continue
        key = m[0].lower()
        for person in pp.short_people:
            meant = next(
                (w for w in person.short if len(w) >= 6 and key != w.lower() and _within_edits(key, w.lower(), 1)), None
            )
            if meant is not None:
                added.append(PersonMention(s, e, m[0], person.id, False, meant=meant))
                break
    return sorted(mentions + added, key=attrgetter("start")) if added else mentions


_FIRST_PART = pattern_cache.compile(r"[^\W\d_](?:[^\W\d_]|['’])*")


def _misspelled_rest(
    text: str, start: int, end: int, pp: PeoplePattern, scan: Scan, mentions: list[PersonMention]
) -> list[PersonMention]:
    """'Sergei Soigu', 'Ihor Solovei': a known first name, then a letter or two off the rest of
    the name (found where no spelling of anyone was)."""
    added: list[PersonMention] = []
    starts = [m.start for m in mentions]  # in order, as the scan found them
    for p in scan.candidates(PERSON, start, end):
        if p > 0 and (text[p - 1].isalnum() or text[p - 1] in "#@_"):
            continue
        i = bisect.bisect_right(starts, p) - 1
        if i >= 0 and p < mentions[i].end:
            continue  # inside (or at) a name already read
        first = _FIRST_PART.match(text, p, end)
        if first is None or not first[0][0].isupper():
            continue
        for person in pp.by_first.get(first[0].lower(), ()):
            hi = _parts_after(text, first.end(), len(_name_parts(person)) - 1, end)
            if hi is None:
                continue
            key = name_key(text[p:hi])
            if key not in pp.by_key and _close_to(key, person):
                added.append(PersonMention(p, hi, text[p:hi], person.id, False))
                break
    return sorted([*mentions, *added], key=attrgetter("start")) if added else mentions


def _parts_after(text: str, hi: int, need: int, ceiling: int) -> int | None:
    """Where ``need`` more capitalised name parts after ``hi`` end ("Jung Un", "Jung-un")."""
    while need > 0:
        after = _NEXT_NAME_PART.match(text, hi, ceiling)
        if after is None or not after[1][0].isupper():
            return None
        need -= after[1].count("-") + 1
        hi = after.end(1)
    return hi if need == 0 else None


def _near_miss(
    text: str, s: int, e: int, floor: int, ceiling: int, person: Person, pp: PeoplePattern
) -> tuple[int, int] | None:
    """The span of a misspelled full name around the short form at [s, e): as many capitalised
    parts before or after it as the full name has, one or two letters off the name or a known
    variant ("Kirilo Budanov", "Vladimr Putin", "Kim Jung Un"), and no one else's name."""
    parts = _name_parts(person)
    short = text[s:e].lower()
    if len(parts) < 2 or short not in parts:
        return None
    at = parts.index(short)
    # most short forms stand alone: no capitalised word touches them where the rest would be
    if at > 0 and (s - 2 < floor or text[s - 1] not in " \t-" or not text[s - 2].isalpha()):
        return None
    if at == 0 and not text[e + 1 : e + 2].isupper():
        return None
    lo, hi = s, e
    for _ in range(at):  # parts written before the short form, each right before the next
        j = lo
        while j > floor and text[j - 1] in " \t-":
            j -= 1
        k = j
        while k > floor and (text[k - 1].isalpha() or text[k - 1] in "'’"):
            k -= 1
        if k == j or j == lo or not text[k].isupper():
            return None
        lo = k
    after = _parts_after(text, hi, len(parts) - 1 - at, ceiling)  # and after it
    if after is None:
        return None
    hi = after
    key = name_key(text[lo:hi])
    if key in pp.by_key:
        return None  # a known spelling, of this person or another
    return (lo, hi) if _close_to(key, person) else None


@cache
def _name_parts(person: Person) -> tuple[str, ...]:
    return tuple(p.lower() for p in re.split(r"[\s\-]+", person.name.strip()))


@lru_cache(maxsize=4096)  # the same words stand before a name again and again ("Menurut Budanov")
def _close_to(key: str, person: Person) -> bool:
    """Is ``key`` a letter or two (for a long name) off the person's name or a known variant?"""
    limit = 2 if len(key) >= 12 else 1
    targets = {name_key(person.name), *(name_key(v) for v in person.variants)}
    return any(_within_edits(key, t, limit) for t in targets)


def _within_edits(a: str, b: str, limit: int) -> bool:
    """Are ``a`` and ``b`` at most ``limit`` insertions, deletions or substitutions apart?"""
    if abs(len(a) - len(b)) > limit:
        return False
    if limit == 1:
        return _one_edit(a, b)
    # letters in one and not the other: each takes an edit at least
    extra = Counter(a)
    extra.subtract(b)
    if max(sum(n for n in extra.values() if n > 0), -sum(n for n in extra.values() if n < 0)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution apart (lengths within one)."""
    if len(a) < len(b):
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:]


def starts_other_name(text: str, start: int, end: int, person: Person, lexicon: Lexicon) -> bool:
    """A short form followed by another name part names someone else: 'Kim' in 'Kim Yo Jong'
    or 'Kim Jong-il' is not Kim Jong Un (but 'Kim Jong-un' is, misspelled). A weekday or month
    after the name is not a name part ("Putin Selasa (17/6) mengatakan"), nor is a reporting
    verb capitalised in a headline ("Budanov Sebut 15.000 Tentara")."""
    if text[start:end].lower() not in _short_forms(person):
        return False
    nxt = _NEXT_NAME_PART.match(text, end)
    if nxt is None or not nxt[1][0].isupper() or _full_name_pattern(person).match(text, start):
        return False
    word = nxt[1].lower()
    return lexicon.weekday(word) is None and lexicon.month(word) is None and word not in lexicon.attribution_verbs


@cache
def _short_forms(person: Person) -> frozenset[str]:
    return frozenset(s.lower() for s in person.short)


@cache
def _full_name_pattern(person: Person) -> re.Pattern[str]:
    forms = sorted({person.name, *person.variants}, key=len, reverse=True)
    return pattern_cache.compile(rf"(?:{'|'.join(_loose(f) for f in forms)})(?![\w-])", re.IGNORECASE)


_TITLE_BETWEEN = pattern_cache.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,7}}\s*,?\s*")


def title_after_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """ ", Sekretaris Dewan Keamanan Rusia," after a name; an article may open it (", seorang ahli
    strategi dari Universitas Nasional Australia,"), and is not part of the title."""
    article = rf"(?:(?:{words_pattern(sorted(lexicon.title_articles))})\s+)?" if lexicon.title_articles else ""
    # where a title's head comes last, its modifiers stand before it: ", the Russian defense minister,"
    modifiers = rf"(?:{_TITLE_WORD}\s+){{0,4}}?" if lexicon.title_order == "head_last" else ""
    return pattern_cache.compile(
        rf"\s*,\s*{article}({modifiers}(?:{lexicon.re_title_head.pattern})(?:\s+{_TITLE_WORD}){{0,10}})\s*(?=[,.]|$)",
        re.I,
    )


def affiliation_after_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """An affiliation right after a name: "of the University of Sydney", "dari Universitas
    Sydney" (a marker, an optional article, then a name of two capitalised words or more)."""
    if not lexicon.affiliation_markers:
        return None
    article = rf"(?:(?:{words_pattern(sorted(lexicon.definite_articles))})[ \t]+)?" if lexicon.definite_articles else ""
    small = words_pattern(sorted(lexicon.affiliation_markers | lexicon.definite_articles))
    name = rf"[A-Z][\w'’-]*(?:[ \t]+(?:(?:{small})[ \t]+)?[A-Z][\w'’-]*)+"
    # on the name's own line: a headline's end and the byline under it are not an affiliation
    return pattern_cache.compile(
        rf"[ \t]+((?:{words_pattern(sorted(lexicon.affiliation_markers))})[ \t]+{article}{name})"
    )


def institutional(name: str, lexicon: Lexicon) -> bool:
    """Whether a name after an affiliation marker names an institution ("of the University of
    Sydney", "dari Lembaga Kajian ...") rather than a place and a time ("di Pyongyang pada Selasa")."""
    return any(w.lower().strip(",.;") in lexicon.institution_words for w in name.split())


def _title_near(
    text: str, s: int, e: int, floor: int, ceiling: int, reader: Reader, scan: Scan
) -> tuple[str | None, int, int]:
    """'Sekretaris Dewan Keamanan Rusia, Sergei Shoigu' or 'Sergei Shoigu, Sekretaris ...,'."""
    lexicon = reader.lexicon
    base = max(floor, s - 80)
    before = text[base:s]
    for head in reversed(_title_heads(scan, before, base, lexicon.re_title_head)):
        if head > 0 and (before[head - 1].isalnum() or before[head - 1] == "-"):
            continue
        between = before[head:]
        ending = " " + between.rstrip(" ,").lower()
        if any(ending.endswith(" " + word) for word in lexicon.coordinators):
            break  # "Chinese President Xi Jinping and Putin": the title is the other name's
        if _TITLE_BETWEEN.fullmatch(between) and _title_words_ok(between, lexicon):
            title = between.strip().rstrip(",").strip()
            start = base + head
            if lexicon.title_order == "head_last":
                start = _modifiers_before(text, max(floor, start - 60), start, reader)
            return text[start : base + head + len(title)], start, base + head + len(title)
        break
    # look a bounded way ahead: never slice the rest of a long document; a title after the
    # name follows a comma ("Sergei Shoigu, Sekretaris ...")
    j = e
    while j < ceiling and text[j].isspace():
        j += 1
    if not text.startswith(",", j) and reader.affiliation_after is not None:
        # "Ron Huisken of the University of Sydney said": an affiliation with no comma
        tied = reader.affiliation_after.match(text, e, min(ceiling, e + 120))
        if tied is not None and institutional(tied[1], lexicon):
            return tied[1], tied.start(1), tied.end(1)
    after = reader.title_after.match(text, e, min(ceiling, e + 200)) if text.startswith(",", j) else None
    # (after an article, ", an expert on digital warfare at ...,", the appositive is a title
    # whatever its words)
    if after and (_title_words_ok(after[1], lexicon) or text[after.start() : after.start(1)].strip(" ,")):
        return after[1].strip(), after.start(1), after.end(1)
    return None, 0, 0


def _modifiers_before(text: str, lo: int, start: int, reader: Reader) -> int:
    """Where a title whose head comes last starts: back over the title words and country
    names before its head ("Russia's Defense Minister", "North Korean leader", "Ukraine's
    military intelligence chief")."""
    title_words, countries = reader.lexicon.title_words, reader.vocab.country_pattern
    while start > lo:
        j = start
        while j > lo and text[j - 1] == " ":
            j -= 1
        if j == start:
            break
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
            k -= 1
        word = text[k:j]
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare.lower() in title_words:
            start = k
            continue
        if countries is not None:
            # a country's name (of one word or more) ending right here: "North Korean", "Russia's"
            found = [m for m in countries.finditer(text, max(lo, k - 30), k + len(bare)) if m.end() == k + len(bare)]
            if found:
                start = min(m.start() for m in found)
                continue
        break
    return start


def _title_heads(scan: Scan, before: str, base: int, pattern: re.Pattern[str]) -> list[int]:
    """Where ``pattern.finditer(before)`` finds title heads in ``before`` (the text from
    ``base``): tried only where the scan saw a title word start, and at ``before``'s first
    character, where a head may start even inside a word (nothing stands before it there)."""
    if base < scan.lo or base + len(before) > scan.hi:
        return [m.start() for m in pattern.finditer(before)]
    first = pattern.match(before)
    starts = [0] if first else []
    places = scan.candidates(TITLE, base + first.end() if first else base + 1, base + len(before))
    starts += [m.start() - base for m in scan.finditer_at(pattern, places, base + len(before))]
    return starts


def _title_words_ok(title: str, lexicon: Lexicon) -> bool:
    """Every word a title word or a capitalised one, and no more than three of the latter
    (a country, a body's name): "Menlu Korut Choe Son Hui Bertemu Putin", a headline in title
    case, has another's name and a verb before "Putin", no title."""
    words = re.findall(_TITLE_WORD, title)
    if not all(w[0].isupper() or w.lower() in lexicon.title_words for w in words):
        return False
    return sum(1 for w in words if w.lower() not in lexicon.title_words) <= 3


def norm_title(title: str) -> str:
    return phrase_key(title)
