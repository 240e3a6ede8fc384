"""Where each word list's words start in a document: one pass that every later search starts from.

Scanning a 3 KB draft once with one of the word-list patterns costs as much as all the
reading a draft needs besides: Python's ``re`` tries the pattern at every character, and the
patterns (a lookbehind, then an alternation of words) give it no way to skip ahead. A draft
was scanned some fifteen times. Instead, one pattern finds every word start whose word
begins with a word of some list (``\\W`` before it lets the engine skip to the next
non-word character); each list's own pattern is then tried only where a word of its list
starts (``Scan.finditer``), which finds exactly what a full scan would.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from lint.cache import patterns as pattern_cache
from lint.facts.story import Story
from lint.facts.vocabulary import Vocabulary
from lint.reading.language import Lexicon
from lint.reading.words import words_pattern

# Channels: what a pattern's matches may start with. A word start is filed under every
# channel one of whose words the word begins with.
DIGIT = 0  # figures, numeric and textual dates, years, times
MONTH = 1  # "Juni 2024", "Juni lalu"
RELATIVE = 2  # "dua tahun lalu", "kemarin", "Selasa lalu"
NUMBER_WORD = 3  # "enam ribu"
IDIOM = 4  # "salah satu": a number word that counts nothing
TIME = 5  # "pukul 09.15"
CUE = 6  # "menurut X", "berdasarkan laporan X"; also the marks before AFTER_CUE words
AFTER_CUE = 7  # "..., ungkap NIS": filed under CUE, where the match starts (the mark before the word)
VERB = 8  # "X mengatakan"
AGENTLESS = 9  # "dilaporkan"
PERSON = 10  # every spelling of every known person
SOURCE = 11  # every alias of every source
TITLE = 12  # "Sekretaris Dewan Keamanan Rusia": a person's title starts with one of these
EVENT = 13  # what happened to what a figure counts: "dikerahkan", "tewas"
# Numbers by what follows their first digit or two, for the patterns that need it:
DIGIT_SLASH = 14  # "17/6", "5/12/2024"
DIGIT_SPACE = 15  # "17 Juni"
DIGIT_YEAR = 16  # "2024", "1998"
DIGIT_TIME = 17  # "09.15", "9:30"
TOPIC = 18  # "terhadap", "tentang": a name after one is what is talked about
DIGIT_DASH = 19  # "17-6-2025", "2025-06-17"
KEYWORDS = 20  # from here, a channel for each keyword group of each date fact (Index.keyword_groups)

_FIRST_WORD = re.compile(r"[^\W_]+")


class Index(NamedTuple):
    """The scanning pattern for a language and story, and the channels each of its words opens."""

    # A non-word character, then group 1: a whole word of some list, group 2: the start of
    # one, or group 3: a digit; ``first`` is the same without the character before, for the
    # text's first word.
    pattern: re.Pattern[str]
    first: re.Pattern[str]
    whole: dict[str, tuple[int, ...]]
    prefix: dict[str, tuple[int, ...]]
    unindexed: frozenset[int]  # channels with a phrase that starts with no word: scanned whole
    channels: int
    keyword_groups: dict[str, frozenset[int]]  # date fact id -> a channel for each keyword group


class WordsBefore(NamedTuple):
    r"""For a pattern that must end right before a place (``(?<![\w-])(?:phrases)\s*$``): the
    words its phrases end with. Where ``Scan.word_before`` is none of them, the pattern cannot
    match, so it is not tried (most figures have no qualifier, total or owner before them)."""

    last: frozenset[str] | None  # None: some phrase ends in a mark, so every place is tried
    marks: str  # marks the pattern allows between the phrase and the place ("." in "No. 5")

    def may_end(self, scan: Scan, pos: int, lo: int) -> bool:
        """Can a phrase end before ``pos`` (reading no further back than ``lo``)?"""
        return self.last is None or scan.word_before(pos, lo, self.marks) in self.last


def words_before(phrases: Iterable[str], marks: str = "") -> WordsBefore:
    last: set[str] = set()
    for phrase in phrases:
        words = phrase.lower().split()
        if not words:
            continue
        word = words[-1]
        k = len(word)
        while k > 0 and (word[k - 1].isalnum() or word[k - 1] in "_-"):
            k -= 1
        if k == len(word):
            return WordsBefore(None, marks)
        last.add(word[k:])
    return WordsBefore(frozenset(last), marks)


def _channel_words(
    lexicon: Lexicon, story: Story, vocab: Vocabulary, keyword_groups: dict[str, frozenset[int]]
) -> list[tuple[int, Iterable[str], bool]]:
    """(channel, phrases, whole word?) for every list whose pattern is scanned for; fills
    ``keyword_groups`` with the channels it gives the story's date facts."""
    out: list[tuple[int, Iterable[str], bool]] = [
        (MONTH, lexicon.months, True),
        (RELATIVE, [*lexicon.relative_units, *lexicon.relative_fixed, *lexicon.weekdays, *lexicon.relative_last], True),
        (NUMBER_WORD, [*lexicon.number_words, *lexicon.collective_words], True),
        (IDIOM, lexicon.idioms, False),  # bounded by \b: "sehari" in "sehari-hari"
        (TIME, lexicon.time_markers, True),
        (CUE, lexicon.attribution_prefix, True),
        (AFTER_CUE, lexicon.after_clause, True),
        (VERB, lexicon.attribution_verbs, True),
        (AGENTLESS, lexicon.agentless, True),
        (TITLE, lexicon.title_heads, True),
        (TOPIC, lexicon.topics, True),
        *((c, (), True) for c in (DIGIT_SLASH, DIGIT_SPACE, DIGIT_YEAR, DIGIT_TIME, DIGIT_DASH)),  # filed from DIGIT's
    ]
    names = [f for p in story.people.values() for f in (p.name, *p.variants, *p.short)]
    out += [
        (PERSON, [re.split(r"[\s\-]+", n.strip())[0] for n in names], False),  # "KimJongUn" too
        (SOURCE, vocab.source_by_alias, True),
        (EVENT, vocab.event_by_word, True),
    ]
    channel = KEYWORDS - 1
    for keywords in vocab.date_facts:
        groups = []
        for group in keywords.groups:
            channel += 1
            groups.append(channel)
            out.append((channel, group, True))
        keyword_groups[keywords.fact.id] = frozenset(groups)
    return out


