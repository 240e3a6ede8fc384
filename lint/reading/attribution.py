"""Who said it: sources tied to a sentence by a reporting cue (menurut X, kata X, X mengatakan)."""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.facts.story import Story, office_key

if TYPE_CHECKING:
    from lint.reading.reader import Reader
from lint.reading.document import Sentence
from lint.reading.language import Lexicon, cue_word
from lint.reading.people import starts_other_name
from lint.reading.scan import AGENTLESS, CUE, SOURCE, TOPIC, VERB, Scan, phrase_before
from lint.reading.words import phrase_key, words_pattern

_PHRASE_END = pattern_cache.compile(r"""[,;:.!?()"“”«»\[\]]|\s[-–—]\s""")
_WORD = pattern_cache.compile(r"[^\W_](?:[^\W_]|['’.-])*")
_LEAD = pattern_cache.compile(r"[\s\-*+#>]*")  # list and heading marks before a sentence's first word
# A news story's dateline: "SEOUL, Kompas.com - ", "JAKARTA - ", "KYIV (Reuters) – ": the place
# in capitals, and the outlet, are where and by whom the story was filed, never a source.
_DATELINE = pattern_cache.compile(
    r"[\s*_]*[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:\s*\([^()\n]{1,40}\))?"
    r"(?:,[^\n,]{1,40}?)?\s+[-–—]{1,2}\s+"
)
_COLON = pattern_cache.compile(r"(?:\*\*|__|\*|_)?\s*:")  # "NIS:", "**NIS**:"


_START = attrgetter("start")


class Attribution(NamedTuple):
    start: int  # of the source phrase in the document
    end: int
    cue: str
    source: str | None  # source id from the story, or None when the name is not known
    name: str  # the source as written
    relay: bool  # a news agency passing on someone else's words
    identified: bool  # a named or clearly identified source
    pronoun: bool = False  # "menurutnya", "ia mengatakan": refers back to an earlier source
    verb: bool = False  # "X mengatakan ...": covers what follows the source, not what precedes it
    also: tuple[str, ...] = ()  # sources named with it as one subject: "South Korean and Western intelligence"
    office: str | None = None  # an office named for its holder: "Russia's Defense Minister announced"

    @property
    def key(self) -> str:
        """Identity for comparing sources: the story's id, or the normalised name."""
        return self.source or phrase_key(self.name)


# Between a subject and its verb: nothing, or one aside between commas ("Shoigu, the council's
# secretary, said"); a clause there ("North Korea has sent 10,000 troops, said NIS") is no subject's.
_APPOSITION_ONLY = pattern_cache.compile(r"\s*(?:,[^,.;:!?\"“”]*)?,?\s*")


def sentence_attributions(
    reader: Reader,
    text: str,
    sentence: Sentence,
    scan: Scan | None = None,
    cues: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None,
) -> list[Attribution]:
    """Every reporting cue in the sentence with the source it names. ``cues`` are the spans
    of the sentence's matches of the prefix and verb cue patterns, when the caller has them."""
    lexicon = reader.lexicon
    if scan is None:
        scan = Scan(text, 0, len(text), reader.index)
    found: list[Attribution] = []
    s, e = sentence.start, sentence.end
    # "NIS: 1.500 tentara; Budanov: 11 ribu tentara": each clause may open with its own
    clause = s
    while clause < e:
        lead = _colon_source(text, clause, e, reader)
        if lead is not None:
            found.append(lead)
        semicolon = text.find(";", clause, e)
        clause = semicolon + 1 if semicolon >= 0 else e
    if cues is None:
        cues = (
            [m.span() for m in scan.finditer(lexicon.re_prefix_cue, CUE, s, e)],
            [m.span() for m in scan.finditer(lexicon.re_verb_cue, VERB, s, e)],
        )
    prefixes, verb_spans = cues
    cue_spans: dict[Attribution, tuple[int, int]] = {}  # where each source's cue is
    for cue_start, cue_end in prefixes:
        cue, cue_start = cue_word(text[cue_start:cue_end], cue_end)
        if any(a.start <= cue_start < a.end for a in found):
            continue  # inside the source of an earlier cue: "menurut penilaian Korea Selatan, ..."
        if (lexicon.pronoun_suffixes and cue.lower().endswith(lexicon.pronoun_suffixes)) or (
            cue.split()[-1].lower() in lexicon.possessive_pronouns
        ):
            found.append(Attribution(cue_start, cue_end, cue, None, cue, False, False, pronoun=True))
            continue
        if phrase_before(text, cue_start, s, lexicon.cue_blockers) is not None and not lexicon.re_namely.search(
            text, cue_end, e
        ):
            continue  # "Di luar perkiraan Kremlin, ...": the figure is not the Kremlin's
        known_only = cue.lower() in lexicon.attribution_known_only
        attribution = _after_cue(reader, scan, cue_end, e, cue, known_only)
        if attribution:
            found.append(attribution)
            cue_spans[attribution] = (cue_start, cue_end)
    # A source already introduced by its own cue ("NIS, seperti dikutip Yonhap, menyatakan")
    # is not the subject of a later verb.
    cued = [(a.start, a.end) for a in found if a.identified]
    # "were reported to have reached": a verb inside an agentless passive has no subject that
    # speaks (the soldiers did not report); its agent, if any, follows a cue ("reported by")
    passives = [m.span() for m in scan.finditer(lexicon.re_agentless, AGENTLESS, s, e)] if verb_spans else []
    for vs, ve in verb_spans:
        if any(a.start <= vs < a.end for a in found) or any(ps <= vs < pe for ps, pe in passives):
            continue
        attribution = _before_verb(reader, scan, s, vs, text[vs:ve], cued)
        if attribution:
            # an inverted "..., said X" (the verb after a clause, its source after it); not a cue
            # whose source follows it anyway ("Yonhap, mengutip Budanov, melaporkan ...")
            inverted = [
                a
                for a in found
                if a in cue_spans and cue_spans[a][0] <= vs < cue_spans[a][1] and a.cue.lower() in lexicon.after_clause
            ]
            if inverted and attribution.identified and _APPOSITION_ONLY.fullmatch(text, attribution.end, vs):
                # "Shoigu, the council's secretary, said Kim had agreed to send ...": a verb with
                # its own subject is no inverted "..., said X": X begins what was said
                found = [a for a in found if a not in inverted]
            elif inverted:
                continue  # "North Korea has sent 10,000 troops, said NIS": the verb's subject is NIS
            found.append(attribution._replace(verb=True))
    bracket = _bracket_source(text, s, e, reader) if ")" in text[max(s, e - 4) : e] else None
    if bracket is not None and not any(a.source == bracket.source for a in found):
        found.append(bracket)
    return sorted(found, key=_START)


