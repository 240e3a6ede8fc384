"""Claims in a document: figures and dates with what they count, who said them and which fact they are about."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from lint.cache import patterns as pattern_cache
from lint.facts.story import Story
from lint.facts.vocabulary import DateKeywords, Vocabulary

if TYPE_CHECKING:
    from lint.reading.reader import Reader
from lint.reading.attribution import Attribution
from lint.reading.dates import DateMention, find_dates
from lint.reading.discourse import Discourse, Spans, closing_quote_attributions
from lint.reading.document import Document, Sentence, strip_comments
from lint.reading.language import Lexicon
from lint.reading.numbers import Figure, find_figures
from lint.reading.people import PersonMention, find_people
from lint.reading.scan import AGENTLESS, CUE, DIGIT_TIME, EVENT, TIME, VERB, Scan, WordsBefore, words_before
from lint.reading.words import phrase_key, words_pattern


class ClaimPatterns(NamedTuple):
    """The patterns reading claims needs for a story in a language, made once."""

    noun_lead: re.Pattern[str]  # what may stand between a number and what it counts: "(", "orang"
    times: re.Pattern[str]  # times are not figures: "pukul 09.15", "14:18", "09.15 WIB"
    owner_subject: re.Pattern[str] | None  # a country owning what follows: "Rusia telah mengerahkan "
    owner_verbs: WordsBefore
    count_head: re.Pattern[str] | None  # what a figure at the end of its clause counts: "jumlah tentara ..."
    clause_end: re.Pattern[str]  # nothing counted after a figure: at most a filler, then the clause ends
    noun_before: re.Pattern[str] | None  # what counts stands right before: "pasukan sebanyak 25.000 orang"
    noun_before_words: WordsBefore  # the words noun_before's matches end with
    relative_pronouns: tuple[str, ...]  # "yang": noun_before may be tried where one stands
    noun_owned: re.Pattern[str] | None  # a counted noun with a possessive ending: "25.000 tentaranya"
    totals: WordsBefore  # "atau total 8.000"


def claim_patterns(vocab: Vocabulary, story: Story, lexicon: Lexicon) -> ClaimPatterns:
    fillers = words_pattern(list(lexicon.count_fillers))
    markers = words_pattern(list(lexicon.time_markers))
    zones = words_pattern(list(lexicon.time_zones))
    owner_subject = None
    if vocab.country_pattern is not None and lexicon.owner_verbs:
        aux = words_pattern(list(lexicon.verb_aux))
        verbs = words_pattern(list(lexicon.owner_verbs))
        owner_subject = pattern_cache.compile(
            rf"(?<![\w-])(?P<country>{words_pattern(list(vocab.country_by_word))})\s+(?:(?:{aux})\s+)*(?:{verbs})\s+$",
            re.I,
        )
    count_head = None
    if vocab.noun_pattern is not None and lexicon.count_heads:
        count_head = pattern_cache.compile(
            rf"(?<![\w-])(?:{words_pattern(list(lexicon.count_heads))})\s+(?P<noun>{vocab.noun_pattern.pattern})", re.I
        )
    noun_before = None
    if vocab.noun_pattern is not None:
        rel, count = words_pattern(lexicon.relative_pronouns), words_pattern(lexicon.count_verbs)
        noun_before = pattern_cache.compile(
            rf"(?<![\w-])(?P<noun>{vocab.noun_pattern.pattern})\s+"
            rf"(?:(?:{rel})\s+(?:[^\W\d_][\w-]*\s+){{1,3}})?(?:(?:(?:{rel})\s+)?(?:{count})\s+)?$",
            re.I,
        )
    noun_owned = None
    if vocab.noun_pattern is not None and lexicon.possessive_suffixes:
        nouns, endings = words_pattern(list(vocab.noun_by_word)), words_pattern(list(lexicon.possessive_suffixes))
        noun_owned = pattern_cache.compile(rf"(?<![\w-])(?P<noun>{nouns})(?:{endings})(?![\w-])", re.I)
    return ClaimPatterns(
        noun_lead=pattern_cache.compile(rf"\s*(?:\(\s*)?(?:(?:{fillers})\s+)?", re.I),
        times=pattern_cache.compile(
            rf"(?i)(?<![\w.])(?:{markers})\s+\d{{1,2}}(?:[.:]\d{{2}})?"
            rf"|(?<![\w.:])\d{{1,2}}[.:]\d{{2}}(?:\s*(?:{zones}))?(?![\w]|[.:]\d)"
        ),
        owner_subject=owner_subject,
        owner_verbs=words_before(lexicon.owner_verbs),
        count_head=count_head,
        clause_end=pattern_cache.compile(rf"(?:\s+(?:{fillers}))?\s*(?:[.,;:!?)]|$)", re.I),
        noun_before=noun_before,
        noun_before_words=words_before([*vocab.noun_by_word, *lexicon.count_verbs]),
        relative_pronouns=lexicon.relative_pronouns,
        noun_owned=noun_owned,
        totals=words_before(lexicon.totals, ":="),
    )


class FigureClaim(NamedTuple):
    figure: Figure
    sentence: Sentence
    noun: str | None  # noun class from the story ("troops")
    noun_text: str
    noun_end: int
    event: str | None  # event class ("deployed", "killed")
    owner: str | None  # country written right after the noun ("tentara Ukraina")
    attribution: Attribution | None  # the source credited (resolved through relays and pronouns)
    via: Attribution | None  # the relay the figure came through, if any
    hedged: bool  # an agentless passive ("dilaporkan") and no source
    own_date: DateMention | None  # a date in the sentence that dates the figure
    total: bool  # introduced as a total ("atau total 8.000")
    vague: Attribution | None = None  # a cue naming nobody in particular ("menurut seorang pejabat")
    anaphoric: bool = False  # "kedua tawanan itu": points back to a count given before, says none anew
    planned: bool = False  # "akan mengirim 10.900 prajurit": a plan, not a count of what happened
    also: str | None = None  # "6.000 penjinak ranjau dan tentara pembangun": it counts this class too
    share: bool = False  # "1.000 insinyur di antaranya": a part of a figure given before
    # "11.000 tentara pada 2024 dan 3.000 lainnya pada 2025": more of the same beside the figure
    # before, a part of no count the story keeps
    increment: bool = False
    # it counts more beside a count given before, or one wave of it ("1.500 tentara tambahan",
    # "gelombang pertama, sekitar 1.500"): no other count of that whole
    added: bool = False
    revised: bool = False  # its sentence tells it as the source's revision ("merevisi", "kini")
    # what it counts says what happened to them only by default ("troops": sent), no word of the
    # clause does ("North Korea's army of some 1.2 million troops")
    event_implied: bool = False
    parts_follow: bool = False  # "4.700 korban, terdiri atas 600 tewas dan 3.100 terluka": a total, its parts after it

    @property
    def source_key(self) -> str | None:
        return self.attribution.key if self.attribution and self.attribution.identified else None


class DateClaim(NamedTuple):
    mention: DateMention
    sentence: Sentence
    fact: str
    attribution: Attribution | None


class Analysis(NamedTuple):
    """Everything read from one document; checks only look here."""

    document: Document
    sentences: list[Sentence]
    figures: list[FigureClaim]
    dates: list[DateMention]
    date_claims: list[DateClaim]
    people: list[PersonMention]
    reader: Reader  # what read it: the draft's language and the story's words in it


def analyse(doc: Document, reader: Reader) -> Analysis:
    """Read a document. Each kind of mention is found in one pass over the whole body (far
    cheaper than a pass per sentence) and then handed to the sentence it falls in."""
    text = strip_comments(doc.text)  # offsets unchanged; comments are not read as text
    vocab, lexicon = reader.vocab, reader.lexicon
    sentences = doc.sentences(lexicon)
    lo, hi = doc.body_start, len(text)
    words = reader.index
    keyword_groups = words.keyword_groups
    reading = reader.claims
    scan = Scan(text, lo, hi, words)
    dates = find_dates(reader, text, lo, hi, doc.date, scan)
    times = scan.finditer_any(reading.times, (TIME, DIGIT_TIME), lo, hi)
    protected = [(d.start, d.end) for d in dates] + [m.span() for m in times]
    figures = find_figures(reader, text, lo, hi, protected, scan)
    starts = [sentence.start for sentence in sentences]
    dates_in = _by_sentence(dates, starts, sentences)
    figures_in = _by_sentence(figures, starts, sentences)
    # Each sentence's reporting cues, from one pass over the draft: what a pass over the
    # sentence alone finds, as no cue runs from one sentence into the next.
    cues = (
        Spans(scan.finditer(lexicon.re_prefix_cue, CUE, lo, hi)),
        Spans(scan.finditer(lexicon.re_verb_cue, VERB, lo, hi)),
    )
    with_cues = {i for c in cues for s in c.starts if (i := _sentence_of(s, starts, sentences)) is not None}
    # "NIS: ...": a source and a colon open the sentence
    with_cues.update(i for i, sentence in enumerate(sentences) if ":" in sentence.text[:80])
    # "... tewas (NIS).": a source in brackets closes the sentence
    with_cues.update(i for i, sentence in enumerate(sentences) if ")" in sentence.text[-4:])
    analysis = Analysis(
        doc,
        sentences,
        figures=[],
        dates=[d for d in dates if _sentence_of(d.start, starts, sentences) is not None],
        date_claims=[],
        people=[
            p
            for p in find_people(reader, text, lo, hi, scan, _speaker_words(text, cues, hi))
            if _sentence_of(p.start, starts, sentences) is not None
        ],
        reader=reader,
    )
    said_by = Discourse(scan, sentences, with_cues, cues, reader)
    for index, sentence in enumerate(sentences):
        figures_here = figures_in.get(index, ())
        if figures_here:
            quoted = closing_quote_attributions(text, said_by, index)
            context = _Context(
                scan,
                sentence,
                index,
                said_by.resolved(index),
                said_by,
                scan.search(lexicon.re_agentless, AGENTLESS, sentence.start, sentence.end) is not None,
                next((d for d in dates_in.get(index, ()) if d.date is not None and not d.since), None)
                or _label_date(text, sentences, index, dates_in),
                [d for d in dates_in.get(index, ()) if d.date is not None and not d.since],
                [f.start for f in figures_here],
                lexicon.re_revision is not None
                and lexicon.re_revision.search(text, sentence.start, sentence.end) is not None,
            )
            for i, fig in enumerate(figures_here):
                next_start = figures_here[i + 1].start if i + 1 < len(figures_here) else sentence.end
                prev_end = figures_here[i - 1].end if i else sentence.start
                claim = _figure_claim(context, fig, prev_end, next_start, reader)
                if claim.attribution is None and quoted:
                    claim = claim._replace(attribution=quoted[0], hedged=False)
                elif (
                    claim.attribution is None
                    and claim.noun is not None
                    and not context.hedged
                    and not context.attributions
                ):
                    carried = _continued(said_by, index, claim.share)
                    if carried is not None:
                        claim = claim._replace(attribution=carried)
                elif claim.attribution is None and context.hedged and _inside_before(text, sentence, lexicon):
                    # "... merilis keterangan tertulis. Di dalamnya disebutkan 10.000 ...": the
                    # document the sentence before told of says it, and so its author
                    carried = said_by.pointed_back(index)
                    if carried is not None:
                        claim = claim._replace(attribution=carried, hedged=False)
                if claim.attribution is None and claim.noun is not None:
                    # "Sekitar 600 tentara tewas. Angka itu diungkap NIS ...": the next sentence
                    # opens on the figure to say who gave it
                    ahead = _named_next(said_by, sentences, index, text, lexicon)
                    if ahead is not None:
                        claim = claim._replace(attribution=ahead, hedged=False)
                if claim.noun is None and i and _elliptical(text, fig.end, next_start, lexicon):
                    # "300 tentara Korea Utara tewas dan 2.700 lainnya terluka": the wounded among
                    # the same troops; "... dan 3.000 lainnya menyusul": more beside the first
                    before = analysis.figures[-1]
                    claim = claim._replace(
                        noun=before.noun,
                        noun_text=before.noun_text,
                        owner=before.owner,
                        increment=claim.event is None or claim.event == before.event,
                    )
                analysis.figures.append(claim)
        usable = [d for d in dates_in.get(index, ()) if d.date is not None]
        if usable:
            said = ""
            present = scan.keyword_groups_in(sentence.start, sentence.end)
            found = False
            for keywords in vocab.date_facts:
                # a fact with a keyword group none of whose words is in the sentence is not read
                if keyword_groups[keywords.fact.id] <= present:
                    said = said or text[sentence.start : sentence.end]
                    dclaim = _date_claim(said, sentence, keywords, usable, said_by, index)
                    if dclaim:
                        analysis.date_claims.append(dclaim)
                        found = True
            if not found and index and lexicon.re_event_anaphor is not None:
                analysis.date_claims.extend(
                    _event_told_before(reader, scan, sentences, index, usable, dates_in, said_by)
                )
    return analysis


def _event_told_before(
    reader: Reader,
    scan: Scan,
    sentences: list[Sentence],
    index: int,
    usable: list[DateMention],
    dates_in: dict[int, list[DateMention]],
    said_by: Discourse,
) -> list[DateClaim]:
    """ "Korea Utara mengakui telah mengirim pasukan. Pengakuan itu dimuat KCNA pada Minggu
    (27/4/2025).": a sentence that opens on a noun for an event pointing back, and has a date,
    dates the event of the sentence before (in its paragraph, or the one before), when that
    sentence told a date fact's event without a date of its own."""
    text, sentence = scan.text, sentences[index]
    anaphor = reader.lexicon.re_event_anaphor
    if anaphor is None or not anaphor.match(text, sentence.start, sentence.end):
        return []
    before = sentences[index - 1]
    if before.paragraph < sentence.paragraph - 1 or any(d.date is not None for d in dates_in.get(index - 1, ())):
        return []
    present = scan.keyword_groups_in(before.start, before.end)
    told = text[before.start : before.end]
    groups = reader.index.keyword_groups
    facts = [k.fact.id for k in reader.vocab.date_facts if groups[k.fact.id] <= present and k.match(told) is not None]
    if len(facts) != 1:
        return []  # none, or more than one event it may point back to
    credited = next((a for a in said_by.resolved(index) if a.identified and not a.relay), None)
    return [DateClaim(usable[0], sentence, facts[0], credited)]


