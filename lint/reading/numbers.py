"""Figures in Indonesian text: ``10.000``, ``1,5 juta``, ``12 ribu``, ``enam ribu``, with qualifiers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.facts.factbase import bounds_compatible
from lint.reading.language import Lexicon
from lint.reading.scan import DIGIT, IDIOM, NUMBER_WORD, Scan, WordsBefore, phrase_before, words_before
from lint.reading.spans import Spans
from lint.reading.words import phrase_key, words_pattern

if TYPE_CHECKING:
    from lint.reading.reader import Reader


class Figure(NamedTuple):
    """An amount as written: ``lebih dari 10.000`` -> value 10000, bound ``lower``."""

    start: int  # of the qualifier if any, else of the number
    end: int  # after the number and its scale word
    number_start: int
    value: float
    bound: str  # exact | lower | upper | approx
    qualifier: str  # the qualifier words as written, or ""
    text: str
    unit: str | None = None
    low: float | None = None  # a range's first figure ("10.000 hingga 12.000"; bound "range", value the last)
    collective: bool = False  # "ketiga tawanan itu": all of a group counted before, no count anew

    @property
    def display(self) -> str:
        return self.text

    def covers(self, number: float) -> bool:
        """Is ``number`` the amount written: the value, or for a range any amount inside it?"""
        if self.low is not None:
            return self.low <= number <= self.value
        return number == self.value

    def agrees(self, other: Figure) -> bool:
        """Can the two describe one amount? The same value with bounds that do not oppose
        ("kurang dari" and "lebih dari"), or ranges that share an amount."""
        if self.low is None and other.low is None:
            return self.value == other.value and bounds_compatible(self.bound, other.bound)
        low, high = self.low if self.low is not None else self.value, self.value
        other_low = other.low if other.low is not None else other.value
        return low <= other.value and other_low <= high


def _digit_hyphen(text: str, start: int, end: int) -> bool:
    """Is there a hyphen between two digits? (A pair is looked for only then; a draft has few
    hyphens, and visiting them is far cheaper than a pattern's pass over every character.)"""
    i = text.find("-", start + 1, end - 1)
    while i >= 0:
        if text[i - 1].isdigit() and text[i + 1].isdigit():
            return True
        i = text.find("-", i + 1, end - 1)
    return False


class NumberPatterns(NamedTuple):
    digits: re.Pattern[str]
    pair: re.Pattern[str]  # "20-25 ribu", "20.000-25.000": two numbers joined by a hyphen
    words: re.Pattern[str]
    name_before: re.Pattern[str]
    time_before: re.Pattern[str]
    name_words: WordsBefore  # the words name_before's matches end with
    time_words: WordsBefore
    qualifier_words: WordsBefore
    zone_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_before: re.Pattern[str]


def number_patterns(lexicon: Lexicon) -> NumberPatterns:
    scales = words_pattern(list(lexicon.scales))
    approx = words_pattern(list(lexicon.approx_suffixes)) or "(?!)"
    number_words = words_pattern(list(lexicon.number_words))
    multipliers = words_pattern(list(lexicon.number_multipliers))
    flags = re.IGNORECASE
    # The language's separators: Indonesian writes 10.000 and 1,5, English 10,000 and 1.5. A
    # group after a thousands separator must be exactly three digits, so "09.15" (a time)
    # never reads as a number; the thousands separator as a decimal point ("1.5 juta" in
    # Indonesian) is accepted only before a scale word.
    thousands, decimal = re.escape(lexicon.thousands), re.escape(lexicon.decimal)
    digits = pattern_cache.compile(
        rf"""(?<![\w.,/:\-])
        (?: (?P<int>\d{{1,3}}(?:{thousands}\d{{3}})+|\d+)(?:{decimal}(?P<frac>\d+))?
          | (?P<eint>\d+){thousands}(?P<efrac>\d{{1,2}})(?=\s*(?:{scales})\b) )
        (?P<approx>{approx})?
        (?:(?=(?:{scales})\b)|(?![\w/:\-]|[.,]\d))  # a scale word may be written on: "12rb"
        (?:\s*(?P<scale>{scales})(?P<scale_approx>{approx})?\b)?""",
        flags | re.X,
    )
    number = rf"\d{{1,3}}(?:{thousands}\d{{3}})+|\d+"
    pair = pattern_cache.compile(
        rf"(?<![\w.,/:\-])(?P<a>{number})-(?P<b>(?:{number})(?:{decimal}\d+)?)(?![\w/:\-]|[.,]\d)"
        rf"(?P<scale>\s*(?:{scales})\b)?",
        flags,
    )
    words = pattern_cache.compile(
        rf"(?<![\w-])(?:{number_words})(?:\s+(?:{number_words}|{multipliers}|{scales}))*(?![\w-])",
        flags,
    )
    name_before = pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(list(lexicon.name_words))})\.?\s*$", flags)
    time_before = pattern_cache.compile(rf"(?<![\w-])(?:{words_pattern(list(lexicon.time_markers))})\s*$", flags)
    zone_after = pattern_cache.compile(rf"\s*(?:{words_pattern(list(lexicon.time_zones))})\b", flags)
    unit_words = [u for u in lexicon.units if u[0].isalpha() and u not in ("rp",)]
    unit_after = pattern_cache.compile(rf"\s*(?:(?P<pct>%)|(?P<word>{words_pattern(unit_words)})\b)", flags)
    unit_before = pattern_cache.compile(r"(?:(?P<rp>\bRp\.?)|(?P<usd>US\$|\$))\s*$", flags)
    return NumberPatterns(
        digits,
        pair,
        words,
        name_before,
        time_before,
        words_before(lexicon.name_words, "."),
        words_before(lexicon.time_markers),
        words_before(lexicon.qualifiers),
        zone_after,
        unit_after,
        unit_before,
    )