def _digit(word: str) -> set[int]:
    """A listed word that starts with a digit still starts where a number may."""
    return {DIGIT} if word[:1].isdecimal() else set()


def build_index(lexicon: Lexicon, story: Story, vocab: Vocabulary) -> Index:
    """The scanning pattern and channels for a language and story (made once, by the Reader)."""
    whole: dict[str, set[int]] = {}
    prefix: dict[str, set[int]] = {}
    unindexed: set[int] = set()
    keyword_groups: dict[str, frozenset[int]] = {}
    lists = _channel_words(lexicon, story, vocab, keyword_groups)
    for channel, phrases, whole_word in lists:
        for phrase in phrases:
            words = phrase.split()
            if not words:
                continue
            first = words[0].lower()
            m = _FIRST_WORD.match(first)
            if m is None:
                unindexed.add(channel)  # "%", "(NIS)": no word to start from
                continue
            # a word with a mark in it ("jum'at", "kira-kira") is found by what precedes the mark
            exact = m.end() == len(first) and whole_word
            (whole if exact else prefix).setdefault(m[0], set()).add(channel)

    def opened(word: str) -> tuple[int, ...]:
        """Channels of the starts of lists that ``word`` begins with."""
        return tuple(sorted({c for start, channels in prefix.items() if word.startswith(start) for c in channels}))

    # A whole word (the regex takes the longest that ends where the word does) also opens
    # every list one of whose starts it begins with; a word that is no whole word of any
    # list, the lists whose starts it begins with (the regex takes the longest start).
    # Group 3: a digit, which any digit pattern may start with (any decimal digit, as \d).
    trie = (
        rf"(?:({words_pattern(list(whole), case_sensitive=True)})(?![\w-])"
        rf"|({words_pattern(list(prefix), case_sensitive=True)})|(\d))"
    )
    return Index(
        pattern_cache.compile(rf"\W{trie}"),
        pattern_cache.compile(trie),
        {w: tuple(sorted(set(channels) | set(opened(w)) | _digit(w))) for w, channels in whole.items()},
        {w: tuple(sorted(set(opened(w)) | _digit(w))) for w in prefix},
        frozenset(unindexed),
        max(channel for channel, _, _ in lists) + 1,
        keyword_groups,
    )


