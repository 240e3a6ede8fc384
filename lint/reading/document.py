"""A text file as factlint reads it: front matter, exact line/column positions, sentences."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from lint.cache import patterns as pattern_cache
from lint.errors import FactlintError
from lint.i18n import _
from lint.reading.language import Lexicon

_FRONT_MATTER = pattern_cache.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_ISO_DATE = pattern_cache.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_MD_HEADING = pattern_cache.compile(r"^\s{0,3}#{1,6}\s")
# A sentence ends at a run of stops and closing quotes or brackets followed by whitespace and
# a capital, a digit or an opening quote or bracket, or by nothing but whitespace to the end of
# its block. Group 1 is the character the next sentence starts with (None at the block's end).
# Past ASCII a class cannot say what str.isupper() says: any such character passes, and the
# splitter decides. Each pattern starts with a single character or class so that re can
# skip ahead to candidates; the possessive runs never give a character back (a shorter run is
# followed by a stop or a quote, never whitespace, so it could not match either).
_NEXT_SENTENCE = r"""(?=\s*+\Z|\s++([A-Z0-9"'(\[]|[^\x00-\x7f]))"""
_END = pattern_cache.compile(r"""[.!?…][.!?…]*+["”’')\]]*+""" + _NEXT_SENTENCE)
# The same where "." is the only stop: re finds a literal character many times faster than a class.
_DOT_END = pattern_cache.compile(r"""\.\.*+["”’')\]]*+""" + _NEXT_SENTENCE)
_WORD_BEFORE = pattern_cache.compile(r"([\w.]+)[.]$")
_WORDS = pattern_cache.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")
_LINE_BREAK = pattern_cache.compile(r"\r\n|\n|\r")
_NOT_SPACE = pattern_cache.compile(r"\S")
_LIST_ITEM = pattern_cache.compile(r"\s*(?:[-*+]|\d+[.)])\s")
_NOT_NEWLINE = pattern_cache.compile(r"[^\r\n]")
# A front matter line YAML reads as a string key and a date (groups 2-4) or a string (group
# 5): ASCII words with single spaces, starting with a letter (a digit, a quote, "#", ":" and
# the like mean something to YAML), or an ISO date. Keys stay short: YAML refuses one past 1024.
_PLAIN_FIELD = pattern_cache.compile(
    r"([A-Za-z_][A-Za-z0-9_-]{0,99}): +(?:([0-9]{4})-([0-9]{2})-([0-9]{2})|([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*))"
)
# Plain words YAML 1.1 reads as booleans or null (in some capitalisations; any, here).
_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})
# "---" then "key: value" lines and no closing "---": front matter someone forgot to close.
_UNCLOSED_FRONT_MATTER = pattern_cache.compile(r"\A---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?\n)")


class PartialDate(NamedTuple):
    """A date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        if self.day and self.month:
            return dt.date(self.year, self.month, self.day)
        if self.month == 12:  # (the first of the next month may be past year 9999)
            return dt.date(self.year, 12, 31)
        if self.month:
            return dt.date(self.year, self.month + 1, 1) - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    @staticmethod
    def parse(text: str) -> PartialDate | None:
        m = _ISO_DATE.fullmatch(text.strip())
        if not m:
            return None
        year, month, day = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
        try:
            dt.date(year, month, day or 1)
        except ValueError:
            return None
        return PartialDate(year, month, day)

    @staticmethod
    def of(day: dt.date) -> PartialDate:
        return PartialDate(day.year, day.month, day.day)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool


class Document:
    """Text with positions. Offsets index ``text``; lines and columns are 1-based.

    A plain class rather than a dataclass: it is made once per draft, and generating a
    dataclass's methods would cost the one-file run more than the class saves in code."""

    __slots__ = ("_line_starts", "_sentences", "body_start", "date", "lang", "meta", "path", "text")

    def __init__(
        self, *, path: str, text: str, meta: dict[str, Any], body_start: int, date: PartialDate | None, lang: str
    ) -> None:
        self.path = path
        self.text = text
        self.meta = meta
        self.body_start = body_start
        self.date = date
        self.lang = lang
        self._line_starts = _line_starts(text)
        self._sentences: list[Sentence] | None = None

    def __setattr__(self, name: str, value: Any) -> None:
        # Made once, read by every stage after: only the sentences, split when first asked for, are set later.
        if name != "_sentences" and hasattr(self, name):
            raise AttributeError(f"a Document is not changed once made ({name})")
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, date={self.date!r}, lang={self.lang!r}, {len(self.text)} characters)"

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def meta_line(self, key: str) -> int:
        """The line of ``key`` in the front matter (1 when it is not found there)."""
        for number, line in enumerate(self.text[: self.body_start].splitlines(), start=1):
            if line.split(":", 1)[0].strip() == key and ":" in line:
                return number
        return 1

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def sentences(self, lexicon: Lexicon) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.body_start, lexicon)
        return self._sentences


