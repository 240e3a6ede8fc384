"""``path:line:col: severity kind [rule] message``, with the flagged words in a window of their line
and a caret under them; in colour on a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from lint.cache import patterns as pattern_cache
from lint.findings import Finding
from lint.i18n import _, ngettext
from lint.reports.base import PLAIN, Report, Style, seed_links

# The line breaks Document.position counts; str.splitlines() also breaks at U+2028, form
# feeds and the like, which would show the wrong line under a finding.
_LINE_BREAK = pattern_cache.compile(r"\r\n|\n|\r")
INDENT = "    "
MIN_WIDTH = 40  # columns an excerpt may take, however narrow the terminal says it is
# C0 controls, DEL and C1 controls: a draft's escape sequences would reach the terminal
# (move the cursor, rewrite what was printed, set its title). Each is shown as one
# character, so the carets stay under the span: the C0 ones as their Unicode pictures (␛).
_CONTROLS = {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
_CONTROL = pattern_cache.compile(r"[\x00-\x1f\x7f-\x9f]")

# SGR codes: bold red, bold yellow, bold cyan for the severities; bold for paths; dim for codes.
_SEVERITY_COLOURS = {"error": "1;31", "warning": "1;33", "info": "1;36"}
_BOLD, _DIM = "1", "2"


def printable(text: str) -> str:
    """``text`` with every control character shown as a visible one, one for one."""
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text


def paint(text: str, code: str, style: Style) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if style.color and text else text


def render_chunks(report: Report, style: Style = PLAIN) -> Iterator[str]:
    """Line by line, so a report on a large file is never held whole in memory."""
    split: dict[str, list[str]] = {}  # each source split into lines once, not once per finding
    width = max(MIN_WIDTH, style.width - len(INDENT))
    for f in report.findings:
        out = _head(f, style) + "\n"
        source = report.sources.get(f.path)
        if source is not None:
            if f.path not in split:
                split[f.path] = _LINE_BREAK.split(source)
            lines = split[f.path]
            if 0 < f.line <= len(lines):
                out += _excerpt(lines[f.line - 1], f, width, style)
        if f.suggestion:
            out += INDENT + _("suggestion: {text}").format(text=printable(f.suggestion)) + "\n"
        if f.evidence:
            out += "".join(INDENT + _("see: {link}").format(link=printable(link)) + "\n" for link in seed_links(f))
        yield out  # a finding at a time
    for u in report.unused:
        where = printable(f"{u.path}:{u.line}:{u.column}:")
        yield (
            f"{paint(where, _BOLD, style)} {paint('warning', _SEVERITY_COLOURS['warning'], style)} "
            f"{paint('unused-suppression', _DIM, style)} "
            + printable(_("suppression of '{names}' suppresses nothing").format(names=u.names))
            + "\n"
        )
    if not style.quiet:
        yield summary(report, style) + "\n"


def _head(f: Finding, style: Style) -> str:
    where = printable(f"{f.path}:{f.line}:{f.column}:")
    return (
        f"{paint(where, _BOLD, style)} {paint(f.severity, _SEVERITY_COLOURS[f.severity], style)} "
        f"{paint(f'{f.kind} [{f.rule}]', _DIM, style)} {printable(f.message)}"
    )


def summary(report: Report, style: Style = PLAIN) -> str:
    """'2 files checked (1 excluded): 1 error, 2 warnings (3 fixed)'."""
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    files = ngettext("{count} file checked", "{count} files checked", report.files).format(count=report.files)
    if report.excluded:
        files += " " + _("({count} excluded)").format(count=report.excluded)
    found = ", ".join(
        paint(_counted(s, counts[s]), _SEVERITY_COLOURS[s], style) for s in ("error", "warning", "info") if s in counts
    )
    besides = [_("{count} fixed").format(count=report.fixed)] if report.fixed else []
    if report.dismissed:
        besides.append(_("{count} dismissed by editors' decisions").format(count=len(report.dismissed)))
    line = f"{files}: {found or _('no findings')}"
    return f"{line} ({'; '.join(besides)})" if besides else line


def _counted(severity: str, count: int) -> str:
    if severity == "error":
        return ngettext("{count} error", "{count} errors", count).format(count=count)
    if severity == "warning":
        return ngettext("{count} warning", "{count} warnings", count).format(count=count)
    return ngettext("{count} info", "{count} info", count).format(count=count)


def _excerpt(line: str, f: Finding, width: int, style: Style) -> str:
    """The line, or a window of it ``width`` columns wide around the span, with the span
    painted and carets under it. Columns are counted as a terminal shows them: a wide
    character (CJK) takes two, a combining mark none, so the carets stay under the words."""
    line = printable(line.replace("\t", " "))
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    start, end = min(start, len(line)), min(max(end, start), len(line))
    first, last = _window(line, start, end, width)
    before = "…" if first > 0 else ""
    after = "…" if last < len(line) else ""
    span_end = min(end, last)
    shown = before + line[first:start] + paint(line[start:span_end], _SEVERITY_COLOURS[f.severity], style)
    shown += line[span_end:last] + after
    pad = columns(before + line[first:start])
    carets = max(1, columns(line[start:span_end]))
    return f"{INDENT}{shown}\n{INDENT}{' ' * pad}{paint('^' * carets, _SEVERITY_COLOURS[f.severity], style)}\n"


def _window(line: str, start: int, end: int, width: int) -> tuple[int, int]:
    """Which characters of ``line`` to show so that the span is in view with as much around it
    as fits: all of it when it fits; else the span (cut to the width) with the rest of the
    width shared between the words before and after it, cut at a space when one is near."""
    if columns(line) <= width:
        return 0, len(line)
    room = width - 2  # the "…" at either end
    span = min(end - start, max(1, room // 2))  # a long span shows its start, with context
    side = max(0, (room - span) // 2)
    first = max(0, start - side)
    last = min(len(line), start + span + side + max(0, side - start))
    first = max(0, min(first, last - room))
    while columns(line[first:last]) > room and last > start + span:  # wide characters take more
        last -= 1
    while columns(line[first:last]) > room and first < start:
        first += 1
    return _at_space(line, first, start, forward=True), _at_space(line, last, start + span, forward=False)


def _at_space(line: str, cut: int, limit: int, forward: bool) -> int:
    """``cut`` moved to the nearest word boundary within a few characters, not past ``limit``."""
    if cut in (0, len(line)) or line[cut - 1 : cut] == " " or line[cut : cut + 1] == " ":
        return cut
    near = range(cut, min(cut + 12, limit)) if forward else range(cut, max(cut - 12, limit), -1)
    return next((i for i in near if line[i - 1 : i] == " " or line[i : i + 1] == " "), cut)


def columns(text: str) -> int:
    """Terminal columns ``text`` takes."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def render(report: Report, style: Style = PLAIN) -> str:
    return "".join(render_chunks(report, style))
