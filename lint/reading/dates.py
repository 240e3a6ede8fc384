"""Dates as written in Indonesian news, at their real precision, resolved against the document date."""

from __future__ import annotations

import datetime as dt
import re
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.reading.language import Lexicon
from lint.reading.scan import (
    DIGIT_DASH,
    DIGIT_SLASH,
    DIGIT_SPACE,
    DIGIT_YEAR,
    MONTH,
    RELATIVE,
    Scan,
    WordsBefore,
    words_before,
)
from lint.reading.spans import Spans
from lint.reading.words import words_pattern

if TYPE_CHECKING:
    from lint.reading.reader import Reader


class DateMention(NamedTuple):
    start: int
    end: int
    text: str
    date: PartialDate | None  # None when the date does not exist or cannot be resolved
    weekday: int | None = None  # weekday written beside the date (Monday = 0)
    weekday_text: str = ""
    relative: bool = False
    part: str | None = None  # early | mid | late part of a month or year
    problem: str | None = None  # why the date is impossible
    since: bool = False  # "sejak ...": a starting point, not when a figure was true


class _Form(NamedTuple):
    """One way of writing a date: a cheap core pattern that the regex engine can scan for
    quickly (it starts with a digit or a month name), and an optional prefix read backwards
    from the core (weekday, "(", "tanggal", "pertengahan", a count), anchored at its start.
    Scanning for the whole form at every position was five times slower."""

    core: re.Pattern[str]
    prefix: re.Pattern[str] | None
    bad_before: str  # characters that may not stand right before the core
    channel: int  # what the core starts with (lint/reading/scan.py)


class DatePatterns(NamedTuple):
    numeric: _Form
    dashed: _Form
    textual: _Form
    textual_mdy: _Form | None  # "June 17, 2025", for a language that writes the month first
    month_year: _Form
    month_last: _Form | None  # "last November", for a language that puts "last" before
    month_alone: _Form | None  # "in January": the latest January not after the draft's month
    month_past: _Form
    relative: _Form
    year: _Form
    since: re.Pattern[str]
    since_words: WordsBefore  # what a "since" phrase can end with: the word or a filler
    close_paren: re.Pattern[str]
    weekday_after: re.Pattern[str]  # "17 Juni 2025 (Rabu)"


class _Hit(dict[str, str | None]):
    """A core match with its prefix: groups of both (a group neither has reads as None), its
    text, and the span from the prefix's start. A dict, so that reading a group is the dict's
    own lookup: a draft has dozens of these."""

    __slots__ = ("_end", "_start", "text")

    def __init__(self, text: str, start: int, end: int, groups: dict[str, str | None]) -> None:
        super().__init__(groups)
        self.text = text[start:end]
        self._start, self._end = start, end

    def __missing__(self, key: str) -> None:
        return None

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def _capitalised(words: list[str]) -> str:
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return words_pattern(sorted(forms), case_sensitive=True)


def _both_cases(words: list[str], every_word: bool = False) -> str:
    """Lower case and capitalised ("hari ini", "Hari ini"; with every_word also "Hari Ini"),
    matched case-sensitively: far faster to scan for than IGNORECASE."""
    forms = {w.lower() for w in words} | {w.capitalize() for w in words}
    if every_word:
        forms |= {" ".join(part.capitalize() for part in w.split()) for w in words}
    return words_pattern(sorted(forms), case_sensitive=True)