def _line_starts(text: str) -> list[int]:
    """Offsets at which lines start; a line break is CR LF, LF or a lone CR."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    # Every break ends in "\n": a line starts after the lines before it and one "\n" for each.
    # Summed without a step of Python per line, this is many times faster than the regex.
    lines = text.split("\n")
    lines.pop()
    return [0, *map(operator.add, itertools.accumulate(map(len, lines)), itertools.count(1))]


def parse_document(
    text: str, path: str, default_date: PartialDate | None, lang: str = "id", override: PartialDate | None = None
) -> Document:
    """Split front matter from ``text`` (BOM already removed) and make a Document, its date
    settled: ``override`` (the run's --date), else the front matter's, else ``default_date``."""
    meta: dict[str, Any] = {}
    body_start = 0
    date_line = 1
    m = _FRONT_MATTER.match(text)
    if m:
        meta, date_line = _plain_front_matter(m[1]) or _yaml_front_matter(m[1], path)
        body_start = m.end()
    elif _UNCLOSED_FRONT_MATTER.match(text):
        raise FactlintError(_("front matter is not closed: add a line '---' after it"), f"{path}:1")
    date = default_date
    lang_value = meta.get("lang", lang)
    if "date" in meta and meta["date"] not in (None, ""):
        date = front_matter_date(meta["date"], f"{path}:{date_line}", str(lang_value))
    return Document(path=path, text=text, meta=meta, body_start=body_start, date=override or date, lang=str(lang_value))


def _plain_front_matter(front_matter: str) -> tuple[dict[str, Any], int] | None:
    """Front matter of plain ``key: value`` lines, as nearly every draft has, read without
    YAML (which costs more than splitting the draft into sentences): the fields and the file
    line of ``date``. None for anything else, which YAML reads or reports."""
    meta: dict[str, Any] = {}
    date_line = 2
    for number, line in enumerate(front_matter.split("\n"), start=2):
        field = _PLAIN_FIELD.fullmatch(line)
        if field is None:
            return None
        key, words = field[1], field[5]
        if key in meta or key.lower() in _YAML_WORDS or (words is not None and words.lower() in _YAML_WORDS):
            return None  # a repeated key is an error; "on: yes" is not two strings to YAML
        if words is not None:
            meta[key] = words
        else:
            try:
                meta[key] = dt.date(int(field[2]), int(field[3]), int(field[4]))
            except ValueError:
                return None  # "2025-02-30": YAML's error names it
        if key == "date":
            date_line = number
    return meta, date_line


def _yaml_front_matter(front_matter: str, path: str) -> tuple[dict[str, Any], int]:
    """Front matter read as YAML: the fields and the file line of ``date``."""
    from lint.yamlio import Node, load_yaml_text

    try:
        loaded = load_yaml_text(front_matter, path)
    except FactlintError as exc:
        # Front matter starts on line 2: shift the YAML line into the file's numbering.
        where = exc.where or path
        if where.startswith(f"{path}:"):
            where = f"{path}:{int(where.rsplit(':', 1)[1]) + 1}"
        raise FactlintError(_("front matter: {problem}").format(problem=exc.message), where) from None
    except ValueError as exc:
        # PyYAML builds timestamps itself and fails on "date: 2025-02-30" with no mark.
        where = f"{path}:{_bad_timestamp_line(front_matter)}"
        raise FactlintError(_("front matter: not a date ({reason})").format(reason=exc), where) from None
    if loaded is not None and not isinstance(loaded, dict):
        raise FactlintError(_("front matter must be a YAML mapping"), f"{path}:2")
    date_line = loaded.line_of("date") + 1 if isinstance(loaded, Node) else 1
    return dict(loaded or {}), date_line


def _bad_timestamp_line(front_matter: str) -> int:
    """File line of the first ISO-looking value that is not a real date (front matter starts on line 2)."""
    for number, line in enumerate(front_matter.splitlines(), start=2):
        found = _ISO_DATE.search(line)
        if found and PartialDate.parse(found[0]) is None:
            return number
    return 2


def front_matter_date(value: Any, where: str, lang: str = "id") -> PartialDate:
    """A ``date:`` value: YAML date, ISO string, or free text read by dateparser as the draft's
    language writes dates, kept at the precision written ("Oktober 2024" is a month, "2025" a
    year). ``where`` is ``path:line``."""
    if isinstance(value, dt.datetime):
        return PartialDate.of(value.date())
    if isinstance(value, dt.date):
        return PartialDate.of(value)
    if not isinstance(value, str | int) or isinstance(value, bool):
        message = _("front matter: 'date' must be a date such as 2025-07-01, not {type}")
        raise FactlintError(message.format(type=type(value).__name__), where)
    text = str(value).strip()
    if len(text) == 4 and text.isdigit():
        if not dt.MINYEAR <= int(text) <= dt.MAXYEAR:
            raise FactlintError(_("front matter: '{text}' is not a year").format(text=text), where)
        return PartialDate(int(text))
    iso = _ISO_DATE.match(text)
    if iso:
        parsed = PartialDate.parse(iso[0])
        if parsed is None:
            raise FactlintError(_("front matter: '{text}' is not a date").format(text=text), where)
        return parsed
    from lint.reading.language import load_lexicon  # a free-form date is rare: only then

    try:
        lexicon = load_lexicon(lang)
    except FactlintError as exc:
        raise FactlintError(exc.message, where) from None
    found = _dateparser_date(text, lexicon.front_matter_languages, lexicon.front_matter_order)
    if found is None:
        raise FactlintError(_("front matter: cannot read date '{text}'").format(text=text), where)
    return found


def _dateparser_date(text: str, languages: tuple[str, ...], order: str) -> PartialDate | None:
    """Free-form dates ("Selasa, 22 Oktober 2024 14:18") are rare: import dateparser only here.
    Relative words ("kemarin") are refused, since a stored draft has no "now" to read them against."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=list(languages), settings={"DATE_ORDER": order, "PARSERS": ["custom-formats", "absolute-time"]}
    )
    data = parser.get_date_data(text)
    when = data.date_obj
    if when is None:
        return None
    if data.period == "year":
        return PartialDate(when.year)
    if data.period == "month":
        return PartialDate(when.year, when.month)
    return PartialDate.of(when.date())


