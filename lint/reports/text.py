"""``path:line:col: severity kind [rule] message``, with the offending span underlined."""

from __future__ import annotations

from collections.abc import Iterator

from lint.cache import patterns as pattern_cache
from lint.i18n import _, ngettext
from lint.reports.base import Report

# The line breaks Document.position counts; str.splitlines() also breaks at U+2028, form
# feeds and the like, which would show the wrong line under a finding.
_LINE_BREAK = pattern_cache.compile(r"\r\n|\n|\r")
# A line longer than this is shown cut to the span and CONTEXT characters either side: a
# 300 KB one-line draft with a thousand findings printed 300 MB.
MAX_SHOWN = 160
CONTEXT = 40
# C0 controls, DEL and C1 controls: a draft's escape sequences would reach the terminal
# (move the cursor, rewrite what was printed, set its title). Each is shown as one
# character, so the carets stay under the span: the C0 ones as their Unicode pictures (␛).
_CONTROLS = {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
_CONTROL = pattern_cache.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character shown as a visible one, one for one."""
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text


def render_chunks(report: Report) -> Iterator[str]:
    """Line by line, so a report on a large file is never held whole in memory."""
    split: dict[str, list[str]] = {}  # each source split into lines once, not once per finding
    for f in report.findings:
        out = printable(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.kind} [{f.rule}] {f.message}") + "\n"
        source = report.sources.get(f.path)
        if source is not None:
            if f.path not in split:
                split[f.path] = _LINE_BREAK.split(source)
            lines = split[f.path]
            if 0 < f.line <= len(lines):
                line = lines[f.line - 1].replace("\t", " ")
                width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                shown, start, width = _excerpt(line, f.column - 1, max(1, width))
                out += f"    {printable(shown)}\n    {' ' * start}{'^' * width}\n"
        if f.suggestion:
            out += "    " + _("suggestion: {text}").format(text=printable(f.suggestion)) + "\n"
        yield out  # a finding at a time
    for u in report.unused:
        yield (
            printable(
                f"{u.path}:{u.line}:{u.column}: warning unused-suppression "
                + _("suppression of '{names}' suppresses nothing").format(names=u.names)
            )
            + "\n"
        )
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    yield summary_line(report.files, counts, len(report.dismissed)) + "\n"


def summary_line(files: int, counts: dict[str, int], dismissed: int) -> str:
    """'2 files checked: 1 error, 2 warnings (1 dismissed by editors' decisions)'."""
    summary = ", ".join(_counted(s, counts[s]) for s in ("error", "warning", "info") if s in counts)
    summary = summary or _("no findings")
    if dismissed:
        summary += " " + _("({count} dismissed by editors' decisions)").format(count=dismissed)
    return ngettext("{count} file checked: {summary}", "{count} files checked: {summary}", files).format(
        count=files, summary=summary
    )


def _counted(severity: str, count: int) -> str:
    if severity == "error":
        return ngettext("{count} error", "{count} errors", count).format(count=count)
    if severity == "warning":
        return ngettext("{count} warning", "{count} warnings", count).format(count=count)
    return ngettext("{count} info", "{count} info", count).format(count=count)


def _excerpt(line: str, start: int, width: int) -> tuple[str, int, int]:
    """The part of ``line`` to show, where the span starts in it and how wide it is shown."""
    if len(line) <= MAX_SHOWN:
        return line, start, width
    width = min(width, MAX_SHOWN - 2 * CONTEXT)
    first, last = max(0, start - CONTEXT), min(len(line), start + width + CONTEXT)
    before = "…" if first > 0 else ""
    return before + line[first:last] + ("…" if last < len(line) else ""), start - first + len(before), width


def render(report: Report) -> str:
    return "".join(render_chunks(report))