def _bracket_source(text: str, s: int, e: int, reader: Reader) -> Attribution | None:
    """'Sekitar 600 tentara tewas (NIS).': a known source in brackets closes the sentence."""
    open_at = text.rfind("(", s, e)
    if open_at < 0:
        return None
    vocab = reader.vocab
    m = vocab.source_pattern.match(text, open_at + 1, e)
    if m is None or text[m.end() : e].strip().rstrip(".!?").strip() != ")":
        return None
    sid = vocab.source_id(m[0])
    written = next(reversed(list(vocab.source_pattern.finditer(text, max(s, open_at - 60), open_at))), None)
    if written is not None and text[written.end() : open_at].strip() == "" and vocab.source_id(written[0]) == sid:
        return None  # "Korea Utara (Korut).": the short name glosses the name before it, credits no one
    return _known(m, sid, "()", reader.story)


def _colon_source(text: str, s: int, e: int, reader: Reader) -> Attribution | None:
    """'NIS: sekitar 600 tentara ...': a known source, then a colon, opens the sentence."""
    if text.find(":", s, e) < 0:
        return None
    vocab = reader.vocab
    m = vocab.source_pattern.match(text, _skip_lead(text, s, e), e)
    if m is None or _other_name(text, m, reader) or not _COLON.match(text, m.end(), e):
        return None
    return _known(m, vocab.source_id(m[0]), ":", reader.story)


def _skip_lead(text: str, pos: int, end: int) -> int:
    dateline = _DATELINE.match(text, pos, end)
    if dateline is not None:
        pos = dateline.end()
    lead = _LEAD.match(text, pos, end)
    return lead.end() if lead else pos


def subject_of(
    reader: Reader, text: str, sentence: Sentence, scan: Scan | None = None, body: bool = False
) -> Attribution | None:
    """Who a sentence without a reporting cue is about, for a pronoun after it: the first known
    person in it, else a known body that opens it ("NIS menggelar pengarahan tertutup."). With
    ``body``, for "lembaga itu": the first known body in it."""
    story, vocab = reader.story, reader.vocab
    if scan is None:
        scan = Scan(text, 0, len(text), reader.index)
    s, e = sentence.start, sentence.end
    dateline = _DATELINE.match(text, s, e)
    if dateline is not None:
        s = dateline.end()
    names = [m for m in scan.finditer(vocab.source_pattern, SOURCE, s, e) if not _other_name(text, m, reader)]
    if body:
        first_body = next((m for m in names if vocab.source_id(m[0]) not in story.people), None)
        return _known(first_body, vocab.source_id(first_body[0]), "", story) if first_body is not None else None
    person = next((m for m in names if vocab.source_id(m[0]) in story.people), None)
    if person is not None:
        return _known(person, vocab.source_id(person[0]), "", story)
    opening = {_skip_lead(text, s, e)}
    comma = text.find(",", s, e)
    if comma >= 0:  # "Pada Rabu (30/4), NIS menggelar ..."
        opening.add(_skip_lead(text, comma + 1, e))
    first = next((m for m in names if m.start() in opening), None)
    return _known(first, vocab.source_id(first[0]), "", story) if first is not None else None