def split_sentences(text: str, start: int, lexicon: Lexicon) -> list[Sentence]:
    """Sentences of the body. Every line break ends a sentence (seeds and drafts put one
    paragraph per line); inside a line, a stop ends one only before a capital or a quote,
    and not after an abbreviation, an initial or inside a number such as ``10.000``."""
    sentences: list[Sentence] = []
    text = strip_comments(text)
    abbreviations = lexicon.abbreviations
    window = _word_window(abbreviations)
    only_dots = "!" not in text and "?" not in text and "…" not in text
    for paragraph, (first, last, headline) in enumerate(_blocks(text, start)):
        ends = _DOT_END if only_dots or not _has_other_stop(text, first, last) else _END
        begin = first  # where the next sentence starts; -1 (no group 1) once only whitespace is left
        for m in ends.finditer(text, first, last):
            stop = m.start()
            following = m[1]  # the next sentence's first character, if any; past ASCII, any
            if following is not None and following > "\x7f" and not _starts_sentence(following):
                continue
            if text[stop] == ".":
                before = _WORD_BEFORE.search(text, max(first, stop - window), stop + 1)
                word = before[1].lower() if before else ""
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
            end = m.end()
            sentences.append(Sentence(begin, end, text[begin:end], paragraph, headline))
            begin = m.start(1)
        if begin >= 0:
            rest = text[begin:last].rstrip()
            sentences.append(Sentence(begin, begin + len(rest), rest, paragraph, headline))
    return sentences


@functools.lru_cache(maxsize=8)
def _word_window(abbreviations: frozenset[str]) -> int:
    """How many characters before a "." to read for the word it ends: one more than the
    longest abbreviation (and than an initial) tells every longer word apart just as well as
    the whole word would, and reads far less. A word is read at most 40 characters back."""
    return min(40, max(1, max(map(len, abbreviations), default=0)) + 1)