def date_patterns(lexicon: Lexicon) -> DatePatterns:
    # Short forms ("22 Okt 2024", "5 Sept. 2024") only right after a day number, where they
    # cannot be ordinary words.
    months = _capitalised([m for m in lexicon.months if m not in lexicon.month_abbreviations])
    any_month = _capitalised(list(lexicon.months))
    weekdays = _capitalised(list(lexicon.weekdays))
    parts = _both_cases(list(lexicon.month_parts))
    past = words_pattern(list(lexicon.month_past_suffix))
    lead = lexicon.date_lead
    units = _both_cases(list(lexicon.relative_units))
    ago = _both_cases(list(lexicon.relative_ago))
    filler = "".join(rf"(?:{_both_cases([w])}\s+)?" for w in lexicon.relative_filler)
    fixed = _both_cases(list(lexicon.relative_fixed), every_word=True)
    count_words = _both_cases([w for w, v in lexicon.number_words.items() if v >= 1 and v == int(v)])
    day_parts = rf"(?:\s+(?:{_both_cases(list(lexicon.day_parts))}))?" if lexicon.day_parts else ""
    wd = rf"(?:(?P<wd>{weekdays}){day_parts}\s*,?\s*)"
    year_lead = _both_cases(list(lead.get("year", ())))
    part_prefix = pattern_cache.compile(
        rf"(?:(?P<part>{parts})\s+)?(?:(?:{_both_cases(list(lead.get('month', ())))})\s+)?$"
    )
    numeric = _Form(
        pattern_cache.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\w/])"),
        pattern_cache.compile(rf"{wd}?(?P<open>\(\s*)?$"),
        "/.",
        DIGIT_SLASH,
    )
    # "17-6-2025" (the year in full: "16-17" is a range of days) and "2025-06-17"
    dashed = _Form(
        pattern_cache.compile(
            r"(?:(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2}))"
            r"(?![\w/-])"
        ),
        numeric.prefix,
        "/.-",
        DIGIT_DASH,
    )
    # "tahun lalu", "dua tahun lalu", "tahun ini" after a day and month or a month: the year
    year_units = _both_cases([w for w, u in lexicon.relative_units.items() if u == "year"])
    this_year = _both_cases([w for w, f in lexicon.relative_fixed.items() if f == "this_year"], every_word=True)
    last = _both_cases(list(lexicon.relative_last))
    rel_year = (
        rf"(?P<rel>(?:(?P<rn>\d+|{count_words})\s+)?(?:{year_units})\s+{filler}(?:{ago})\b"
        rf"|(?:{last})\s+(?:{year_units})\b"
        rf"|(?P<this>{this_year})(?![\w-]))"
    )
    suffix = rf"(?:{words_pattern(list(lexicon.day_suffixes))})?" if lexicon.day_suffixes else ""
    textual = _Form(
        pattern_cache.compile(
            rf"(?P<d>\d{{1,2}}){suffix}\s+(?P<mon>{any_month})\b(?:\.(?=\s+\d{{4}}))?"
            rf"(?:\s+(?P<y>\d{{4}})(?!\d|[.,]\d)|\s+(?P<past>{past})\b|\s+{rel_year})?"
        ),
        pattern_cache.compile(rf"{wd}?(?P<open>\(\s*)?(?:(?:{_both_cases(list(lead.get('day', ())))})\s+)?$"),
        ".,",
        DIGIT_SPACE,
    )
    # "June 17, 2025", "Tuesday (June 17)", "Aug. 27", "June 17 last year"
    textual_mdy = (
        _Form(
            pattern_cache.compile(
                rf"(?P<mon>{any_month})(?:\.)?\s+(?P<d>\d{{1,2}}){suffix}(?![\d,.]\d|[\w-])"
                rf"(?:,?\s+(?P<y>\d{{4}})(?!\d|[.,]\d)|\s+{rel_year})?"
            ),
            textual.prefix,
            "",
            MONTH,
        )
        if "mdy" in lexicon.textual_date_orders
        else None
    )
    month_year = _Form(
        pattern_cache.compile(rf"(?P<mon>{months})\s+(?:(?:{year_lead})\s+)?(?P<y>\d{{4}})(?!\d|[.,]\d)"),
        part_prefix,
        "",
        MONTH,
    )
    month_past = _Form(
        pattern_cache.compile(rf"(?P<mon>{months})\s+(?:(?P<past>{past})\b|{rel_year})"), part_prefix, "", MONTH
    )
    # "in January", "pada Januari": a month with no year after a word that leads a time
    month_alone = (
        _Form(
            pattern_cache.compile(rf"(?P<mon>{months})(?![\w-]|\s*\d|\s+(?:{past})\b)"),
            pattern_cache.compile(rf"(?P<lead>{_both_cases(list(lexicon.month_alone_lead))})\s+$"),
            "",
            MONTH,
        )
        if lexicon.month_alone_lead
        else None
    )
    # "last November": the latest November before the draft's month
    month_last = (
        _Form(pattern_cache.compile(rf"(?P<past>{last})\s+(?P<mon>{months})(?![\w-])"), None, "", RELATIVE)
        if lexicon.relative_last
        else None
    )
    # "Selasa lalu": the latest Tuesday before the document's date. A weekday that is also a
    # unit ("Minggu lalu", usually "last week") is read as the unit.
    past_days = _both_cases([w for w in lexicon.weekdays if w not in lexicon.relative_units])
    relative = _Form(
        pattern_cache.compile(
            rf"(?P<unit>{units})\s+{filler}(?:{ago})\b|(?P<fixed>{fixed})(?![\w-])"
            rf"|(?P<day>{past_days})\s+(?:{ago})\b"
            # "last year", "last Tuesday"
            rf"|(?:{last})\s+(?:(?P<lunit>{units})|(?P<lday>{past_days}))(?![\w-])"
        ),
        pattern_cache.compile(rf"(?:(?P<n>\d+|{count_words})\s+)?$"),
        "-",
        RELATIVE,
    )
    year = _Form(
        pattern_cache.compile(r"(?P<y>(?:19|20)\d{2})(?![\w/]|[.,]\d|-\d)"),
        pattern_cache.compile(rf"(?:(?P<part>{parts})\s+)?(?:(?:{year_lead})\s+)?$"),
        ".,/-",
        DIGIT_YEAR,
    )
    since = pattern_cache.compile(
        rf"(?i)(?<![\w-])(?:{words_pattern(list(lexicon.since_words))})\s+(?:(?:{words_pattern(list(lexicon.since_filler))})\s+)*$"
    )
    return DatePatterns(
        numeric,
        dashed,
        textual,
        textual_mdy,
        month_year,
        month_last,
        month_alone,
        month_past,
        relative,
        year,
        since,
        words_before([*lexicon.since_words, *lexicon.since_filler]),
        pattern_cache.compile(r"\s*\)"),
        pattern_cache.compile(rf"\s*\(\s*(?P<wd>{weekdays})\s*\)"),
    )