def opening_name(reader: Reader, text: str, sentence: Sentence) -> Attribution | None:
    """A name the story does not know opening a sentence, before a lower-case word: "Zelensky
    mengunggah pernyataan" (not "Pada Senin", not a country or body it knows, which
    ``subject_of`` finds)."""
    lexicon = reader.lexicon
    start = _skip_lead(text, sentence.start, sentence.end)
    named = _named_agent(text, start, sentence.end, lexicon)
    if named is None or named[0] != start:
        return None
    words = _WORD.findall(text[named[0] : named[1]])
    if not words or any(_common_word(w.lower(), reader) for w in words) or not _identified(words, lexicon):
        return None
    return Attribution(named[0], named[1], "", None, text[named[0] : named[1]], False, True)


def _common_word(word: str, reader: Reader) -> bool:
    """A word the language or the story knows as a common one, capitalised only because it opens
    a sentence ("Menurutnya", "Pasukan"): no name."""
    lexicon, vocab = reader.lexicon, reader.vocab
    return (
        word in lexicon.source_stop
        or word in lexicon.vague_agents
        or word in lexicon.body_nouns
        or word in lexicon.title_words
        or word in lexicon.demonstratives
        or word in lexicon.pronouns
        or word in lexicon.number_words
        or lexicon.re_prefix_cue.fullmatch(word) is not None
        or lexicon.re_verb_cue.fullmatch(word) is not None
        or (vocab.noun_pattern is not None and vocab.noun_pattern.fullmatch(word) is not None)
        or (vocab.event_pattern is not None and vocab.event_pattern.fullmatch(word) is not None)
        or lexicon.month(word) is not None
        or lexicon.weekday(word) is not None
        or any(word.startswith(cue.lower()) for cue in lexicon.attribution_prefix if " " not in cue)
    )


def _after_cue(
    reader: Reader, scan: Scan, pos: int, limit: int, cue: str, known_only: bool = False
) -> Attribution | None:
    """The source a prefix cue names; for one that names only a known source ("dikatakan
    Budanov", "berdasarkan NIS"), only a known source right after it."""
    text, story, vocab, lexicon = scan.text, reader.story, reader.vocab, reader.lexicon
    while pos < limit and text[pos].isspace():
        pos += 1
    marker = next((m for m in lexicon.agent_markers if text.startswith(m, pos)), None)
    if marker is not None:  # "dilaporkan oleh NIS"
        pos += len(marker)
        while pos < limit and text[pos].isspace():
            pos += 1
    first_word = _WORD.match(text, pos, limit)
    if first_word is not None and first_word[0][:1].isdigit():
        return None  # "taksiran 600 tentara Korut": what was estimated, not who
    if first_word is not None and first_word[0].lower() in lexicon.topics:
        return None  # "penilaian terhadap Korea Utara": a topic follows the cue, not a source
    if first_word is not None and first_word[0].lower() in lexicon.source_stop:
        return None  # "Dalam pernyataan pada hari yang sama, JCS ...": no source after the cue
    # Most often a known source follows the cue at once ("menurut NIS"): the earliest name, whatever ends the phrase.
    at_once = vocab.source_pattern.match(text, pos, min(limit, pos + 160))
    if at_once is not None and not _other_name(text, at_once, reader):
        return _known(at_once, vocab.source_id(at_once[0]), cue, story)
    if known_only:
        # "klaim yang dilontarkan Presiden Volodymyr Zelensky": a passive cue's agent, named,
        # whom the story does not know ("dilaporkan tewas" names nobody: no capital follows)
        named = _named_agent(text, pos, limit, lexicon)
        if named is None:
            return None
        # "diungkapkan Sekretaris Dewan Keamanan Rusia Sergei Shoigu": the person the title is of
        for m in vocab.source_pattern.finditer(text, named[0], named[1]):
            sid = vocab.source_id(m[0])
            if sid in story.people:
                return _known(m, sid, cue, story)
        return Attribution(named[0], named[1], cue, None, text[named[0] : named[1]], False, True)
    end_match = _PHRASE_END.search(text, pos, limit)
    phrase_end = end_match.start() if end_match else limit
    phrase_end = min(phrase_end, _stop_word_end(text, pos, phrase_end, lexicon))
    verb = scan.search(lexicon.re_verb_cue, VERB, pos, phrase_end)
    if verb is not None:  # "penilaian itu menyebut ...": the verb reads its own subject
        phrase_end = verb.start()
    # The earliest known name wins; it may run past a comma ("Korea Selatan, AS, dan Ukraina").
    first = next(
        (
            m
            for m in scan.finditer(vocab.source_pattern, SOURCE, pos, min(limit, pos + 160))
            if not _other_name(text, m, reader)
        ),
        None,
    )
    if first is not None and first.start() <= phrase_end and not any(c.isdigit() for c in text[pos : first.start()]):
        # (a name after a figure is what it counts, "... disebutkan 600 tentara Korut")
        found = _known(first, vocab.source_id(first[0]), cue, story)
        joined = _joined_after(text, scan, first, min(limit, pos + 160), reader)
        return found._replace(also=joined) if joined else found
    if text.startswith("(", phrase_end):  # "Layanan Intelijen Nasional (NIS)": the bracket names it
        inside = vocab.source_pattern.match(text, phrase_end + 1, min(limit, phrase_end + 80))
        if inside is not None and text.startswith(")", inside.end()):
            return _known(inside, vocab.source_id(inside[0]), cue, story)
    raw = text[pos:phrase_end].strip()
    if not raw:
        return None
    words = _WORD.findall(raw)[:8]
    if not words:
        return None
    name = " ".join(words)
    if _pronoun(words[0], lexicon) or _demonstrative(words, lexicon):
        return Attribution(pos, pos + len(raw), cue, None, name, False, False, pronoun=True)
    if words[0].lower() in lexicon.months or words[0].lower() in lexicon.weekdays:
        return None  # "taksiran April lalu": when the estimate was made, not whose
    return Attribution(pos, pos + len(raw), cue, None, name, False, _identified(words, lexicon))


