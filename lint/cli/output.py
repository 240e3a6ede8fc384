"""What ``factlint lint`` writes: the report (to stdout or a file, in colour on a terminal), the
run's own lines on stderr, and the fixes (into the drafts, or as a diff)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import click

from lint.errors import FactlintError
from lint.i18n import _
from lint.reports.base import Style

COLOR_CHOICES = ("auto", "always", "never")


def style_for(color: str, quiet: bool, to_file: bool) -> Style:
    """Colour when asked, or (auto) when the report goes to a terminal, or ``FORCE_COLOR`` asks
    for it where a tool reads the output through a pipe (a CI log, pre-commit), and ``NO_COLOR``
    does not forbid it (https://no-color.org); excerpts as wide as the terminal (``COLUMNS``,
    else 80)."""
    if color == "auto":
        wanted = sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))
        painted = not to_file and wanted and not os.environ.get("NO_COLOR")
    else:
        painted = color == "always"
    return Style(color=painted, quiet=quiet, width=_columns())


def _columns() -> int:
    """``COLUMNS``, else the terminal's width, else 80 (output to a pipe, as pre-commit reads it)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
    except (OSError, ValueError):
        return 80


# Characters of a report written at once: one write (and flush) per block of chunks rather
# than per chunk, and no more of the report held than a block.
_BLOCK = 1 << 16


def write_report(chunks: Iterable[str], color: bool, file: IO[str] | None = None) -> None:
    """Write a report's chunks to stdout (or ``file``) as click.echo does. Every format ends a
    chunk at a line break or inside JSON, where no terminal escape (which echo strips when
    stdout is not a terminal, unless ``color``) can sit across the joint, so joining them does
    not change what is written."""
    block: list[str] = []
    size = 0
    for chunk in chunks:
        block.append(chunk)
        size += len(chunk)
        if size >= _BLOCK:
            _echo("".join(block), color, file)
            block, size = [], 0
    if block:
        _echo("".join(block), color, file)


def _echo(text: str, color: bool, file: IO[str] | None) -> None:
    """click.echo, and on an output that refuses them (a strict UTF-8 locale), the surrogates
    that stand for a file name's bytes written as those bytes, as ls and grep write them."""
    try:
        click.echo(text, nl=False, color=color or None, file=file)
    except UnicodeEncodeError:
        click.echo(text.encode("utf-8", "surrogateescape"), nl=False, color=color or None, file=file)


def open_output(path: Path) -> IO[str]:
    """The file ``--output-file`` names, opened before any draft is read (a typo fails fast)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8", errors="surrogateescape", newline="")
    except OSError as exc:
        message = _("cannot write the report: {reason}").format(reason=exc.strerror or exc)
        raise FactlintError(message, str(path)) from None


def warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)


def progress(done: int, total: int) -> None:
    if total < 50:
        return  # a few files finish before a count would help
    if done == total or done % 25 == 0:
        click.echo(
            "\rfactlint: " + _("{done}/{total} files").format(done=done, total=total), err=True, nl=done == total
        )


def show_diff(display: str, before: str, after: str) -> None:
    from lint.cli.fix import unified_diff

    click.echo(unified_diff(display, before, after), nl=False)


def write_fix(path: Path, display: str, text: str, fixed: str, max_bytes: int) -> None:
    """Write the fixed draft in place (lint/writing.py: links, owner and encoding kept), only if
    the file still holds the text that was linted."""
    from lint.cli.fix import encode_like
    from lint.run.inputs import decode, read_file
    from lint.writing import ChangedSinceRead, rewrite_in_place

    changed = FactlintError(_("changed since it was read; not fixed (run factlint again)"), display)
    try:
        original = read_file(path, display, max_bytes)
        if decode(original, display) != text:
            raise changed
        rewrite_in_place(path, original, encode_like(original, fixed))
    except ChangedSinceRead:
        raise changed from None
    except OSError as exc:
        raise FactlintError(_("cannot write fix: {reason}").format(reason=exc.strerror or exc), display) from None