def _hits(
    form: _Form, scan: Scan, text: str, lo: int, hi: int, close_paren: re.Pattern[str] | None = None
) -> list[_Hit]:
    out = []
    for m in scan.finditer(form.core, form.channel, lo, hi):
        s = m.start()
        if s > lo and (text[s - 1].isalnum() or text[s - 1] == "_" or text[s - 1] in form.bad_before):
            continue
        groups: dict[str, str | None] = dict(m.groupdict())
        start, end = s, m.end()
        # A prefix ends in a space, a comma or "(" (a letter right before the core was refused
        # above): without one there, it can only be empty.
        if form.prefix is not None and s > lo and (text[s - 1].isspace() or text[s - 1] in ",("):
            before = form.prefix.search(text, max(lo, s - 24), s)
            # A prefix ends at the core. (Every part of one is optional, and "$" also matches
            # before a line break that ends the window: an empty match there would move the
            # date's start back onto the break, outside its sentence, and the date was lost.)
            if before is not None and before.start() < s and before.end() == s:
                # a prefix must start on a word boundary ("Rabu", not "abu")
                b = before.start()
                if b == lo or not (text[b - 1].isalnum() or text[b - 1] == "_"):
                    groups.update(before.groupdict())
                    start = b
        if close_paren is not None and groups.get("open"):
            close = close_paren.match(text, end, hi)
            if close is None:  # "(" with no ")": read the date without the bracket or weekday
                groups["open"] = groups["wd"] = None
                start = s
            else:
                end = close.end()
        out.append(_Hit(text, start, end, groups))
    return out