def _before_verb(
    reader: Reader, scan: Scan, s: int, vs: int, cue: str, cued: list[tuple[int, int]]
) -> Attribution | None:
    text, story, vocab, lexicon = scan.text, reader.story, reader.vocab, reader.lexicon
    if phrase_before(text, vs, s, lexicon.negations) is not None:
        return None  # a denied verb: "Budanov tidak menyebut jumlah pasti"
    article = _WORD_BEFORE_VERB.search(text, max(s, vs - 20), vs)
    if article is not None and article[1].lower() in lexicon.title_articles and article[1].lower() in lexicon.anonymous:
        return None  # "an estimated 28,000": an article, so a qualifier, no verb
    dateline = _DATELINE.match(text, s, vs)
    window_start = s = dateline.end() if dateline is not None else s
    for m in lexicon.re_clause_break.finditer(text, s, vs):
        window_start = m.end()
    # ", yang membantah klaim NIS,": an aside about the subject, whose names speak for no one
    between = text[window_start:vs]
    asides = (
        [m.span() for m in lexicon.re_aside.finditer(text, window_start, vs)]
        if any(word in between for word in lexicon.relative_pronouns)
        else []
    )
    known: list[tuple[re.Match[str], str | None]] = []
    for m in scan.finditer(vocab.source_pattern, SOURCE, window_start, vs):
        sid = vocab.source_id(m[0])
        if (
            not _starts_other_name(text, m, sid, reader)
            and not any(cs <= m.start() < ce for cs, ce in cued)
            and not any(a <= m.start() < b for a, b in asides)
            and phrase_before(text, m.start(), window_start, lexicon.places) is None
            and not _topic(scan, window_start, m.start(), reader.topic)
            and not (sid not in story.people and _ends_longer_name(text, window_start, m.start(), lexicon))
            and not (sid not in story.people and _possessor_of_name(text, m.end(), vs, lexicon))
        ):
            known.append((m, sid))
    if known and _subject_after_known(text, known, window_start, vs, lexicon):
        # "North Korea will send 1,000 sappers ..., a top Russian security official said": the
        # verb's own subject follows the clause the known name is in
        known = []
    if known:
        # the source nearest the verb, but a longer name that ends at the same place wins
        nearest, sid = max(known, key=lambda k: (k[0].end(), k[0].end() - k[0].start()))
        # "Badan Intelijen Nasional (NIS) Korea Selatan memperkirakan": the country after the
        # body is the body's, and the body (which counts as it) is the subject
        body = next(
            (
                k
                for k in known
                if k[0].end() < nearest.start()
                and not text[k[0].end() : nearest.start()].strip()
                and sid is not None
                and k[1] is not None
                and sid in story.lineage(k[1])
                and sid != k[1]
            ),
            None,
        )
        if body is not None:
            nearest, sid = body
        person = next((k for k in reversed(known) if k[1] in story.people), None)
        # A person before it, when it is the person's title or body, is the subject: "Budanov,
        # kepala intelijen militer Ukraina, mengatakan", "Budanov dari HUR mengatakan".
        if (
            person is not None
            and person[0] is not nearest
            and (
                "," in text[nearest.end() : vs]
                or (sid is not None and sid in story.lineage(person[1]))
                # "Budanov dalam laporan yang diperoleh kantor berita AFP menyatakan": the body
                # is in a clause about something else, the person is the subject
                or any(
                    w.lower() in lexicon.relative_pronouns
                    for w in _WORD.findall(text[person[0].end() : nearest.start()])
                )
            )
        ):
            nearest, sid = person
        if cue.lower() in lexicon.bare_verbs and not _right_before(text, nearest.end(), vs, lexicon):
            return None  # "membantah klaim Budanov": a noun, not a verb of the name before it
        joined = _joined_sources(text, known, nearest, lexicon)
        named = _name_after_title(text, nearest.end(), vs, lexicon)
        if named is not None and vocab.source_pattern.fullmatch(text, *named):
            named = None  # "NIS Korea Selatan": the body's country, not a speaker's name
        if named is None and sid not in story.people and story.offices:
            office = _office_before(text, nearest.start(), vs, story)
            if office is not None:
                # "Russia's Defense Minister announced": whoever held the office on the draft's
                # date (the matching stage knows the date)
                start, end, key = office
                return Attribution(start, end, cue, None, text[start:end], False, True, verb=True, office=key)
        if named is not None and sid not in story.people:
            # "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan": the known body is the
            # speaker's affiliation; the speaker is the name after it, whom the story does not know
            start, end = named
            return Attribution(start, end, cue, None, text[start:end], False, True, verb=True)
        found = _known(nearest, sid, cue, story)
        return found._replace(also=joined) if joined else found
    if cue.lower() in lexicon.bare_verbs:
        return None
    if any(cs < vs and ce > window_start for cs, ce in cued):
        return None  # "penilaian bersama Korsel, AS, dan Ukraina memperkirakan": the cue's source is the subject
    segment_start = window_start
    for m in _CLAUSE_COMMA.finditer(text, window_start, vs):
        if text[m.end() : vs].strip():
            segment_start = m.end()
    last = _WORD_BEFORE_VERB.search(text, segment_start, vs)
    if last is not None and last[1].lower() in lexicon.pronouns:
        # "..., when it put the toll at 100 dead": the pronoun right before the verb is its subject
        return Attribution(last.start(1), last.end(1), cue, None, last[1], False, False, pronoun=True)
    while segment_start > window_start:
        # "X, usai kunjungan ke Pyongyang pada Selasa, mengumumkan": a clause about when is no subject
        lead = _WORD.search(text, segment_start, vs)
        if lead is None or lead[0].lower() not in lexicon.source_stop:
            break
        comma = max((m.end() for m in _CLAUSE_COMMA.finditer(text, window_start, segment_start - 1)), default=-1)
        segment_start = comma if comma >= 0 else window_start
    if segment_start > window_start and all(
        w.lower() in lexicon.coordinators or w.lower() in lexicon.contrast_words
        for w in _WORD.findall(text[segment_start:vs])
    ):
        # "Zelensky tidak merinci jumlah korban, namun menyebut ...": the first clause's subject
        segment_start = window_start
        first = _WORD.match(text, _skip_lead(text, window_start, vs), vs)
        named = _named_agent(text, first.start(), vs, lexicon) if first is not None else None
        if named is not None:
            return Attribution(named[0], named[1], cue, None, text[named[0] : named[1]], False, True)
    appositive = _appositive_name(text, window_start, segment_start, vs, lexicon)
    if appositive is not None:
        start, end = appositive
        return Attribution(start, end, cue, None, text[start:end], False, True)
    if story.offices:
        for w in _WORD.finditer(text, window_start, vs):
            office = _office_before(text, w.start(), vs, story)
            if office is not None:  # "..., particularly since Russia's Defense Minister announced"
                start, end, key = office
                return Attribution(start, end, cue, None, text[start:end], False, True, verb=True, office=key)
    named = _name_right_before(text, segment_start, vs, lexicon)
    if named is not None and vocab.source_pattern.fullmatch(text, *named) is None:
        # "The briefing came days after Ukrainian President Volodymyr Zelenskyy said ...": the
        # name right before the verb is its subject, whatever clause stands before it
        return Attribution(named[0], named[1], cue, None, text[named[0] : named[1]], False, True)
    raw = text[segment_start:vs].strip()
    words = _WORD.findall(raw)
    topic = next((i for i, w in enumerate(words) if w.lower() in lexicon.topics), None)
    if topic is not None:  # "Perkiraan terhadap kekuatan Korea Utara": the subject ends there
        words = words[:topic]
    stop = next((i for i, w in enumerate(words) if w.lower() in lexicon.source_stop), None)
    if stop:  # "Lavrov pula yang pada Selasa (17/6) mengumumkan": the subject ends where a clause starts
        words = words[:stop]
    words = [w for w in words if w.lower() not in lexicon.source_stop]
    while words and words[-1].lower() in lexicon.verb_aux:
        words.pop()  # "Lavrov pula", "NIS juga"
    if not words or (len(words) == 1 and words[0].lower() in lexicon.anonymous):
        return None  # "An estimated 4,700": an article, no subject
    name = " ".join(words[-8:])
    if _pronoun(words[-1], lexicon) or _pronoun(words[0], lexicon) or _demonstrative(words, lexicon):
        return Attribution(segment_start, vs, cue, None, name, False, False, pronoun=True)
    return Attribution(segment_start, vs, cue, None, name, False, _identified(words, lexicon))


def _ends_longer_name(text: str, lo: int, start: int, lexicon: Lexicon) -> bool:
    """Is the known name at ``start`` the end of a longer one, a body the story does not know:
    "Badan Intelijen Pertahanan Korea Selatan" (not South Korea's government)? (A title before
    it is the speaker's, "Menlu Rusia Sergei Lavrov", read with the name after; "Laporan NIS"
    is NIS's report.)"""
    j = start - 1
    if j <= lo or text[j] != " ":
        return False
    first = ""
    while j > lo and text[j] == " ":
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_-"):
            k -= 1
        if k == j or not text[k].isupper():
            break
        first = text[k:j]
        j = k - 1
    lower = first.lower()
    return bool(first) and lower in lexicon.body_nouns and lower not in lexicon.vague_agents


def _appositive_name(text: str, lo: int, segment: int, vs: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'Lee Seong-kweun, anggota komite intelijen parlemen, menyampaikan': the name before a
    title set off by commas is the verb's subject. The span of the name, or None."""
    if segment <= lo or not text[segment:vs].strip() or text[segment - 1] != ",":
        return None
    before = text[lo : segment - 1]
    head = before.rsplit(",", 1)[0] if before.count(",") else before
    start = lo + (len(before) - len(head.lstrip()) if not before.count(",") else before.rfind(",") + 1)
    words = list(_WORD.finditer(text, start, segment - 1))
    if not 1 <= len(words) <= 4 or not all(w[0][0].isupper() for w in words):
        return None
    if any(w[0].lower() in lexicon.title_words or w[0].lower() in lexicon.vague_agents for w in words):
        return None
    title = [w.lower() for w in _WORD.findall(text[segment:vs])]
    phrase = " ".join(title)
    if not title or (title[0] not in lexicon.title_words and not any(phrase.startswith(r) for r in lexicon.roles)):
        return None  # "Lee, yang ..., menyampaikan": no title in apposition
    return words[0].start(), words[-1].end()


_CLAUSE_COMMA = pattern_cache.compile(r",(?!\d{3})")  # not the one in "10,000"
_WORD_BEFORE_VERB = pattern_cache.compile(r"([^\W\d_]+)\s*$")


def _office_before(text: str, start: int, vs: int, story: Story) -> tuple[int, int, str] | None:
    """An office of the story named from ``start`` up to the verb at ``vs`` (a leading "the"
    aside): its span and key."""
    end = vs
    while end > start and text[end - 1].isspace():
        end -= 1
    phrase = text[start:end]
    key = office_key(phrase)
    if key not in story.offices:
        return None
    return start, end, key


def _possessor_of_name(text: str, end: int, limit: int, lexicon: Lexicon) -> bool:
    """Is the known name ending at ``end`` the possessor in a longer name: "South Korea's
    Defense Intelligence Agency", "Seoul's military" (a body the story does not know, not
    South Korea's government)?"""
    if _POSSESSED.match(text, end, limit) is not None:
        return True
    m = _POSSESSED_BODY.match(text, end, limit)
    return m is not None and m[1].lower() in lexicon.body_nouns


_POSSESSED_BODY = pattern_cache.compile(r"['’]s\s+([a-z]+)\s*$")
_POSSESSED = pattern_cache.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){1,5}?[A-Z][\w-]*(?=\s+[a-z]|\s*[,.]|\s*$)")


def _subject_after_known(
    text: str, known: list[tuple[re.Match[str], str | None]], lo: int, vs: int, lexicon: Lexicon
) -> bool:
    """Does the verb have a subject of its own after the last comma before it, past every
    known name: a named or described source ("a top Russian security official"), or a noun
    pointing back ("the officials")?"""
    comma = max((m.start() for m in _CLAUSE_COMMA.finditer(text, lo, vs)), default=-1)
    if comma < 0:
        return False
    words = _WORD.findall(text, comma + 1, vs)
    if not words or len(words) > 8:
        return False
    first = words[0].lower()
    if first in lexicon.source_stop:
        return False  # ", pada Rabu (18/6/2025) mengonfirmasi": when, not who
    if first in lexicon.anonymous and _identified(words, lexicon):
        return True  # "a top Russian security official": a description, whatever country it names
    if any(m.start() > comma for m, _ in known):
        return False
    return first in lexicon.definite_articles or first in lexicon.demonstratives or _identified(words, lexicon)


def _joined_after(text: str, scan: Scan, first: re.Match[str], limit: int, reader: Reader) -> tuple[str, ...]:
    """The known sources joined after ``first`` by coordinators only: "citing Ukrainian and U.S.
    officials", "menurut Korea Selatan dan AS"."""
    vocab, coordinators = reader.vocab, reader.lexicon.coordinators
    out: list[str] = []
    end = first.end()
    for m in scan.finditer(vocab.source_pattern, SOURCE, end, limit):
        between = text[end : m.start()].replace(",", " ").split()
        if not between or not all(w.lower() in coordinators for w in between):
            break
        sid = vocab.source_id(m[0])
        if sid is not None:
            out.append(sid)
        end = m.end()
    return tuple(out)


def _joined_sources(
    text: str, known: list[tuple[re.Match[str], str | None]], nearest: re.Match[str], lexicon: Lexicon
) -> tuple[str, ...]:
    """The known sources joined to ``nearest`` as one subject, by coordinators and commas only:
    "South Korean and Western intelligence estimate", "Seoul and Washington say"."""
    out: list[str] = []
    end = nearest.start()
    for m, sid in reversed(known):
        if m.end() > end or sid is None:
            continue
        between = text[m.end() : end].replace(",", " ").split()
        if not between or not all(
            w.lower() in lexicon.coordinators or w.lower() in lexicon.title_articles for w in between
        ):
            break
        if not any(w.lower() in lexicon.coordinators for w in between) and "," not in text[m.end() : end]:
            break
        out.append(sid)
        end = m.start()
    return tuple(out)


def _name_right_before(text: str, lo: int, vs: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A name of two capitalised words or more (a title's words may open it) ending right
    before the verb at ``vs``, with a word before it that is not capitalised (so it is not the
    whole sentence's opening): its span, or None."""
    words = [w for w in _WORD.finditer(text, lo, vs)]
    if not words or text[words[-1].end() : vs].strip():
        return None
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if run and text[w.end() : run[0].start()].strip():
            break
        if not w[0][0].isupper() and w[0].lower() not in lexicon.title_words:
            break
        run.insert(0, w)
    while run and not run[0][0][0].isupper():
        run.pop(0)
    names = [w for w in run if w[0][0].isupper() and w[0].lower() not in lexicon.title_words]
    if len(names) < 2 or (len(run) == len(words) and not text[:lo].rstrip().endswith(",")):
        return None  # (the whole sentence's opening, unless a comma stands before it)
    lower = [w[0].lower() for w in run]
    if any(w in lexicon.vague_agents or w in lexicon.source_stop for w in lower):
        return None
    return run[0].start(), run[-1].end()


def _named_agent(text: str, pos: int, limit: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Capitalised words right at ``pos`` (a title's words may be among them), ending in a name:
    "Presiden Volodymyr Zelensky", "Juru Bicara Kemenlu AS Vedant Patel"; their span, or None."""
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(text, pos, min(limit, pos + 120)):
        gap = text[words[-1].end() if words else pos : w.start()]
        if gap.strip() or not w[0][0].isupper():
            break
        words.append(w)
    if not words:
        return None
    lower = [w[0].lower().rstrip(".") for w in words]
    if lower[0] in lexicon.anonymous or lower[0] in lexicon.vague_agents:
        return None  # "dikatakan Seorang Pejabat": capitalised, and still nobody
    if all(word in lexicon.title_words for word in lower):
        return None  # a title with no name: "Presiden" alone
    if lexicon.month(lower[0]) is not None or lexicon.weekday(lower[0]) is not None:
        return None  # "dilaporkan Senin (17/6)": a date, no agent
    end = words[-1].end()
    while end > words[0].start() and text[end - 1] == ".":
        end -= 1
    return words[0].start(), end


def _name_after_title(text: str, lo: int, hi: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A person's name standing between a title's body and the verb: two or more capitalised
    words, none a title word, a date word or a helper ("Sergei Lavrov" in "Menteri Luar Negeri
    Rusia Sergei Lavrov mengatakan"); its span, or None."""
    comma = text.find(",", lo, hi)
    if comma >= 0 and text[comma + 1 : hi].rstrip().endswith(","):
        hi = comma  # "Menlu Rusia Sergei Lavrov, usai kunjungan ke Pyongyang, mengumumkan": an aside
    between = text[lo:hi]
    if not between.strip() or any(mark in between for mark in ',()"“”:;') or any(c.isdigit() for c in between):
        return None
    words = list(_WORD.finditer(text, lo, hi))
    if not 2 <= len(words) <= 4:
        return None
    for w in words:
        lower = w[0].lower()
        if (
            not w[0][0].isupper()
            or lower in lexicon.title_words
            or lower in lexicon.verb_aux
            or lexicon.weekday(lower) is not None
            or lexicon.month(lower) is not None
        ):
            return None
    return words[0].start(), words[-1].end()


def _right_before(text: str, end: int, vs: int, lexicon: Lexicon) -> bool:
    """Only spaces, marks and helper words ("juga", "kembali") between a name and its verb."""
    between = _WORD.findall(text[end:vs])
    return all(w.lower() in lexicon.verb_aux for w in between) and "," not in text[end:vs]


def _other_name(text: str, m: re.Match[str], reader: Reader) -> bool:
    """A known person's short form that starts someone else's name ('Kim' in 'Kim Yo Jong')."""
    return _starts_other_name(text, m, reader.vocab.source_id(m[0]), reader)


def _starts_other_name(text: str, m: re.Match[str], sid: str | None, reader: Reader) -> bool:
    person = reader.story.people.get(sid or "")
    return person is not None and starts_other_name(text, m.start(), m.end(), person, reader.lexicon)


def _topic(scan: Scan, floor: int, start: int, pattern: re.Pattern[str] | None) -> bool:
    """A name after 'terhadap', 'tentang', ... ('terhadap kekuatan Korea Utara'): what is
    talked about, not who talks. Looked for only where the scan saw such a word."""
    lo = max(floor, start - 60)
    if pattern is None or not scan.any(TOPIC, lo, start):
        return False
    return pattern is not None and pattern.search(scan.text, lo, start) is not None


def topic_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    if not lexicon.topics:
        return None
    topics = words_pattern(lexicon.topics)
    return pattern_cache.compile(rf"(?<![\w-])(?i:{topics})(?:\s+[^\W\d_A-Z][\w-]*){{0,3}}\s+$")


def _known(m: re.Match[str], sid: str | None, cue: str, story: Story) -> Attribution:
    src = story.sources.get(sid) if sid else None
    return Attribution(m.start(), m.end(), cue, sid, m[0], bool(src and src.relay), not (src and src.vague))


def _stop_word_end(text: str, pos: int, end: int, lexicon: Lexicon) -> int:
    for m in _WORD.finditer(text, pos, end):
        if m.start() > pos and m[0].lower() in lexicon.source_stop:
            return m.start()
    return end


def _identified(words: list[str], lexicon: Lexicon) -> bool:
    """A source is identified when it carries a name: a capitalised word that is not vague
    ("seorang diplomat Eropa", "Sumber Tempo" name no one)."""
    phrase = " ".join(w.lower() for w in words)
    if words and words[0].lower() in lexicon.anonymous:
        # "a South Korean legislator", "seorang anggota parlemen", "a top Russian security
        # official": a role is someone (one that needs a country or body named with it, only
        # then); "seorang pejabat" is not
        rest = words[1:]
        phrase = " ".join(w.lower() for w in rest)
        # ("a top Russian security official": a country and what the office is; "seorang
        # diplomat Eropa" names neither office nor body)
        qualified = (
            any(w.lower() in lexicon.qualified_roles for w in rest)
            and any(w[0].isupper() and w.lower() not in lexicon.vague_agents for w in rest)
            and any(w.lower() in lexicon.title_words and w.lower() not in lexicon.qualified_roles for w in rest)
        )
        return qualified or any(
            role == phrase or phrase.endswith(" " + role) or phrase.startswith(role + " ") for role in lexicon.roles
        )
    if any(phrase == role or phrase.startswith(role + " ") for role in lexicon.roles):
        return True  # "anggota parlemen yang mengikuti rapat": a role, not nobody
    named = [
        word
        for word in words
        if word[0].isupper() and word.lower() not in lexicon.vague_agents and word.lower() not in lexicon.source_stop
    ]
    # "Dinas intelijen menyebut": a common noun capitalised as the sentence's first word names
    # no one; "Kementerian Pertahanan" does
    return bool(named) and not (len(named) == 1 and named[0] is words[0] and words[0].lower() in lexicon.body_nouns)


def _demonstrative(words: list[str], lexicon: Lexicon) -> bool:
    """'Pejabat itu', 'laporan tersebut', 'badan intelijen itu': a noun pointing back."""
    return any(w.lower() in lexicon.demonstratives for w in words[:4])


def _pronoun(word: str, lexicon: Lexicon) -> bool:
    """'ia', 'mereka', or a reporting cue with a pointing-back ending ('menurutnya', 'katanya')."""
    lower = word.lower()
    if lower in lexicon.pronouns:
        return True
    ending = next((s for s in lexicon.pronoun_suffixes if lower.endswith(s)), None)
    return ending is not None and lower[: -len(ending)] in {cue.lower() for cue in lexicon.attribution_prefix}