_Spanned = TypeVar("_Spanned", DateMention, Figure)
_NEXT_WORD = pattern_cache.compile(r"[ \t]+([^\W\d_]+)")


def _sentence_of(offset: int, starts: list[int], sentences: list[Sentence]) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < sentences[i].end else None


def _by_sentence(items: list[_Spanned], starts: list[int], sentences: list[Sentence]) -> dict[int, list[_Spanned]]:
    """Items by the sentence they start in (sentences with none are not in it); items outside
    every sentence are dropped."""
    out: dict[int, list[_Spanned]] = {}
    for item in items:
        i = _sentence_of(item.start, starts, sentences)
        if i is not None and item.end <= sentences[i].end:
            out.setdefault(i, []).append(item)
    return out


class _Context(NamedTuple):
    """What the figures of one sentence share."""

    scan: Scan
    sentence: Sentence
    sentence_index: int
    attributions: list[Attribution]  # the sentence's, pronouns resolved
    said_by: Discourse
    hedged: bool  # an agentless passive ("dilaporkan") in the sentence
    own_date: DateMention | None  # a date in the sentence that dates its figures
    dates: list[DateMention]  # the sentence's dates (of a day, month or year; no "since")
    figure_starts: list[int]  # where the sentence's figures start
    revised: bool = False  # the sentence tells its figures as the source's revision ("merevisi", "kini")