def find_dates(
    reader: Reader, text: str, start: int, end: int, doc_date: PartialDate | None, scan: Scan | None = None
) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, most specific reading first, no overlaps."""
    pats, lexicon = reader.dates, reader.lexicon
    if scan is None:
        scan = Scan(text, start, end, reader.index)
    taken = Spans()
    found: list[DateMention] = []

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    def add(mention: DateMention) -> None:
        lo = max(start, mention.start - 30)
        since = pats.since_words.may_end(scan, mention.start, lo) and bool(pats.since.search(text, lo, mention.start))
        if since:
            mention = mention._replace(since=True)
        taken.add(mention.start, mention.end)
        found.append(mention)

    def weekday_after(m: _Hit) -> _Hit:
        """The date with a weekday written after it in brackets: "18 Juni 2025 (Rabu)"."""
        if m["wd"] is None and m.end() < end and text[m.end()] in " (":
            after = pats.weekday_after.match(text, m.end(), end)
            if after is not None:
                return _Hit(text, m.start(), after.end(), {**m, "wd": after["wd"]})
        return m

    for m in _hits(pats.numeric, scan, text, start, end, pats.close_paren):
        if not (m["y"] or m["wd"]) or not free(*m.span()):  # "Rabu (18/6)", "Kamis, 18/6"; not "skor 18/6"
            continue
        m = weekday_after(m)
        month, day = int(m["m"] or 0), int(m["d"] or 0)
        year = _full_year(m["y"] or "") if m["y"] else _year_of(month, day, m["wd"], doc_date, lexicon)
        add(_day_mention(m, year, month, day, lexicon, relative=not m["y"]))
    for m in _hits(pats.dashed, scan, text, start, end, pats.close_paren):
        if free(*m.span()):
            y, mo, d = (m["iy"], m["im"], m["id"]) if m["iy"] else (m["y"], m["m"], m["d"])
            add(_day_mention(weekday_after(m), int(y or 0), int(mo or 0), int(d or 0), lexicon, relative=False))
    for pattern in (pats.textual, pats.textual_mdy):
        if pattern is None:
            continue
        for m in _hits(pattern, scan, text, start, end, pats.close_paren):
            if free(*m.span()):
                m = weekday_after(m)
                month, day = lexicon.month(m["mon"] or "") or 0, int(m["d"] or 0)
                add(
                    _day_mention(
                        m, _textual_year(m, month, day, doc_date, lexicon), month, day, lexicon, relative=not m["y"]
                    )
                )
    for m in _hits(pats.month_year, scan, text, start, end):
        if free(*m.span()):
            month, year = lexicon.month(m["mon"] or "") or 0, _year(int(m["y"] or 0))
            date = PartialDate(year, month) if year else None  # "Juni 0000": no such month
            add(DateMention(m.start(), m.end(), m.text, date, part=_part(m, lexicon)))
    for m in _hits(pats.month_past, scan, text, start, end):
        if free(*m.span()):
            month = lexicon.month(m["mon"] or "") or 0
            year = _relative_year(m, lexicon, doc_date) if m["rel"] else _past_year(month, None, doc_date)
            date = PartialDate(year, month) if year else None
            add(DateMention(m.start(), m.end(), m.text, date, relative=True, part=_part(m, lexicon)))
    if pats.month_last is not None:
        for m in _hits(pats.month_last, scan, text, start, end):
            if free(*m.span()):
                month = lexicon.month(m["mon"] or "") or 0
                year = _past_year(month, None, doc_date)
                date = PartialDate(year, month) if year else None
                add(DateMention(m.start(), m.end(), m.text, date, relative=True))
    if pats.month_alone is not None:
        for m in _hits(pats.month_alone, scan, text, start, end):
            if m["lead"] and free(*m.span()):
                month = lexicon.month(m["mon"] or "") or 0
                year = _month_year_back(month, doc_date)
                date = PartialDate(year, month) if year else None
                mon_at = m.end() - len(m["mon"] or "")
                add(DateMention(mon_at, m.end(), text[mon_at : m.end()], date, relative=True))
    for m in _hits(pats.relative, scan, text, start, end):
        if free(*m.span()) and not _vague_count(text, m, start, lexicon, scan):
            add(DateMention(m.start(), m.end(), m.text, _resolve_relative(m, lexicon, doc_date), relative=True))
    for m in _hits(pats.year, scan, text, start, end):
        if free(*m.span()):
            add(DateMention(m.start(), m.end(), m.text, PartialDate(int(m["y"] or 0)), part=_part(m, lexicon)))
    return sorted(found, key=attrgetter("start"))


def _vague_count(text: str, m: _Hit, floor: int, lexicon: Lexicon, scan: Scan) -> bool:
    """'beberapa tahun lalu', 'tiga setengah tahun lalu', '3,5 tahun lalu': no date to check."""
    if m["unit"] is None and m["day"] is None:
        return False
    if m["n"] is not None:
        before = m.start() - 1
        return before > floor and text[before] in ",." and text[before - 1].isdigit()
    word = scan.word_before(m.start(), floor)
    return word in lexicon.vague_amounts or (word in lexicon.number_words and lexicon.number_words[word] < 1)


def _year_of(month: int, day: int, weekday: str | None, doc_date: PartialDate | None, lexicon: Lexicon) -> int | None:
    """The year of a day and month written without one. A weekday beside it picks between the
    draft's year and the nearest ("Rabu (18/6)" in a January draft: whichever June 18 was a
    Wednesday); without one, or when neither fits, the nearest (see ``_nearest_year``)."""
    nearest = _nearest_year(month, day, doc_date)
    wd = lexicon.weekday(weekday) if weekday else None
    if wd is None or nearest is None or doc_date is None:
        return nearest
    for year in (nearest, doc_date.year):
        try:
            if dt.date(year, month, day).weekday() == wd:
                return year
        except ValueError:
            return nearest
    return nearest


def _nearest_year(month: int, day: int, doc_date: PartialDate | None) -> int | None:
    """The year of a day and month written without one: the draft's, unless that puts it more
    than four months after the draft (then the year before: "Selasa (31/12)" in early January),
    or the next year's falls within a month of it ("Senin (5/1)" in late December)."""
    if doc_date is None:
        return None
    year = doc_date.year
    if doc_date.month is None:
        return year
    ref = doc_date.earliest()
    try:
        if dt.date(year, month, day) > ref + dt.timedelta(days=120):
            return _year(year - 1)
        if dt.date(year + 1, month, day) <= ref + dt.timedelta(days=31):
            return year + 1
    except ValueError:  # no such day (read as a problem elsewhere), 29 February, or year 10000
        pass
    except OverflowError:  # within four months of the end of year 9999
        pass
    return year