def parse_number(reader: Reader, text: str) -> float | None:
    """The value of a whole number expression: ``parse_number(reader, "1,5 juta") == 1_500_000``."""
    pats, lexicon = reader.numbers, reader.lexicon
    m = pats.digits.fullmatch(text.strip())
    if m:
        return _digits_value(m, lexicon)
    m = pats.words.fullmatch(text.strip())
    if m:
        return _words_value(m[0], lexicon)
    return None


def _digits_value(m: re.Match[str], lexicon: Lexicon) -> float:
    if m["eint"] is not None:
        value = float(f"{m['eint']}.{m['efrac']}")
    else:
        value = float(m["int"].replace(lexicon.thousands, ""))
        if m["frac"]:
            value += float(f"0.{m['frac']}")
    if m["scale"]:
        value *= lexicon.scales[m["scale"].lower()]
    return value


def _words_value(text: str, lexicon: Lexicon) -> float | None:
    """Spelled numbers: dua belas, tiga puluh lima, lima ratus ribu, setengah juta."""
    total = group = part = 0.0
    for token in text.lower().split():
        if token in lexicon.scales:
            total += (group + part or 1) * lexicon.scales[token]
            group = part = 0.0
        elif token in lexicon.number_multipliers:
            kind = lexicon.number_multipliers[token]
            if kind == "teen":
                part += 10
            elif kind == "10":
                group += part * 10
                part = 0.0
            else:
                group += (part or 1) * int(kind)
                part = 0.0
        else:
            value = lexicon.number_words[token]
            if value >= 1000:  # seribu, sejuta: "satu ribu", "satu juta"
                total += (group + part or 1) * value
                group = part = 0.0
            elif value == 100:
                group += 100
            else:
                part += value
    result = total + group + part
    return result or None