def _figure_claim(ctx: _Context, fig: Figure, prev_end: int, next_start: int, reader: Reader) -> FigureClaim:
    text, sentence = ctx.scan.text, ctx.sentence
    reading, vocab, lexicon, story = reader.claims, reader.vocab, reader.lexicon, reader.story
    noun, noun_text, noun_end = _noun(text, fig, sentence, vocab, reading, ctx.scan)
    also = _joined_noun(text, noun_end, sentence.end, vocab, lexicon) if noun else None
    owner = None
    if noun and vocab.country_pattern:
        m = vocab.country_pattern.match(text, noun_end + 1) if text[noun_end : noun_end + 1] == " " else None
        if m is None:
            m = vocab.country_pattern.match(noun_text)  # "North Korean combat troops"
        if m:
            owner = vocab.country_by_word.get(phrase_key(m[0]))
        subject = reading.owner_subject
        lo = max(sentence.start, fig.start - 80)
        if owner is None and subject is not None and reading.owner_verbs.may_end(ctx.scan, fig.start, lo):
            m = subject.search(text, lo, fig.start)
            if m:  # "Rusia mengerahkan 50.000 tentara": Russian troops
                owner = vocab.country_by_word.get(phrase_key(m["country"]))
    told = _event(ctx, fig, noun_end, prev_end, next_start, vocab, lexicon.coordinators)
    event = told or story.noun_events.get(noun or "")
    if event in story.now_events and _told_as_now(text, sentence.start, next_start, lexicon):
        event = story.now_events[event]  # "kini ... ditempatkan": there now, not sent in all
    credited, via = _credit(fig, ctx)
    lo = max(sentence.start, fig.start - 40)
    total = (
        reading.totals.may_end(ctx.scan, fig.start, lo) and bool(lexicon.re_total_before.search(text, lo, fig.start))
    ) or (
        # "Dengan demikian, total korban ... mencapai 3.300 orang": the clause is about a total
        prev_end == sentence.start and lexicon.re_total_subject.match(text, sentence.start, fig.start) is not None
    )
    parts_follow = _phrase_after(text, noun_end or fig.end, next_start, lexicon.parts_after)
    added = _added(text, fig, noun_end, prev_end, next_start, lexicon)
    return FigureClaim(
        fig,
        sentence,
        noun,
        noun_text,
        noun_end,
        event,
        owner,
        credited,
        via,
        ctx.hedged and credited is None,
        _own_date(ctx, fig, prev_end),
        total or parts_follow,
        _nearest_vague(ctx.attributions, fig.start),
        bool(noun)
        and (
            fig.collective
            or _points_back(text, noun_end, sentence.end, lexicon)
            or _definite_before(text, fig.start, sentence.start, lexicon)
        ),
        _planned(text, prev_end, fig.start, lexicon) or _planned_after(text, noun_end or fig.end, next_start, lexicon),
        also,
        bool(noun) and _phrase_after(text, noun_end, sentence.end, lexicon.share_after),
        parts_follow=parts_follow,
        added=added,
        revised=ctx.revised,
        event_implied=told is None,
    )