def _starts_sentence(char: str) -> bool:
    """A capital, a digit or an opening quote or bracket: what a sentence after a stop starts with."""
    return char.isupper() or char.isdigit() or char in "\"“‘'(["


def _has_other_stop(text: str, start: int, end: int) -> bool:
    return text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 or text.find("…", start, end) >= 0


def _blocks(text: str, start: int) -> list[tuple[int, int, bool]]:
    """Paragraph blocks, as (where its text starts, end, headline): a line joins the next one
    only when it is plainly wrapped text (no closing stop, not a headline or heading, and the
    next line is ordinary text)."""
    blocks: list[tuple[int, int, bool]] = []
    # "\r" read as "\n", one character for another, so the offsets stay. _continues counts the
    # breaks between two lines in ``text`` itself, where "\r\n" is one.
    lines = text.replace("\r", "\n") if "\r" in text else text
    previous_end, previous = 0, ""
    pos = max(start, 0)  # as re reads a negative start
    # Each line that is not blank is found from its first character that is not a space, so
    # blank lines cost no step of Python.
    while (found := _NOT_SPACE.search(lines, pos)) is not None:
        first = found.start()
        # The line starts after the last break before its text: most often right before it.
        s = first if first == pos or lines[first - 1] == "\n" else max(lines.rfind("\n", pos, first) + 1, pos)
        e = lines.find("\n", first)
        if e < 0:
            e = len(lines)
        line = text[s:e]
        if blocks and _continues(text, previous_end, previous, s, line):
            blocks[-1] = (blocks[-1][0], e, False)
        else:
            stripped = line.strip()
            headline = _is_heading(line) or _looks_like_headline(stripped) or _subheading(stripped)
            # the draft's first line, in sentence case too ("North Korea sends 5,000 troops: NIS")
            headline = headline or (not blocks and stripped[:1].isupper() and _subheading(stripped, most=20))
            blocks.append((first, e, headline))
        previous_end, previous, pos = e, line, e
    return blocks


def _continues(text: str, previous_end: int, previous: str, start: int, line: str) -> bool:
    """Whether ``line`` (at ``start``) carries on the line before it, ``previous``."""
    # Exactly one line break between them: "\n", "\r" or "\r\n". Anything more holds a blank line.
    gap = start - previous_end
    if gap != 1 and not (gap == 2 and text.startswith("\r\n", previous_end)):
        return False
    before = previous.strip()
    if before.endswith((".", "!", "?", "…", ":", '"', "”", "’")) or _is_heading(previous):
        return False
    if _is_heading(line) or _LIST_ITEM.match(line):
        return False
    # A capitalised line may be a headline, unless the next line plainly carries on its clause.
    return not _looks_like_headline(before) or line.lstrip()[:1].islower()


def _is_heading(line: str) -> bool:
    # A Markdown heading's "#" comes within its first four characters: most lines need no regex.
    return "#" in line[:4] and _MD_HEADING.match(line) is not None


def _subheading(line: str, most: int = 6) -> bool:
    """A line of a few words and no closing stop: a subheading in sentence case ("Enam peti
    mati"), unless the next line carries it on (then its block is no headline)."""
    if line.endswith((".", "?", "!", "…", '"', "”", ":", ",", ";")) or ". " in line:
        return False
    return 3 <= len(_WORDS.findall(line)) <= most


def _looks_like_headline(line: str) -> bool:
    """A short line with no closing stop whose words are mostly capitalised."""
    if line.endswith((".", "?", "!", "…", '"', "”", ":", ",", ";")) or len(line) > 160:
        return False
    if ". " in line:
        return False  # a sentence ends inside it: body text with a tail ("... Rusia. (Z-9)")
    words: list[str] = _WORDS.findall(line)
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.5


def strip_comments(text: str) -> str:
    """Blank out HTML comments, keeping offsets."""
    parts: list[str] = []
    pos = 0
    for start, end in html_comments(text):
        parts.append(text[pos:start])
        parts.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def html_comments(text: str) -> Iterator[tuple[int, int]]:
    """Where each ``<!-- ... -->`` starts and ends, as ``<!--.*?-->`` (DOTALL) finds them, in
    one pass: once an opening has no closing after it, none later has one either. (The
    pattern tried every later opening to the end of the text: quadratic on a run of "<!--".)"""
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        start = text.find("<!--", end + 3)