def find_figures(
    reader: Reader,
    text: str,
    start: int,
    end: int,
    protected: list[tuple[int, int]],
    scan: Scan | None = None,
) -> list[Figure]:
    """Figures in ``text[start:end]``, skipping spans in ``protected`` (dates, times)."""
    pats, lexicon = reader.numbers, reader.lexicon
    if scan is None:
        scan = Scan(text, start, end, reader.index)
    # Dates, times and idioms are taken first: a number inside one is no figure.
    idiom_spans = [x.span() for x in scan.finditer(lexicon.re_idiom, IDIOM, start, end)] if lexicon.re_idiom else []
    taken = Spans(protected + idiom_spans)
    found: list[tuple[int, int, float]] = []
    approximate: set[int] = set()
    for m in scan.finditer(pats.digits, DIGIT, start, end):
        if taken.overlaps(m.start(), m.end()) or _is_time_or_name(text, m.start(), m.end(), pats, start, scan):
            continue
        if m["scale"] is None and m["frac"] is None and len(m["int"] or "") == 4 and 1900 <= int(m["int"]) <= 2100:
            continue  # a bare year: dates are read elsewhere
        written = m["int"] or m["eint"] or ""
        if len(written) > 1 and written[0] == "0" and m["scale"] is None:
            continue  # "000", "007": a code or the tail of a number written with spaces, not an amount
        amount = _digits_value(m, lexicon)
        if amount < 1000 and lexicon.ordinal_words and scan.word_before(m.start(), start) in lexicon.ordinal_words:
            continue  # "yang ke 3"
        found.append((m.start(), m.end(), amount))
        if m["approx"] or m["scale_approx"]:
            approximate.add(m.start())
    pairs = scan.finditer(pats.pair, DIGIT, start, end) if _digit_hyphen(text, start, end) else []
    for m in pairs:
        # "20-25 ribu": the digit pattern takes no number a hyphen touches ("AK-12"); a pair
        # whose first is the smaller is a range, joined below
        if taken.overlaps(m.start(), m.end()) or _is_time_or_name(text, m.start(), m.end(), pats, start, scan):
            continue
        low, high = parse_number(reader, m["a"]), parse_number(reader, text[m.start("b") : m.end()])
        if low is not None and high is not None and low < high and not _years(m):
            found += [(m.start("a"), m.end("a"), low), (m.start("b"), m.end(), high)]
    for m in scan.finditer(pats.words, NUMBER_WORD, start, end):
        if taken.overlaps(m.start(), m.end()):
            continue
        value = _words_value(m[0], lexicon)
        if value is None or (value < 1 and not any(s in m[0].lower() for s in lexicon.scales)):
            continue
        lo = max(start, m.start() - 20)
        if pats.name_words.may_end(scan, m.start(), lo) and pats.name_before.search(text, lo, m.start()):
            continue
        found.append((m.start(), m.end(), value))
    collective = []
    nouns = reader.vocab.noun_pattern
    if lexicon.re_collective is not None and nouns is not None:
        for m in scan.finditer(lexicon.re_collective, NUMBER_WORD, start, end):
            value = lexicon.number_words.get(m[1].lower())
            after = m.end() + 1
            # only before what the story counts: "kedua negara" (both countries) is no count
            if (
                value is not None
                and text[m.end() : after] == " "
                and nouns.match(text, after, end) is not None
                and not taken.overlaps(m.start(), m.end())
            ):
                collective.append(Figure(m.start(), m.end(), m.start(), value, "exact", "", m[0], collective=True))
    figures = []
    for s, e, value in sorted(found):
        qualifier, q_start, bound = _qualifier_before(text, s, start, lexicon, pats, scan)
        if bound == "exact" and s in approximate:  # "(sebanyak) 15.000-an"
            bound = "approx"
        if bound == "exact" and lexicon.re_qualifier_after is not None:
            post = lexicon.re_qualifier_after.match(text, e, end)
            if post:  # "(sebanyak) 10.000 lebih tentara": the qualifier follows the number
                qualifier = f"{qualifier} {post[1]}".strip()
                bound, e = lexicon.qualifiers_after[post[1].lower()], post.end()
        unit = _unit(text, s, e, end, pats, lexicon)
        if unit and unit[1] > e:
            e = unit[1]
        figures.append(
            Figure(
                start=q_start,
                end=e,
                number_start=s,
                value=value,
                bound=bound,
                qualifier=qualifier,
                text=text[q_start:e],
                unit=unit[0] if unit else None,
            )
        )
    if collective:
        figures = sorted(figures + collective, key=lambda f: f.start)
    return _ranges(text, figures, lexicon) if len(figures) > 1 else figures