def _year(year: int) -> int | None:
    """``year`` if the calendar has it (1 to 9999): a draft dated in year 1 has no year before."""
    return year if dt.MINYEAR <= year <= dt.MAXYEAR else None


def _part(m: _Hit, lexicon: Lexicon) -> str | None:
    part = m["part"]
    return lexicon.month_parts.get(part.lower()) if part else None


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _day_mention(m: _Hit, year: int | None, month: int, day: int, lexicon: Lexicon, relative: bool) -> DateMention:
    wd_text = m["wd"] or ""
    weekday = lexicon.weekday(wd_text) if wd_text else None
    text = m.text
    if year is None:
        return DateMention(m.start(), m.end(), text, None, weekday, wd_text, relative)
    try:
        date = PartialDate.of(dt.date(year, month, day))
    except ValueError:
        valid = 1 <= month <= 12 and _year(year) is not None
        problem = (
            _no_such_day(year, month, day)
            if valid
            else _("{day}/{month}/{year} is not a date").format(day=day, month=month, year=year)
        )
        return DateMention(m.start(), m.end(), text, None, weekday, wd_text, relative, problem=problem)
    return DateMention(m.start(), m.end(), text, date, weekday, wd_text, relative)


def _no_such_day(year: int, month: int, day: int) -> str:
    last = (PartialDate(year, month).latest()).day
    return _("month {month} of {year} has {last} days, not {day}").format(month=month, year=year, last=last, day=day)


