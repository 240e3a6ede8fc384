"""Who says what across sentences: each sentence's reporting cues read only when a claim
needs them, pronouns and nouns that point back ("Ia menambahkan", "lembaga itu") resolved to
the sources named before them, and quotations that carry a speaker over several sentences."""

from __future__ import annotations

import bisect
import re
from array import array
from typing import TYPE_CHECKING

from lint.cache import patterns as pattern_cache
from lint.reading.attribution import Attribution, opening_name, sentence_attributions, subject_of
from lint.reading.document import Sentence
from lint.reading.language import Lexicon
from lint.reading.scan import Scan

if TYPE_CHECKING:
    from lint.reading.reader import Reader


class Spans:
    """Matches' spans, in order, kept small: a 6 MB draft has tens of thousands of cues."""

    __slots__ = ("ends", "starts")

    def __init__(self, matches: list[re.Match[str]]) -> None:
        self.starts = array("q", [m.start() for m in matches])
        self.ends = array("q", [m.end() for m in matches])

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that lie whole in [lo, hi)."""
        ends = self.ends
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi, first)
        return [(self.starts[k], ends[k]) for k in range(first, last) if ends[k] <= hi]


class Discourse:
    """Each sentence's attributions, read only when a claim needs them. A sentence without a
    figure or a dated claim is read only when a later one needs what it says (a pronoun that
    points back, a news agency passing on an earlier source), which most never do."""

    __slots__ = (
        "_balance",
        "_balance_before",
        "_cues",
        "_forced",
        "_lexicon",
        "_named",
        "_named_before",
        "_named_order",
        "_para_start",
        "_raw",
        "_reader",
        "_resolved",
        "_story",
        "_words",
        "quotes",
        "scan",
        "sentences",
        "with_cues",
    )

    def __init__(
        self,
        scan: Scan,
        sentences: list[Sentence],
        with_cues: set[int],
        cues: tuple[Spans, Spans],
        reader: Reader,
    ) -> None:
        self.scan, self.sentences, self.with_cues, self._cues = scan, sentences, with_cues, cues
        self._reader, self._story, self._lexicon = reader, reader.story, reader.lexicon
        self._raw: dict[int, list[Attribution]] = {}
        self._resolved: list[list[Attribution] | None] = [None] * len(sentences)
        self._forced = 0  # every sentence before this one is resolved
        # As sentences are resolved in order: each paragraph's named sources so far (by its
        # first sentence), and how many of them come before each sentence.
        self._named: dict[int, list[Attribution]] = {}
        self._named_before = [0] * len(sentences)
        self._named_order: list[int] = []  # the keys of _named, in order
        self._words: dict[Attribution, frozenset[str]] = {}  # the words each named source is known by
        self._para_start: list[int] = []  # the first sentence of each sentence's paragraph
        for i, sentence in enumerate(sentences):
            same = i > 0 and sentences[i - 1].paragraph == sentence.paragraph
            self._para_start.append(self._para_start[-1] if same else i)
        self.quotes = any(q in scan.text for q in _QUOTES)  # without any, no sentence is inside a quotation
        self._balance: dict[int, int] = {}
        self._balance_before: dict[int, int] = {}

    @property
    def lexicon(self) -> Lexicon:
        return self._lexicon

    def prefix_cues(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The spans of the sentence's prefix reporting cues ("menurut", "kata")."""
        return self._cues[0].within(sentence.start, sentence.end)

    def verb_cues(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The spans of the sentence's reporting verbs ("mengatakan", "reported")."""
        return self._cues[1].within(sentence.start, sentence.end)

    def quote_balance(self, i: int) -> int:
        """Quotation marks the sentence opens, minus those it closes."""
        found = self._balance.get(i)
        if found is None:
            sentence = self.sentences[i]
            found = self._balance[i] = _quote_balance(self.scan.text[sentence.start : sentence.end])
        return found

    def quote_balance_before(self, i: int) -> int:
        """The same for the sentences of its paragraph before it: above 0, it opens inside a quotation."""
        j = i
        while j > self._para_start[i] and j not in self._balance_before:
            j -= 1
        total = self._balance_before.get(j, 0)
        for k in range(j, i):
            self._balance_before[k] = total
            total += self.quote_balance(k)
        self._balance_before[i] = total
        return total

    def raw(self, i: int) -> list[Attribution]:
        """The sentence's reporting cues and the sources they name, pronouns unresolved."""
        if i not in self.with_cues:
            return []
        found = self._raw.get(i)
        if found is None:
            prefixes, verbs = self._cues
            sentence = self.sentences[i]
            found = self._raw[i] = sentence_attributions(
                self._reader,
                self.scan.text,
                sentence,
                self.scan,
                (prefixes.within(sentence.start, sentence.end), verbs.within(sentence.start, sentence.end)),
            )
        return found

    def resolved(self, i: int) -> list[Attribution]:
        """The sentence's attributions with pronouns pointing at the sources they refer to."""
        done = self._resolved[i]
        if done is not None:
            return done
        attributions = self.raw(i)
        lexicon = self._lexicon
        if any(a.pronoun or _definite_words(a, lexicon) for a in attributions):
            self._force(i)
            found: dict[bool, list[Attribution]] = {}
            resolved = []
            for a in attributions:
                words = _definite_words(a, lexicon)
                if words:  # "analisis intelijen" after "intelijen Korea Selatan": the one named
                    resolved.append(self._named_earlier(i, a, words) or a)
                    continue
                if a.pronoun:
                    # "NIS, South Korea's spy agency, has raised its toll: by its latest estimate,
                    # ...": a source named before it in its own sentence
                    same = self._named_before_in(i, a, attributions)
                    if same is not None:
                        resolved.append(_resolve_pronoun(a, [same]))
                        continue
                if a.pronoun and (specific := _specific_words(a, lexicon)):
                    # "badan intelijen itu": the intelligence agency named before, not the
                    # latest body of any kind
                    earlier = self._named_earlier(i, a, specific)
                    if earlier is not None:
                        resolved.append(earlier)
                        continue
                # "lembaga itu", "laporan tersebut": a body, never a person named since
                body = a.pronoun and _names_a_body(a, lexicon)
                if a.pronoun and body not in found:
                    found[body] = self._antecedents(i, body)
                if body and not found[body]:
                    # "Di luar pasukan tempur, lembaga itu menyebut ...": paragraphs after the
                    # body was named, the latest body named before
                    head = frozenset(a.name.lower().split()[:1])
                    earlier = self._named_earlier(i, a, head)
                    if earlier is not None:
                        resolved.append(earlier)
                        continue
                resolved.append(_resolve_pronoun(a, found.get(body, [])))
            attributions = resolved
        self._resolved[i] = attributions
        return attributions

    def _named_before_in(self, i: int, a: Attribution, attributions: list[Attribution]) -> Attribution | None:
        """The last source named in sentence ``i`` before the pronoun ``a``: by a cue, or as
        the body or person the sentence opens with."""
        named = [x for x in attributions if x.identified and not x.pronoun and not x.relay and x.end <= a.start]
        if named:
            return named[-1]
        subject = subject_of(self._reader, self.scan.text, self.sentences[i], self.scan)
        return subject if subject is not None and subject.end <= a.start else None

    def pointed_back(self, i: int) -> Attribution | None:
        """The source a sentence pointing back at the one before it takes: what a pronoun there
        would refer to ("Di dalamnya disebutkan ..." after "NIS merilis keterangan")."""
        found = self._antecedents(i, False)
        named = [a for a in found if a.identified and not a.relay]
        return named[-1]._replace(pronoun=True) if named else None

    def _named_earlier(self, i: int, a: Attribution, words: frozenset[str]) -> Attribution | None:
        """The latest source named before sentence ``i`` in the draft whose name has all of
        ``words``: a bare noun for a source named before it points back to it."""
        text, story = self.scan.text, self._story
        here = self.here(i)  # (resolves every sentence before i)
        k = bisect.bisect_left(self._named_order, self._para_start[i])
        earlier_paragraphs = self._named_order[max(0, k - _LOOKBACK_PARAGRAPHS) : k][::-1]
        for named in (here, *(self._named[p] for p in earlier_paragraphs)):
            for earlier in reversed(named):
                if earlier.relay:
                    continue
                known_by = self._words.get(earlier)
                if known_by is None:
                    known = story.sources.get(earlier.source) if earlier.source else None
                    written = f"{text[earlier.start : earlier.end]} {earlier.name} {known.name if known else ''}"
                    known_by = self._words[earlier] = frozenset(_WORD.findall(written.lower()))
                if words <= known_by:
                    return Attribution(a.start, a.end, a.cue, earlier.source, earlier.name, False, True, pronoun=True)
        if len(words) == 1 and next(iter(words)) in self._lexicon.body_nouns:
            # "the agency said", "lembaga tersebut": the latest body named before, whatever its name
            for named in (here, *(self._named[p] for p in earlier_paragraphs)):
                for earlier in reversed(named):
                    if not earlier.relay and earlier.source not in story.people and earlier.identified:
                        return Attribution(
                            a.start, a.end, a.cue, earlier.source, earlier.name, False, True, pronoun=True
                        )
        # or the body a recent sentence is about ("NIS menggelar rapat tertutup.")
        for j in range(i - 1, max(-1, i - 6), -1):
            subject = subject_of(self._reader, text, self.sentences[j], self.scan, True)
            if subject is not None and subject.identified:
                known = story.sources.get(subject.source) if subject.source else None
                if words <= frozenset(_WORD.findall(f"{subject.name} {known.name if known else ''}".lower())):
                    return Attribution(a.start, a.end, a.cue, subject.source, subject.name, False, True, pronoun=True)
        return None

    def _antecedents(self, i: int, body: bool) -> list[Attribution]:
        """What a pronoun in sentence ``i`` points back to (with ``body``, bodies only): the
        latest earlier sentence's sources, else those named in the paragraph, else in the one
        before."""
        story = self._story
        found = _antecedents(self, i, body)
        if not found:
            found = [a for a in self.here(i) if not (body and a.source in story.people)]
        if not found:
            found = [a for a in self.before(i) if not (body and a.source in story.people)]
        return found

    def _force(self, i: int) -> None:
        """Resolve every sentence before ``i``, in order: each may look back at those before it."""
        while self._forced < i:
            j = self._forced
            attributions = self.resolved(j)
            if self._para_start[j] not in self._named:
                self._named_order.append(self._para_start[j])
            named = self._named.setdefault(self._para_start[j], [])
            self._named_before[j] = len(named)
            named.extend(a for a in attributions if a.identified)
            self._forced += 1

    def here(self, i: int) -> list[Attribution]:
        """Named sources in the sentences of sentence ``i``'s paragraph before it."""
        self._force(i)
        named = self._named.get(self._para_start[i], [])
        return named[: self._named_before[i]] if self._forced > i else named[:]

    def before(self, i: int) -> list[Attribution]:
        """Named sources in the paragraph before sentence ``i``'s, for pronouns."""
        start = self._para_start[i]
        if start == 0:
            return []
        self._force(start)
        return self._named.get(self._para_start[start - 1], [])[:]


def closing_quote_attributions(text: str, said_by: Discourse, index: int) -> list[Attribution]:
    """A sentence inside a quotation that closes in a later sentence of the paragraph takes
    the source named after the closing mark: '"... 11.000 tentara ... . Mereka berlatih," kata X.'"""
    if not said_by.quotes or (said_by.quote_balance(index) <= 0 and said_by.quote_balance_before(index) <= 0):
        return []
    sentences = said_by.sentences
    sentence = sentences[index]
    for j in range(index + 1, len(sentences)):  # never copy the list: documents can be huge
        later = sentences[j]
        if later.paragraph != sentence.paragraph:
            break
        close = _closing_mark(text, later)
        if close is not None:
            found = [a for a in said_by.raw(j) if a.start >= close and a.identified and not a.verb]
            if found:
                return found
            break
    return opening_quote_attributions(text, said_by, index) if said_by.quote_balance_before(index) > 0 else []


def opening_quote_attributions(text: str, said_by: Discourse, index: int) -> list[Attribution]:
    """A sentence inside a quotation opened in an earlier sentence of the paragraph, with no
    source after it, takes the source that opened it: 'Budanov mengatakan, "... . 600 ... ."'"""
    sentences = said_by.sentences
    paragraph = sentences[index].paragraph
    for j in range(index - 1, -1, -1):
        earlier = sentences[j]
        if earlier.paragraph != paragraph:
            return []
        if said_by.quote_balance(j) > 0:
            mark = _QUOTE_MARK.search(text, earlier.start, earlier.end)
            opened = mark.start() if mark else earlier.end
            return [a for a in said_by.resolved(j) if a.identified and a.end <= opened]
    return []


_QUOTES = '"“”«»'
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


_QUOTE_MARK = pattern_cache.compile(r'["“”«»]')


def _quote_balance(chunk: str) -> int:
    """Open minus closed quotation marks; straight quotes alternate."""
    if not any(q in chunk for q in _QUOTES):
        return 0
    balance = 0
    for ch in _QUOTE_MARK.findall(chunk):
        if ch in _OPEN_QUOTES:
            balance += 1
        elif ch in _CLOSE_QUOTES:
            balance -= 1
        elif ch == '"':
            balance += 1 if balance <= 0 else -1
    return balance


def _closing_mark(text: str, sentence: Sentence) -> int | None:
    balance = 0
    for mark in _QUOTE_MARK.finditer(text, sentence.start, sentence.end):
        ch, offset = mark[0], mark.start()
        if ch in _OPEN_QUOTES or (ch == '"' and balance <= 0 and offset == sentence.start):
            balance += 1
        elif ch in _CLOSE_QUOTES or ch == '"':
            balance -= 1
            if balance < 0:
                return offset + 1
    return None


_WORD = pattern_cache.compile(r"\w+")
# How far back a bare noun ("the agency", "lembaga itu") looks for the source it names: far more
# paragraphs than an article has, and a bound that keeps a book-length draft linear.
_LOOKBACK_PARAGRAPHS = 60


_SAME = frozenset({"same", "said"})  # "the same agency": the word to look for is "agency"


def _definite_words(a: Attribution, lexicon: Lexicon) -> frozenset[str]:
    """The words of an unnamed source that may name one named before ("analisis intelijen",
    "militer"): none for a named one, a pronoun, an anonymous one ("seorang pejabat", "sumber")
    or one of only vague words ("pejabat", "laporan")."""
    if a.identified or a.pronoun:
        return frozenset()
    words = _WORD.findall(a.name.lower())
    if not words or words[0] in lexicon.anonymous:
        return frozenset()
    if words[0] in lexicon.definite_articles:
        # "the officials told the newspaper", "the same agency": a noun, even a vague one,
        # after a definite article names one named before
        content = [w for w in words[1:] if w not in lexicon.source_stop and w not in lexicon.definite_articles]
        content = [w for w in content if w not in _SAME] or content
        return frozenset(content[-1:])
    content = [w for w in words if w not in lexicon.vague_agents and w not in lexicon.source_stop and not w.isdigit()]
    # "dinas intelijen" names an intelligence service, whatever the named one is called
    specific = frozenset(w for w in content if w not in lexicon.body_nouns)
    return specific or frozenset(content[-1:])


def _specific_words(a: Attribution, lexicon: Lexicon) -> frozenset[str]:
    """The words of a source pointed back at that say which one it is: "intelijen" in "badan
    intelijen itu"; none in "lembaga tersebut", "pejabat itu" or "ia"."""
    words = _WORD.findall(a.name.lower())
    if words and words[0] in lexicon.body_nouns:
        words = words[1:]  # the head ("badan"): what kind of body says which, not the head
    return frozenset(
        w
        for w in words
        if w not in lexicon.demonstratives
        and w not in lexicon.pronouns
        and w not in lexicon.vague_agents
        and w not in lexicon.source_stop
        and w not in lexicon.definite_articles
        and not w.isdigit()
    )


def _names_a_body(a: Attribution, lexicon: Lexicon) -> bool:
    words = a.name.split()
    return bool(words) and words[0].lower() in lexicon.body_nouns


def _antecedents(said_by: Discourse, index: int, body: bool = False) -> list[Attribution]:
    """What a pronoun in sentence ``index`` may point back to: the sources of the latest earlier
    sentence (in this paragraph or the one before) that names one, by a reporting cue or as the
    person or body the sentence is about ("Kyrylo Budanov berbicara di Kyiv. Ia mengatakan ...").
    With ``body``, only bodies: "NIS ... kunjungan Kim Jong Un. Lembaga itu menyebut ..." """
    sentences, story = said_by.sentences, said_by._story
    paragraph = sentences[index].paragraph
    for j in range(index - 1, max(-1, index - 6), -1):
        sentence = sentences[j]
        if sentence.paragraph < paragraph - 1:
            break
        named = [
            a for a in said_by.resolved(j) if a.identified and not a.relay and not (body and a.source in story.people)
        ]
        if named:
            return named
        subject = subject_of(said_by._reader, said_by.scan.text, sentence, said_by.scan, body)
        if subject is None and not body:
            # "Zelensky mengunggah pernyataan. Dalam unggahan itu, ia menyebut ...": a name the
            # story does not know, opening the sentence before
            subject = opening_name(said_by._reader, said_by.scan.text, sentence)
        if subject is not None:
            return [subject]
    return []


def _resolve_pronoun(a: Attribution, previous: list[Attribution]) -> Attribution:
    if not a.pronoun:
        return a
    for earlier in reversed(previous):
        if not earlier.relay:
            return Attribution(
                a.start, a.end, a.cue, earlier.source, earlier.name, False, earlier.identified, pronoun=True
            )
    return a
