"""GitHub Actions workflow commands, so a CI run annotates the draft's lines in the pull request."""

from __future__ import annotations

from collections.abc import Iterator

from lint.formats.base import Report

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


def render(report: Report) -> str:
    out: list[str] = []
    for f in report.findings:
        message = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
        out.append(
            command(
                COMMANDS[f.severity],
                message,
                file=f.path,
                line=f.line,
                col=f.column,
                endLine=f.end_line,
                endColumn=f.end_column,
                title=f"factlint {f.kind} [{f.rule}]",
            )
        )
    for u in report.unused:
        out.append(
            command(
                "warning",
                f"suppression of '{u.names}' suppresses nothing",
                file=u.path,
                line=u.line,
                col=u.column,
                title="factlint unused-suppression",
            )
        )
    for e in report.errors:
        out.append(command("error", e.message, **({"file": e.path} if e.path else {}), title="factlint input error"))
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in COMMANDS}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no findings"
    out.append(f"factlint: {report.files} file{'s' if report.files != 1 else ''} checked: {summary}")
    return "\n".join(out) + "\n"


def render_chunks(report: Report) -> Iterator[str]:
    yield render(report)