def _textual_year(m: _Hit, month: int, day: int, doc_date: PartialDate | None, lexicon: Lexicon) -> int | None:
    """The year of a written date ("17 Juni 2025", "June 17", "30 April lalu"): its own, else
    the one its 'lalu', its relative word or its weekday points to."""
    if m["y"]:
        return int(m["y"])
    if m.get("past"):
        return _past_year(month, day, doc_date)
    if m["rel"]:
        return _relative_year(m, lexicon, doc_date)
    return _year_of(month, day, m["wd"], doc_date, lexicon)


def _past_year(month: int, day: int | None, doc_date: PartialDate | None) -> int | None:
    """'April lalu': the latest April before the document's date."""
    if doc_date is None or not month:
        return None
    doc_month = doc_date.month or 12
    if month < doc_month or (month == doc_month and day is not None and doc_date.day and day < doc_date.day):
        return doc_date.year
    return _year(doc_date.year - 1)


def _month_year_back(month: int, doc_date: PartialDate | None) -> int | None:
    """The year of the latest ``month`` not after the draft's month ("in January" in April 2025:
    2025; in November 2024's drafts, "in December" is December 2023)."""
    if doc_date is None or not doc_date.month or not month:
        return None
    return _year(doc_date.year if month <= doc_date.month else doc_date.year - 1)


def _relative_year(m: _Hit, lexicon: Lexicon, doc_date: PartialDate | None) -> int | None:
    """'19 Juni tahun lalu', 'Juni dua tahun lalu', 'Januari tahun ini': the year they name."""
    if doc_date is None:
        return None
    if m["this"]:
        return doc_date.year
    n_text = (m["rn"] or "1").lower()
    return _year(doc_date.year - (int(n_text) if n_text.isdigit() else int(lexicon.number_words.get(n_text, 1))))


def _resolve_relative(m: _Hit, lexicon: Lexicon, doc_date: PartialDate | None) -> PartialDate | None:
    """The date "kemarin", "dua minggu lalu", "Selasa lalu" name, or None where it cannot be
    told or falls outside the calendar ("3 hari lalu" in a draft dated 0001-01-01)."""
    try:
        return _relative_date(m, lexicon, doc_date)
    except (OverflowError, ValueError):
        return None


def _relative_date(m: _Hit, lexicon: Lexicon, doc_date: PartialDate | None) -> PartialDate | None:
    if doc_date is None:
        return None
    anchor = doc_date.earliest() if doc_date.day else None
    fixed = lexicon.relative_fixed.get(" ".join((m["fixed"] or "").lower().split()))
    if fixed == "this_year":
        return PartialDate(doc_date.year)
    if fixed == "this_month":
        return PartialDate(doc_date.year, doc_date.month) if doc_date.month else None
    if fixed in ("yesterday", "today"):
        if anchor is None:
            return None
        return PartialDate.of(anchor - dt.timedelta(days=1 if fixed == "yesterday" else 0))
    n_text = (m["n"] or "1").lower()
    n = int(n_text) if n_text.isdigit() else int(lexicon.number_words.get(n_text, 1))
    weekday = lexicon.weekday(m["day"] or m["lday"] or "")
    if weekday is not None:
        if anchor is None:
            return None
        back = (anchor.weekday() - weekday) % 7 or 7  # "Selasa lalu" on a Tuesday: a week before
        return PartialDate.of(anchor - dt.timedelta(days=back + 7 * (n - 1)))
    unit = lexicon.relative_units.get((m["unit"] or m["lunit"] or "").lower())
    if unit == "year":
        year = _year(doc_date.year - n)
        return PartialDate(year) if year else None
    if unit == "month":
        if not doc_date.month:
            return None
        index = doc_date.year * 12 + doc_date.month - 1 - n
        year = _year(index // 12)
        return PartialDate(year, index % 12 + 1) if year else None
    if anchor is None or unit is None:
        return None
    days = n * 7 if unit == "week" else n
    when = anchor - dt.timedelta(days=days)
    return PartialDate.of(when) if unit == "day" else PartialDate(when.year, when.month)