def _added(text: str, fig: Figure, noun_end: int, prev_end: int, next_start: int, lexicon: Lexicon) -> bool:
    """Does the figure count more beside an earlier count, or one wave of it ("tambahan 1.500",
    "1.500 tentara tambahan", "another 1,500", "1,500 more troops")?"""
    before, after = lexicon.re_increment_before, lexicon.re_increment_after
    if before is not None and before.search(text, max(prev_end, fig.start - 40), fig.start) is not None:
        return True
    return after is not None and any(
        after.match(text, at, next_start) is not None for at in {fig.end, noun_end} if at and at < next_start
    )


def _told_as_now(text: str, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """'Saat ini ... sekitar 10.000 tentara Korut ditempatkan': the clause tells a state now, and
    no perfect ("kini telah mengirim", a total) tells it as done."""
    now, perfect = lexicon.re_now, lexicon.re_perfect
    return (
        now is not None
        and now.search(text, lo, hi) is not None
        and (perfect is None or not perfect.search(text, lo, hi))
    )


def _phrase_after(text: str, at: int, limit: int, phrases: re.Pattern[str] | None) -> bool:
    """Does one of the phrases stand right after ``at`` (past spaces and a comma)?"""
    return phrases is not None and phrases.match(text, at, limit) is not None


def _joined_noun(text: str, noun_end: int, limit: int, vocab: Vocabulary, lexicon: Lexicon) -> str | None:
    """'6.000 penjinak ranjau dan tentara pembangun': another counted noun joined to the figure's
    by a coordinator, with no figure of its own: the figure counts both."""
    m = _NEXT_WORD.match(text, noun_end, limit)
    if m is None or m[1].lower() not in lexicon.coordinators or vocab.noun_pattern is None:
        return None
    other = vocab.noun_pattern.match(text, m.end() + 1, limit) if text[m.end() : m.end() + 1] == " " else None
    return vocab.noun_by_word[phrase_key(other[0])] if other else None


def _own_date(ctx: _Context, fig: Figure, prev_end: int) -> DateMention | None:
    """The date a figure is given: the sentence's first date, unless that date comes after
    another figure that stands between it and this one ("about 2,000 killed, up from at least
    600 in April": April is the 600's, not the 2,000's), or in a later clause of its own."""
    own = ctx.own_date
    if own is None or own not in ctx.dates:
        return own
    text = ctx.scan.text
    for d in ctx.dates:
        between = [s for s in ctx.figure_starts if min(fig.start, d.start) < s < max(fig.start, d.start)]
        later_clause = d.start > fig.end and not between and "," in text[fig.end : d.start]
        relative = later_clause and any(
            w.lower() in ctx.said_by.lexicon.relative_pronouns for w in _WORDS.findall(text[fig.end : d.start])
        )
        if relative or (later_clause and any(s > d.start for s in ctx.figure_starts)):
            # "... 10.000 soldiers, most of them to Kursk, where Ukraine had seized territory in
            # August 2024": a date in a relative clause after the figure is that clause's
            # "sekitar 2.000 ..., naik dari taksiran April lalu, yakni sekitar 600": a date in a
            # later clause, before the figure that clause gives, is that figure's
            continue
        if d.start < min(ctx.figure_starts) or not between:
            return d
    return None


def _definite_before(text: str, start: int, lo: int, lexicon: Lexicon) -> bool:
    """A definite article right before the figure: "the two captives" are ones counted before."""
    if not lexicon.definite_articles:
        return False
    m = _WORD_BEFORE.search(text, max(lo, start - 12), start)
    return m is not None and m[1].lower() in lexicon.definite_articles


def _planned_after(text: str, after: int, limit: int, lexicon: Lexicon) -> bool:
    """A future word right after what the figure counts: "sekitar 10.900 tentara akan dikirim"."""
    future = lexicon.re_future
    if future is None:
        return False
    m = future.search(text, after, min(limit, after + 25))
    return m is not None and not any(ch in text[after : m.start()] for ch in ",;.")


def _elliptical(text: str, end: int, limit: int, lexicon: Lexicon) -> bool:
    """Does a word that stands for the noun of the figure before come right after the figure
    ("2.700 lainnya")?"""
    m = _NEXT_WORD.match(text, end, limit)
    return m is not None and m[1].lower() in lexicon.ellipsis_words


def _planned(text: str, lo: int, at: int, lexicon: Lexicon) -> bool:
    """A future word between the figure before (or the sentence's start) and this one: "Pyongyang
    akan mengirim sekitar 10.900 prajurit" is a plan."""
    future = lexicon.re_future
    return future is not None and future.search(text, lo, at) is not None


def _points_back(text: str, noun_end: int, limit: int, lexicon: Lexicon) -> bool:
    """'kedua tawanan perang Korea Utara itu', 'Seluruh 7.000 personel tersebut': a demonstrative
    right after what the figure counts refers to a count given before."""
    m = _NEXT_WORD.match(text, noun_end, limit)
    return m is not None and m[1].lower() in lexicon.demonstratives


_WORD_AFTER = pattern_cache.compile(r"[ \t]+([^\W\d_]+)")
_WORD_BEFORE = pattern_cache.compile(r"([^\W\d_]+)[ \t]+$")


def _speaker_words(text: str, cues: tuple[Spans, Spans], hi: int) -> list[tuple[int, int]]:
    """Where a speaker's name stands: the word after a prefix cue ("ujar Solove"), the word
    before a reporting verb ("Budanow mengatakan")."""
    prefixes, verbs = cues
    out = []
    for end in prefixes.ends:
        m = _WORD_AFTER.match(text, end, hi)
        if m is not None:
            out.append(m.span(1))
    for start in verbs.starts:
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is not None:
            out.append(m.span(1))
    return out


def _label_date(
    text: str, sentences: list[Sentence], index: int, dates_in: dict[int, list[DateMention]]
) -> DateMention | None:
    """A paragraph opened by a date and a colon ("Oktober 2024: NIS mengungkap ... . Pada pekan
    yang sama, Budanov ...") dates every sentence in it, as a timeline does."""
    first = index
    while first > 0 and sentences[first - 1].paragraph == sentences[index].paragraph:
        first -= 1
    opening = dates_in.get(first, ())
    if not opening:
        return None
    label = opening[0]
    lead = text[sentences[first].start : label.start]
    if lead.strip(" -*#>\t") or not text.startswith(":", label.end) or label.date is None:
        return None
    return label


def _continued(said_by: Discourse, index: int, share: bool = False) -> Attribution | None:
    """A sentence with no reporting cue of its own that carries on the report of the sentence
    before it in the paragraph ("Menurut KCNA, Kim berbicara ... . Dalam kurun waktu itu,
    sembilan personel gugur."): that sentence's last named source, if it names one."""
    sentences = said_by.sentences
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    # a report framed by a cue before its source ("Menurut KCNA, ...") goes on; one told by a
    # verb ("Ukraina melaporkan kehadiran pasukan ...") is told whole in its sentence
    previous = sentences[index - 1]
    text = said_by.scan.text
    named = [
        a
        for a in said_by.resolved(index - 1)
        if a.identified
        and not a.relay
        and (
            share
            or (not a.verb and _frames(text[previous.start : _cue_start(text, previous, a)]))
            or (a.verb and _reports_that(text, previous, a, said_by.lexicon))
        )
    ]
    return named[-1]._replace(pronoun=True) if named else None


def _named_next(
    said_by: Discourse, sentences: list[Sentence], index: int, text: str, lexicon: Lexicon
) -> Attribution | None:
    """The source the next sentence of the paragraph names, when it opens on the figure before
    it ("Angka itu diungkap NIS", "The figure was disclosed by NIS")."""
    anaphor, j = lexicon.re_figure_anaphor, index + 1
    if anaphor is None or j >= len(sentences) or sentences[j].paragraph != sentences[index].paragraph:
        return None
    opened = anaphor.match(text, sentences[j].start, sentences[j].end)
    if opened is None:
        return None
    for a in said_by.resolved(j):
        # the figure is what the cue reports: "Angka itu diungkap NIS", not "Informasi ini
        # muncul setelah Ukraina merilis video"
        between = text[opened.end() : a.start].strip().lower()
        if a.identified and not a.relay and a.cue.lower() in between and len(between.split()) <= len(a.cue.split()) + 2:
            return a
    return None


def _inside_before(text: str, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Does the sentence open inside something told before: "Di dalamnya", "Dalam laporan itu",
    "Dalam unggahan tersebut" (a container word, then a word ending in a pointing-back suffix or
    followed by a demonstrative)?"""
    m = lexicon.re_inside_before
    return m is not None and m.match(text, sentence.start, sentence.end) is not None


def _reports_that(text: str, sentence: Sentence, a: Attribution, lexicon: Lexicon) -> bool:
    """Is ``a`` the subject of a verb that opens a report with a complementizer ("The Times
    reports that ...", "NIS mengatakan bahwa ...")? What follows it may go on in the next sentence."""
    complementizer = lexicon.re_complementizer
    if complementizer is None or not a.cue:
        return False
    at = text.find(a.cue, a.end, sentence.end)
    if at < 0:
        return False
    m = _NEXT_WORD.match(text, at + len(a.cue), sentence.end)
    return m is not None and complementizer.fullmatch(m[1]) is not None


def _cue_start(text: str, sentence: Sentence, a: Attribution) -> int:
    """Where the cue that named ``a`` starts (its source may stand further on)."""
    found = text.find(a.cue, sentence.start, a.start) if a.cue else -1
    return found if found >= 0 else a.start


def _frames(lead: str) -> bool:
    """Does a cue after ``lead`` open its sentence, framing what follows ("Menurut KCNA, ...",
    "SEOUL – Menurut NIS, ...")? One named after its clause ('"...," kata Budanov.') closes its
    report there."""
    return not any(q in lead for q in _QUOTE_CHARS) and len(lead.split()) <= 4


_QUOTE_CHARS = '"“”«»'
_WORDS = pattern_cache.compile(r"[^\W\d_][\w'’-]*")


def _nearest_vague(attributions: list[Attribution], at: int) -> Attribution | None:
    """The cue naming nobody in particular nearest the figure, if any (the first of equals)."""
    nearest, distance = None, 0
    for a in attributions:
        if not a.identified and (nearest is None or abs(a.start - at) < distance):
            nearest, distance = a, abs(a.start - at)
    return nearest


def _noun(
    text: str, fig: Figure, sentence: Sentence, vocab: Vocabulary, reading: ClaimPatterns, scan: Scan
) -> tuple[str | None, str, int]:
    if vocab.noun_pattern is None:
        return None, "", fig.end
    lead = reading.noun_lead.match(text, fig.end, sentence.end)
    pos = lead.end() if lead else fig.end
    m = vocab.noun_pattern.match(text, pos, sentence.end)
    if m is None and vocab.country_pattern is not None:
        # "15,000 North Korean combat troops": whose they are, between the figure and its noun
        country = vocab.country_pattern.match(text, pos, sentence.end)
        if country is not None and text[country.end() : country.end() + 1] == " ":
            after = vocab.noun_pattern.match(text, country.end() + 1, sentence.end)
            if after is not None:
                return vocab.noun_by_word[phrase_key(after[0])], text[pos : after.end()], after.end()
    owned = reading.noun_owned.match(text, pos, sentence.end) if reading.noun_owned is not None else None
    if owned and (m is None or owned.end() > m.end()):
        # "25.000 tentaranya"; "personel militernya" is troops, not the "personel" it starts with
        return vocab.noun_by_word[phrase_key(owned["noun"])], owned["noun"], owned.end()
    if m:
        noun = vocab.noun_by_word[phrase_key(m[0])]
        # "tentara zeni", "personel pasukan khusus": a second counted noun right after the first
        # says which of them: zeni are sappers, "pasukan khusus" troops
        # (a head of one word only: "tentara pembangun militer" are builders, named already)
        second = (
            vocab.noun_pattern.match(text, m.end() + 1, sentence.end)
            if text[m.end() : m.end() + 1] == " " and " " not in m[0].strip()
            else None
        )
        if second is not None and vocab.noun_by_word[phrase_key(second[0])] != noun:
            return vocab.noun_by_word[phrase_key(second[0])], text[m.start() : second.end()], second.end()
        return noun, m[0], m.end()
    head = reading.count_head
    if head is not None and reading.clause_end.match(text, fig.end, sentence.end):
        # "Jumlah tentara Korut yang tewas mencapai 600 orang."
        named = max(head.finditer(text, sentence.start, fig.start), key=lambda m: m.start(), default=None)
        if named is not None:
            return vocab.noun_by_word[phrase_key(named["noun"])], named["noun"], named.end("noun")
    before = reading.noun_before
    lo = max(sentence.start, fig.start - 60)
    if (
        before is not None
        and fig.unit is None
        and (
            reading.noun_before_words.may_end(scan, fig.start, lo)
            or any(w in text[lo : fig.start] for w in reading.relative_pronouns)
        )
    ):
        # "mengirim pasukan sebanyak 25.000 orang", "tentara yang tewas mencapai 6.000 orang":
        # what counts stands right before the figure, or before a clause about it
        written = before.search(text, lo, fig.start)
        # a bare noun right before a bare number is a label ("unit militer 13140"), not a count:
        # a count is joined to its noun ("sebanyak", "mencapai", "yang tewas", "berjumlah")
        if written is not None and (fig.qualifier or text[written.end("noun") : fig.start].strip()):
            return vocab.noun_by_word[phrase_key(written["noun"])], written["noun"], fig.end
    return None, "", fig.end


def _coordinated(text: str, lo: int, hi: int, coordinators: frozenset[str]) -> bool:
    """Is the figure at ``hi`` joined to the one ending at ``lo`` by a coordinator ("dan")?"""
    return any(w.lower() in coordinators for w in text[lo:hi].split())


def _event(
    ctx: _Context,
    fig: Figure,
    noun_end: int,
    prev_end: int,
    next_start: int,
    vocab: Vocabulary,
    coordinators: frozenset[str],
) -> str | None:
    """What happened to what a figure counts: the first event word after its noun, before the
    next figure; else the last one before it, after the figure before it (in "menewaskan lima
    prajurit Rusia ... melibatkan tiga personel", the killing is the five's, not the three's)."""
    pattern = vocab.event_pattern
    if pattern is None:
        return None
    after = ctx.scan.search(pattern, EVENT, noun_end, next_start)
    if after:
        return vocab.event_by_word[phrase_key(after[0])]
    if prev_end > ctx.sentence.start and _coordinated(ctx.scan.text, prev_end, fig.start, coordinators):
        prev_end = ctx.sentence.start  # "mengirim 1.000 sapper dan 5.000 pekerja": the verb is both's
    before = ctx.scan.finditer(pattern, EVENT, prev_end, fig.start)
    if before:
        return vocab.event_by_word[phrase_key(before[-1][0])]
    return None


def _credit(fig: Figure, ctx: _Context) -> tuple[Attribution | None, Attribution | None]:
    """The source of a figure: the nearest identified non-relay source in its sentence (the
    first of equals); a relay alone (AFP, Tass) points back to the last source named earlier
    in the paragraph."""
    at = fig.start
    direct = via = None
    direct_distance = via_distance = 0
    for a in ctx.attributions:
        if not a.identified:
            continue
        distance = abs(a.start - at)
        if a.relay:
            if via is None or distance < via_distance:
                via, via_distance = a, distance
        # "X mengatakan ..." covers what follows X, not a figure in an earlier clause; unless X
        # opens the sentence's last part, after a comma, reporting what came before it ("...
        # killed or wounded, South Korea's spy agency told lawmakers")
        elif not (
            a.verb and at < a.start and not _closes_report(ctx.scan.text, at, a, ctx.sentence.end, ctx.said_by.lexicon)
        ) and (direct is None or distance < direct_distance):
            direct, direct_distance = a, distance
    if direct is not None:
        return direct, via
    if via is not None:
        earlier = next((a for a in reversed(ctx.said_by.here(ctx.sentence_index)) if not a.relay), None)
        return (earlier, via) if earlier else (via, None)
    return None, None


def _reported_between(said_by: Discourse, sentence: Sentence, before: int) -> list[tuple[int, int]]:
    """Spans from a reporting verb to the complementizer after it ("reported in March that"),
    both before ``before``."""
    complementizer = said_by.lexicon.re_complementizer
    if complementizer is None:
        return []
    text = said_by.scan.text
    out = []
    for _, verb_end in said_by.verb_cues(sentence):
        if verb_end < before:
            m = complementizer.search(text, verb_end, before)
            if m is not None:
                out.append((verb_end, m.start()))
    return out


def _closes_report(text: str, at: int, a: Attribution, end: int, lexicon: Lexicon) -> bool:
    """Does the source ``a`` open the sentence's last part, after a comma or a closing quote
    past the figure at ``at``, with nothing but its title before it and nothing reported after
    its verb (no figure, no "that")? Its verb then reports the clause before: "..., Russia's
    Defense Minister Sergei Shoigu confirmed", "..., South Korea's spy agency told lawmakers"."""
    start = a.start
    mark = max(text.rfind(",", at, start), text.rfind('"', at, start), text.rfind("”", at, start))
    if mark < 0:
        return False
    if not all(
        w[0].isupper() or w.lower() in lexicon.title_words or w.lower() in lexicon.title_articles
        for w in _WORDS.findall(text, mark + 1, start)
    ):
        return False
    rest = text[a.end : end]
    comma = rest.find(",")
    if comma >= 0:
        rest = rest[:comma]  # the verb's own clause: "told lawmakers on Wednesday, out of 4,700 ..."
    complementizer = lexicon.re_complementizer
    return not any(c.isdigit() for c in rest) and (complementizer is None or complementizer.search(rest) is None)


def _date_claim(
    said: str, sentence: Sentence, keywords: DateKeywords, usable: list[DateMention], said_by: Discourse, index: int
) -> DateClaim | None:
    """The date a fact is about in this sentence (its text ``said``), from the dates in it
    that name a day, month or year (``usable``): the one nearest the fact's keywords."""
    hits = keywords.match(said)
    if hits is None:
        return None
    anchors = [sentence.start + h for h in hits]
    # "... diteken Putin, menurut dekrit yang diterbitkan pada Sabtu (9/11/2024)": a date after a
    # reporting cue that follows the fact's words dates the report, not the event
    cues = said_by.prefix_cues(sentence)
    last, first = max(anchors), min(anchors)
    usable = [d for d in usable if not any(last < c < d.start for c, _ in cues)]
    # "Ukrainian prosecutors reported in March that since the invasion began ...": a date
    # between a reporting verb and what it reports dates the report
    reports = _reported_between(said_by, sentence, first)
    usable = [d for d in usable if not any(v <= d.start and d.end <= c for v, c in reports)]
    if not usable:
        return None

    def distance(d: DateMention) -> int:
        return min(min(abs(d.start - a), abs(d.end - a)) for a in anchors)

    nearest = min(usable, key=distance)
    credited = next((a for a in said_by.resolved(index) if a.identified and not a.relay), None)
    return DateClaim(nearest, sentence, keywords.fact.id, credited)
