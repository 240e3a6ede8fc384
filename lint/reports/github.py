"""GitHub Actions workflow commands, so a CI run annotates the draft's lines in the pull request."""

from __future__ import annotations

from collections.abc import Iterator

from lint.i18n import _
from lint.reports.base import PLAIN, Report, Style, seed_links

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part: GitHub's toolkit escapes %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as data, plus the separators ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render_chunks(report: Report, style: Style = PLAIN) -> Iterator[str]:
    """Line by line, so a report on a large file is never held whole in memory."""
    escaped: dict[str, str] = {}  # paths and titles recur: each is escaped once per run
    for f in report.findings:
        message = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
        if f.evidence:
            message += "".join(f"\nsee: {link}" for link in seed_links(f))
        title = f"factlint {f.kind} [{f.rule}]"
        path = escaped.get(f.path) or escaped.setdefault(f.path, escape_property(f.path))
        title = escaped.get(title) or escaped.setdefault(title, escape_property(title))
        # what command() writes for these properties; a number needs no escaping
        yield (
            f"::{COMMANDS[f.severity]} file={path},line={f.line:d},col={f.column:d},endLine={f.end_line:d},"
            f"endColumn={f.end_column:d},title={title}::{escape_data(message)}\n"
        )
    for u in report.unused:
        yield (
            command(
                "warning",
                _("suppression of '{names}' suppresses nothing").format(names=u.names),
                file=u.path,
                line=u.line,
                col=u.column,
                title="factlint unused-suppression",
            )
            + "\n"
        )
    for e in report.errors:
        yield command("error", e.message, **({"file": e.path} if e.path else {}), title="factlint input error") + "\n"
    if not style.quiet:
        from lint.reports.text import summary

        yield f"factlint: {summary(report)}\n"


def render(report: Report) -> str:
    return "".join(render_chunks(report))
