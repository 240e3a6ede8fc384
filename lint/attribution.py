"""Who said it: sources tied to a sentence by a reporting cue (menurut X, kata X, X mengatakan)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from lint.document import Sentence
from lint.lexicon import Lexicon, phrase_key
from lint.people import starts_other_name
from lint.story import Story

_PHRASE_END = re.compile(r"""[,;:.!?()"“”«»\[\]]|\s[-–—]\s""")
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’.-])*")
_CLAUSE_BREAK = re.compile(r"""\bbahwa\b|["“”]|[;:]""", re.I)


@dataclass(frozen=True)
class Attribution:
    start: int  # of the source phrase in the document
    end: int
    cue: str
    source: str | None  # source id from the story, or None when the name is not known
    name: str  # the source as written
    relay: bool  # a news agency passing on someone else's words
    identified: bool  # a named or clearly identified source
    pronoun: bool = False  # "menurutnya", "ia mengatakan": refers back to an earlier source
    verb: bool = False  # "X mengatakan ...": covers what follows the source, not what precedes it

    @property
    def key(self) -> str:
        """Identity for comparing sources: the story's id, or the normalised name."""
        return self.source or phrase_key(self.name)


def sentence_attributions(text: str, sentence: Sentence, story: Story, lexicon: Lexicon) -> list[Attribution]:
    """Every reporting cue in the sentence with the source it names."""
    found: list[Attribution] = []
    s, e = sentence.start, sentence.end
    verb_spans = [m.span() for m in lexicon.re_verb_cue.finditer(text, s, e)]
    for m in lexicon.re_prefix_cue.finditer(text, s, e):
        cue = m[0]
        if cue.lower().endswith("nya"):
            found.append(Attribution(m.start(), m.end(), cue, None, cue, False, False, pronoun=True))
            continue
        attribution = _after_cue(text, m.end(), e, cue, story, lexicon)
        if attribution:
            found.append(attribution)
    # A source already introduced by its own cue ("NIS, seperti dikutip Yonhap, menyatakan")
    # is not the subject of a later verb.
    cued = [(a.start, a.end) for a in found]
    for vs, ve in verb_spans:
        if any(a.start <= vs < a.end for a in found):
            continue
        attribution = _before_verb(text, s, vs, text[vs:ve], story, lexicon, cued)
        if attribution:
            found.append(dataclasses.replace(attribution, verb=True))
    return sorted(found, key=lambda a: a.start)


def _after_cue(text: str, pos: int, limit: int, cue: str, story: Story, lexicon: Lexicon) -> Attribution | None:
    while pos < limit and text[pos].isspace():
        pos += 1
    if text.startswith("oleh", pos):
        pos += 4
        while pos < limit and text[pos].isspace():
            pos += 1
    end_match = _PHRASE_END.search(text, pos, limit)
    phrase_end = end_match.start() if end_match else limit
    phrase_end = min(phrase_end, _stop_word_end(text, pos, phrase_end, lexicon))
    # The earliest known name wins; it may run past a comma ("Korea Selatan, AS, dan Ukraina").
    first = next(
        (
            m
            for m in story.source_pattern.finditer(text, pos, min(limit, pos + 160))
            if not _other_name(text, m, story, lexicon)
        ),
        None,
    )
    if first is not None and first.start() <= phrase_end:
        return _known(first, cue, story)
    raw = text[pos:phrase_end].strip()
    if not raw:
        return None
    words = _WORD.findall(raw)[:8]
    if not words:
        return None
    name = " ".join(words)
    if _pronoun(words[0], lexicon):
        return Attribution(pos, pos + len(raw), cue, None, name, False, False, pronoun=True)
    return Attribution(pos, pos + len(raw), cue, None, name, False, _identified(words, lexicon))


def _before_verb(
    text: str, s: int, vs: int, cue: str, story: Story, lexicon: Lexicon, cued: list[tuple[int, int]]
) -> Attribution | None:
    window_start = s
    for m in _CLAUSE_BREAK.finditer(text, s, vs):
        window_start = m.end()
    known = [
        m
        for m in story.source_pattern.finditer(text, window_start, vs)
        if not _other_name(text, m, story, lexicon) and not any(cs <= m.start() < ce for cs, ce in cued)
    ]
    people = [m for m in known if story.source_id(m[0]) in story.people]
    if people:
        return _known(people[-1], cue, story)
    if known:
        # the source nearest the verb, but a longer name that ends at the same place wins
        return _known(max(known, key=lambda m: (m.end(), m.end() - m.start())), cue, story)
    segment_start = window_start
    for m in re.finditer(r",", text[window_start:vs]):
        if text[window_start + m.end() : vs].strip():
            segment_start = window_start + m.end()
    raw = text[segment_start:vs].strip()
    words = [w for w in _WORD.findall(raw) if w.lower() not in lexicon.source_stop]
    if not words:
        return None
    name = " ".join(words[-8:])
    if _pronoun(words[-1], lexicon) or _pronoun(words[0], lexicon):
        return Attribution(segment_start, vs, cue, None, name, False, False, pronoun=True)
    return Attribution(segment_start, vs, cue, None, name, False, _identified(words, lexicon))


def _other_name(text: str, m: re.Match[str], story: Story, lexicon: Lexicon) -> bool:
    """A known person's short form that starts someone else's name ('Kim' in 'Kim Yo Jong')."""
    person = story.people.get(story.source_id(m[0]) or "")
    return person is not None and starts_other_name(text, m.start(), m.end(), person, lexicon)


def _known(m: re.Match[str], cue: str, story: Story) -> Attribution:
    sid = story.source_id(m[0])
    src = story.sources.get(sid) if sid else None
    return Attribution(m.start(), m.end(), cue, sid, m[0], bool(src and src.relay), not (src and src.vague))


def _stop_word_end(text: str, pos: int, end: int, lexicon: Lexicon) -> int:
    for m in _WORD.finditer(text, pos, end):
        if m.start() > pos and m[0].lower() in lexicon.source_stop:
            return m.start()
    return end


def _identified(words: list[str], lexicon: Lexicon) -> bool:
    """A source is identified when it carries a name: a capitalised word that is not vague."""
    return any(
        word[0].isupper() and word.lower() not in lexicon.vague_agents and word.lower() not in lexicon.source_stop
        for word in words
    )


def _pronoun(word: str, lexicon: Lexicon) -> bool:
    """'ia', 'mereka', or a reporting cue with -nya ('menurutnya', 'katanya')."""
    lower = word.lower()
    return lower in lexicon.pronouns or (
        lower.endswith("nya") and lower[:-3] in {cue.lower() for cue in lexicon.attribution_prefix}
    )