def _ranges(text: str, figures: list[Figure], lexicon: Lexicon) -> list[Figure]:
    """Two figures joined into a range ("10.000 hingga 12.000", "antara 10 dan 12 ribu") as
    one, bound "range": the second figure alone would read as "up to 12.000"."""
    out: list[Figure] = []
    for fig in figures:
        first = out[-1] if out else None
        if first is not None and first.low is None:
            joined = _range(text, first, fig, lexicon)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(fig)
    return out


def _range(text: str, first: Figure, second: Figure, lexicon: Lexicon) -> Figure | None:
    if second.start - first.end > 20:  # most figures in a sentence are far apart
        return None
    between = text[first.end : second.start]
    if "\n" in between:
        return None
    connector = " ".join(f"{between} {second.qualifier}".lower().split())
    lead = None
    if connector in lexicon.range_connectors or connector in lexicon.range_lead_connectors:
        lead = phrase_before(text, first.start, 0, lexicon.range_lead)
    if lead is None and connector not in lexicon.range_connectors:
        return None  # "dan" joins a range only after "antara"
    dari = phrase_before(text, first.start, 0, lexicon.change_from)
    if lead is None and dari is not None and phrase_before(text, dari, 0, lexicon.change_words) is not None:
        return None  # "naik dari 10.000 hingga 15.000": a change, two amounts at two times
    low = first.value
    if second.value >= 1000 * low and low < 1000:  # "10 hingga 12 ribu": the scale is written once
        scale = next((v for w, v in lexicon.scales.items() if w in second.text.lower().split()), 1)
        low *= scale
    if not low < second.value or (first.unit and second.unit and first.unit != second.unit):
        return None
    start = first.start if lead is None else lead
    return second._replace(
        start=start,
        number_start=first.number_start,
        bound="range",
        qualifier=connector,
        text=text[start : second.end],
        unit=second.unit or first.unit,
        low=low,
    )


def _years(m: re.Match[str]) -> bool:
    """'2024-2025': years, read as dates elsewhere."""
    return m["scale"] is None and all(len(n) == 4 and 1900 <= int(n) <= 2100 for n in (m["a"], m["b"]))


def _is_time_or_name(text: str, s: int, e: int, pats: NumberPatterns, floor: int, scan: Scan) -> bool:
    lo = max(floor, s - 24)
    word = scan.word_before(s, lo)
    # a name word may have a "." after it ("No. 5"); then the word before that is read
    named = (
        pats.name_words.last is None or (word or scan.word_before(s, lo, pats.name_words.marks)) in pats.name_words.last
    )
    timed = pats.time_words.last is None or word in pats.time_words.last
    window = text[lo:s] if named or timed else ""
    if named and pats.name_before.search(window):
        return True  # Resolusi 1718, nomor 5, pukul 9
    return bool((timed and pats.time_before.search(window)) or pats.zone_after.match(text, e))  # pukul 09, 10 WIB


def _qualifier_before(
    text: str, s: int, floor: int, lexicon: Lexicon, pats: NumberPatterns, scan: Scan
) -> tuple[str, int, str]:
    window_start = max(floor, s - 30)
    if not pats.qualifier_words.may_end(scan, s, window_start):
        return "", s, "exact"
    m = lexicon.re_qualifier_before.search(text, window_start, s)
    if not m:
        return "", s, "exact"
    words = m[1]
    key = phrase_key(words)
    return words, m.start(1), lexicon.qualifiers.get(key, "exact")


def _unit(text: str, s: int, e: int, end: int, pats: NumberPatterns, lexicon: Lexicon) -> tuple[str, int] | None:
    m = pats.unit_after.match(text, e, end)
    if m:
        if m["pct"]:
            return "percent", m.end()
        word = phrase_key(m["word"])
        return lexicon.units.get(word, word), e  # "dolar" -> usd, "persen" -> percent
    b = pats.unit_before.search(text, max(0, s - 6), s)
    if b:
        return ("rupiah" if b["rp"] else "usd", e)
    return None


def format_number(value: float) -> str:
    """10000 -> '10.000', 1500000 -> '1,5 juta' style kept simple: Indonesian grouping."""
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:.2f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac
