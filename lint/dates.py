"""Dates as written in Indonesian news, at their real precision, resolved against the document date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from lint.document import PartialDate
from lint.lexicon import Lexicon, words_pattern


@dataclass(frozen=True)
class DateMention:
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


@dataclass(frozen=True)
class _DatePatterns:
    numeric: regex.Pattern[str]
    textual: regex.Pattern[str]
    month_year: regex.Pattern[str]
    month_past: regex.Pattern[str]
    relative: regex.Pattern[str]
    year: regex.Pattern[str]
    since: regex.Pattern[str]


def _capitalised(words: list[str]) -> str:
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return words_pattern(sorted(forms))


@cache
def _patterns(lexicon: Lexicon) -> _DatePatterns:
    months = _capitalised([m for m in lexicon.months if len(m) > 3 or m == "mei"])
    # Short forms ("22 Okt 2024", "5 Sept. 2024") only right after a day number, where they
    # cannot be ordinary words.
    any_month = _capitalised(list(lexicon.months))
    weekdays = _capitalised(list(lexicon.weekdays))
    parts = words_pattern(list(lexicon.month_parts))
    past = words_pattern(list(lexicon.relative.get("month_past_suffix", ("lalu",))))
    count_words = words_pattern([w for w, v in lexicon.number_words.items() if v >= 1 and v == int(v)])
    wd = rf"(?:(?P<wd>{weekdays})\s*,?\s*)"
    v1 = regex.VERSION1
    numeric = regex.compile(
        rf"{wd}?(?P<open>\(\s*)?(?<![\w/.])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?(?![\w/])(?(open)\s*\))",
        v1,
    )
    textual = regex.compile(
        rf"{wd}?(?:(?i:tanggal|tgl\.?)\s+)?(?<![\w.,])(?P<d>\d{{1,2}})\s+(?P<mon>{any_month})\b(?:\.(?=\s+\d{{4}}))?"
        rf"(?:\s+(?P<y>\d{{4}})(?!\d|[.,]\d)|\s+(?P<past>(?i:{past}))\b)?",
        v1,
    )
    month_year = regex.compile(
        rf"(?:(?P<part>(?i:{parts}))\s+)?(?:(?i:bulan)\s+)?(?P<mon>{months})\s+(?:(?i:tahun)\s+)?(?P<y>\d{{4}})(?!\d|[.,]\d)",
        v1,
    )
    month_past = regex.compile(
        rf"(?:(?P<part>(?i:{parts}))\s+)?(?:(?i:bulan)\s+)?(?P<mon>{months})\s+(?P<past>(?i:{past}))\b", v1
    )
    relative = regex.compile(
        rf"(?i)(?<![\w-])(?:(?P<n>\d+|{count_words})\s+)?(?P<unit>tahun|bulan|pekan|minggu|hari)\s+(?:yang\s+)?(?:lalu|silam)\b"
        rf"|(?P<fixed>kemarin|hari\s+ini|tahun\s+ini|bulan\s+ini)(?![\w-])",
        v1,
    )
    year = regex.compile(
        rf"(?:(?P<part>(?i:{parts}))\s+)?(?:(?i:tahun)\s+)?(?<![\w.,/-])(?P<y>(?:19|20)\d{{2}})(?![\w/]|[.,]\d|-\d)", v1
    )
    since = regex.compile(
        r"(?i)(?<![\w-])(?:sejak|semenjak|mulai)\s+(?:(?:awal|pertengahan|akhir|tahun|bulan|tanggal|pada)\s+)*$"
    )
    return _DatePatterns(numeric, textual, month_year, month_past, relative, year, since)


def find_dates(text: str, start: int, end: int, lexicon: Lexicon, doc_date: PartialDate | None) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, most specific reading first, no overlaps."""
    pats = _patterns(lexicon)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    def add(mention: DateMention) -> None:
        since = bool(pats.since.search(text, max(start, mention.start - 30), mention.start))
        if since:
            mention = DateMention(**{**mention.__dict__, "since": True})
        taken.append((mention.start, mention.end))
        found.append(mention)

    for m in pats.numeric.finditer(text, start, end):
        if not (m["y"] or (m["wd"] and m["open"])) or not free(*m.span()):
            continue
        year: int | None = _full_year(m["y"]) if m["y"] else (doc_date.year if doc_date else None)
        add(_day_mention(m, year, int(m["m"]), int(m["d"]), lexicon, relative=not m["y"]))
    for m in pats.textual.finditer(text, start, end):
        if not free(*m.span()):
            continue
        month = lexicon.month(m["mon"]) or 0
        day = int(m["d"])
        if m["y"]:
            year = int(m["y"])
        elif m["past"]:
            year = _past_year(month, day, doc_date)
        else:
            year = doc_date.year if doc_date else None
        add(_day_mention(m, year, month, day, lexicon, relative=not m["y"]))
    for m in pats.month_year.finditer(text, start, end):
        if free(*m.span()):
            month = lexicon.month(m["mon"]) or 0
            add(DateMention(m.start(), m.end(), m[0], PartialDate(int(m["y"]), month), part=_part(m, lexicon)))
    for m in pats.month_past.finditer(text, start, end):
        if free(*m.span()):
            month = lexicon.month(m["mon"]) or 0
            year = _past_year(month, None, doc_date)
            date = PartialDate(year, month) if year else None
            add(DateMention(m.start(), m.end(), m[0], date, relative=True, part=_part(m, lexicon)))
    for m in pats.relative.finditer(text, start, end):
        if free(*m.span()):
            add(DateMention(m.start(), m.end(), m[0], _resolve_relative(m, lexicon, doc_date), relative=True))
    for m in pats.year.finditer(text, start, end):
        if free(*m.span()):
            add(DateMention(m.start(), m.end(), m[0], PartialDate(int(m["y"])), part=_part(m, lexicon)))
    return sorted(found, key=lambda d: d.start)


def _part(m: regex.Match[str], lexicon: Lexicon) -> str | None:
    return lexicon.month_parts.get(m["part"].lower()) if m["part"] else None


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _day_mention(
    m: regex.Match[str], year: int | None, month: int, day: int, lexicon: Lexicon, relative: bool
) -> DateMention:
    weekday = lexicon.weekday(m["wd"]) if m["wd"] else None
    wd_text = m["wd"] or ""
    if year is None:
        return DateMention(m.start(), m.end(), m[0], None, weekday, wd_text, relative)
    try:
        date = PartialDate.of(dt.date(year, month, day))
    except ValueError:
        problem = f"{day}/{month}/{year} is not a date" if not 1 <= month <= 12 else _no_such_day(year, month, day)
        return DateMention(m.start(), m.end(), m[0], None, weekday, wd_text, relative, problem=problem)
    return DateMention(m.start(), m.end(), m[0], date, weekday, wd_text, relative)


def _no_such_day(year: int, month: int, day: int) -> str:
    last = (PartialDate(year, month).latest()).day
    return f"month {month} of {year} has {last} days, not {day}"


def _past_year(month: int, day: int | None, doc_date: PartialDate | None) -> int | None:
    """'April lalu': the latest April before the document's date."""
    if doc_date is None or not month:
        return None
    doc_month = doc_date.month or 12
    if month < doc_month or (month == doc_month and day is not None and doc_date.day and day < doc_date.day):
        return doc_date.year
    return doc_date.year - 1


def _resolve_relative(m: regex.Match[str], lexicon: Lexicon, doc_date: PartialDate | None) -> PartialDate | None:
    if doc_date is None:
        return None
    anchor = doc_date.earliest() if doc_date.day else None
    fixed = regex.sub(r"\s+", " ", m["fixed"].lower()) if m["fixed"] else None
    if fixed == "tahun ini":
        return PartialDate(doc_date.year)
    if fixed == "bulan ini":
        return PartialDate(doc_date.year, doc_date.month) if doc_date.month else None
    if fixed in ("kemarin", "hari ini"):
        if anchor is None:
            return None
        return PartialDate.of(anchor - dt.timedelta(days=1 if fixed == "kemarin" else 0))
    n_text = (m["n"] or "1").lower()
    n = int(n_text) if n_text.isdigit() else int(lexicon.number_words.get(n_text, 1))
    unit = m["unit"].lower()
    if unit == "tahun":
        return PartialDate(doc_date.year - n)
    if unit == "bulan":
        if not doc_date.month:
            return None
        index = doc_date.year * 12 + doc_date.month - 1 - n
        return PartialDate(index // 12, index % 12 + 1)
    if anchor is None:
        return None
    days = n * 7 if unit in ("pekan", "minggu") else n
    when = anchor - dt.timedelta(days=days)
    return PartialDate.of(when) if unit == "hari" else PartialDate(when.year, when.month)