_DIGIT = (DIGIT,)


def _channels(
    m: re.Match[str], whole: dict[str, tuple[int, ...]], prefix: dict[str, tuple[int, ...]]
) -> tuple[int, ...]:
    """The channels a match of the index's pattern opens (its groups: whole word, start, digit)."""
    return whole[m[1]] if m[1] is not None else prefix[m[2]] if m[2] is not None else _DIGIT


_PIECE = 1 << 16


def _lower_pieces(text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """``text[lo - 1:hi]`` lower-cased (a character for a character, so offsets stay), in
    pieces cut before a space, each with its offset and starting one character early: the
    character before a piece's first word. Lower-casing non-ASCII text takes a working buffer
    of twelve bytes a character, which for a 6 MB draft at once would be 75 MB."""
    start = max(lo - 1, 0)
    while start < hi:
        end = text.find(" ", start + _PIECE, hi)  # between words: a few letters lower-case by context
        end = hi if end < 0 else end
        piece = text[start:end]
        lower = piece.lower()
        if len(lower) != len(piece):  # "İ" lower-cases to two characters: keep the first
            lower = "".join(c.lower()[0] for c in piece)
        yield start, lower
        if end == hi:
            return
        start = end - 1  # the last character (before the space) overlaps: it is no word start


def phrase_before(text: str, pos: int, floor: int, phrases: Iterable[str]) -> int | None:
    """Where the first of ``phrases`` (lower-case, single-spaced) that is written right before
    ``pos``, past whitespace and no further back than ``floor``, starts; None when none is.
    Give longer phrases first where one ends another ("berkisar antara", "antara")."""
    j = pos
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return None  # a phrase before a word is set off from it by a space
    for phrase in phrases:
        k = j - len(phrase)
        if k >= floor and text[k:j].lower() == phrase and (k == 0 or not text[k - 1].isalnum()):
            return k
    return None


class Scan:
    """A document's word starts by channel, and searches that start only there."""

    __slots__ = ("_keywords", "hi", "lo", "starts", "text", "unindexed")

    def __init__(self, text: str, lo: int, hi: int, index: Index) -> None:
        self.text, self.lo, self.hi, self.unindexed = text, lo, hi, index.unindexed
        # Arrays, not lists: a 6 MB draft has half a million word starts, 36 bytes each in a list.
        starts: list[array[int]] = [array("q") for _ in range(index.channels)]
        self.starts = starts
        whole, prefix = index.whole, index.prefix
        # The date facts' keyword groups: where a word of one starts, and which (a 6 MB draft
        # has a hundred thousand, which in lists would cost ten times the memory).
        places: array[int] = array("q")
        groups: array[int] = array("h")
        cues = starts[CUE]
        after_cue = False
        for offset, lower in _lower_pieces(text, lo, hi):
            # The pattern finds a word by the non-word character before it; the text's first
            # word has none. (A piece past the first starts at such a character, or at the
            # letter before the space it was cut at.)
            if offset == lo == 0:
                first = index.first.match(lower)
                for channel in _channels(first, whole, prefix) if first else ():
                    if channel >= KEYWORDS:
                        places.append(lo)
                        groups.append(channel)
                    else:  # an after-clause cue has no mark before the text
                        (cues if channel == AFTER_CUE else starts[channel]).append(lo)
            for m in index.pattern.finditer(lower):
                p = offset + m.start() + 1
                word = m[1]
                # _channels(m, whole, prefix), written out: this runs once per word start
                for channel in whole[word] if word is not None else prefix[m[2]] if m[2] is not None else _DIGIT:
                    if channel >= KEYWORDS:  # all keyword groups in one list, in order (keyword_groups_in)
                        places.append(p)
                        groups.append(channel)
                    elif channel == AFTER_CUE:  # a cue pattern's match starts at the mark: ", ungkap" or ",ungkap"
                        cues.extend(q for q in (p - 2, p - 1) if q >= lo)
                        after_cue = True
                    else:
                        starts[channel].append(p)
        if after_cue:
            starts[CUE] = array("q", sorted(set(cues)))
        slash, space, year, time, dash = (
            starts[c] for c in (DIGIT_SLASH, DIGIT_SPACE, DIGIT_YEAR, DIGIT_TIME, DIGIT_DASH)
        )
        for p in starts[DIGIT]:
            # the character after the first digit, or after the second when it is one (\d{1,2})
            after = text[p + 1 : p + 2]
            if after.isdecimal():
                after = text[p + 2 : p + 3]
            if after == "/":
                slash.append(p)
            elif after in (".", ":"):
                time.append(p)
            elif after.isspace():
                space.append(p)
            elif after == "-":
                dash.append(p)
            if text.startswith(("19", "20"), p):
                year.append(p)
                if text[p + 4 : p + 5] == "-":  # "2025-06-17"
                    dash.append(p)
        self._keywords = (places, groups)

    def word_before(self, pos: int, lo: int, marks: str = "") -> str:
        """The lower-cased word that ends right before ``pos``, past any whitespace and at most
        one of ``marks``: as far back as ``lo``, with word characters and hyphens in it."""
        text = self.text
        j = pos
        while j > lo and text[j - 1].isspace():
            j -= 1
        if marks and j > lo and text[j - 1] in marks:
            j -= 1
            while j > lo and text[j - 1].isspace():
                j -= 1
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_-"):
            k -= 1
        return text[k:j].lower()

    def keyword_groups_in(self, lo: int, hi: int) -> set[int]:
        """The date facts' keyword-group channels with a word starting in [lo, hi)."""
        places, channels = self._keywords
        return set(channels[bisect.bisect_left(places, lo) : bisect.bisect_left(places, hi)])

    def _whole(self, channel: int, lo: int, hi: int) -> bool:
        """Must [lo, hi) be scanned in full? Outside the scan, where lo cuts a word (a match may
        start there), where hi cuts one (a word of the list may end there: "Rusia" at the end
        of a window over "RusiaMenurut"), or for a list with a phrase that starts with no word."""
        if lo < self.lo or hi > self.hi or (self.unindexed and channel in self.unindexed):
            return True
        text = self.text
        if lo > 0:
            c = text[lo - 1]
            if c.isalnum() or c == "_":
                return True
        if 0 < hi < len(text):
            a, b = text[hi - 1], text[hi]
            return (a.isalnum() or a == "_") and (b.isalnum() or b == "_")
        return False

    def finditer(self, pattern: re.Pattern[str], channel: int, lo: int, hi: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, lo, hi))`` for a pattern whose matches start where a
        word of ``channel`` does: the same matches, trying only those places."""
        if self._whole(channel, lo, hi):
            return list(pattern.finditer(self.text, lo, hi))
        return self.finditer_at(pattern, self.candidates(channel, lo, hi), hi)

    def finditer_any(
        self, pattern: re.Pattern[str], channels: tuple[int, ...], lo: int, hi: int
    ) -> list[re.Match[str]]:
        """The same, for a pattern whose matches start with a word of any of ``channels``."""
        if any(self._whole(channel, lo, hi) for channel in channels):
            return list(pattern.finditer(self.text, lo, hi))
        return self.finditer_at(pattern, sorted({p for c in channels for p in self.candidates(c, lo, hi)}), hi)

    def finditer_at(self, pattern: re.Pattern[str], places: Iterable[int], hi: int) -> list[re.Match[str]]:
        """``pattern``'s matches that start at ``places`` (in order), as finditer would take them."""
        text, match, end = self.text, pattern.match, 0
        out = []
        for p in places:
            if p >= end:
                m = match(text, p, hi)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out

    def search(self, pattern: re.Pattern[str], channel: int, lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(text, lo, hi)``, likewise."""
        if self._whole(channel, lo, hi):
            return pattern.search(self.text, lo, hi)
        text, match = self.text, pattern.match
        for p in self.candidates(channel, lo, hi):
            m = match(text, p, hi)
            if m is not None:
                return m
        return None

    def candidates(self, channel: int, lo: int, hi: int) -> Sequence[int]:
        """Word starts of ``channel`` in [lo, hi)."""
        found = self.starts[channel]
        i = bisect.bisect_left(found, lo)
        return found[i : bisect.bisect_left(found, hi, i)]

    def any(self, channel: int, lo: int, hi: int) -> bool:
        """Does a word of ``channel`` start in [lo, hi)? (Without one, its patterns cannot match.)"""
        found = self.starts[channel]
        i = bisect.bisect_left(found, lo)
        return i < len(found) and found[i] < hi
