"""The ``factlint`` command: thin wrappers that parse options, call the core and pick a format."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from lint import __version__
from lint.cli.options import date_option, fail, locale_option, parse_date, resolve_story, rules_option, story_option
from lint.errors import FactlintError
from lint.i18n import _
from lint.reports import FORMAT_NAMES

if TYPE_CHECKING:
    from lint.findings import Finding

FAIL_LEVELS = ("error", "warning", "info")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    """Check news drafts against a fact base built from seed articles."""


@main.command("lint")
@click.argument("paths", nargs=-1, required=True)
@date_option
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default=None,
    help="Exit 1 when a finding of this severity or worse is reported. [default: config, else error]",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Use this config file instead of looking for .factlint.yaml / pyproject.toml.",
)
@click.option("--fix", is_flag=True, help="Apply safe suggestions (spellings of known names) in place.")
@click.option("--diff", is_flag=True, help="Print the safe suggestions as a unified diff; change nothing.")
@click.option("--report-unused-suppressions", is_flag=True, help="Report suppression comments that suppress nothing.")
@click.option(
    "--max-file-size",
    "max_mb",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Refuse drafts larger than this many MB.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(min=0),
    help="Worker processes for many files (0: one per CPU).",
)
@story_option
@rules_option
@locale_option
def lint_command(
    paths: tuple[str, ...],
    date_text: str | None,
    fmt: str,
    fail_on: str | None,
    config_path: Path | None,
    fix: bool,
    diff: bool,
    report_unused_suppressions: bool,
    max_mb: float,
    jobs: int,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
    locale: str | None,
) -> None:
    """Lint drafts (files, directories of .md/.markdown/.txt, or - for stdin)."""
    from lint.reports import renderer
    from lint.run.config import Config, load_config
    from lint.run.inputs import read_stdin
    from lint.run.result import FileResult, RunOptions, lint_paths

    if fix and diff:
        raise click.UsageError(_("--fix and --diff cannot be combined"))
    if (fix or diff) and "-" in paths:
        raise click.UsageError(_("--fix and --diff need files, not stdin"))
    date = parse_date(date_text)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    max_bytes = int(max_mb * 1_048_576)
    stdin = read_stdin(sys.stdin.buffer, max_bytes) if "-" in paths else None
    options = RunOptions(
        date=date,
        fail_on=fail_on,
        jobs=jobs,
        keep_text=fmt == "text" or fix or diff,
        max_bytes=max_bytes,
        report_unused=report_unused_suppressions,
        story_dir=story_dir,
        rules_dirs=list(rules_dirs) or None,
        stdin=stdin,
        locale=locale,
    )

    def fixed(file: FileResult) -> None:
        if (fix or diff) and file.target.path is not None and file.text is not None:
            _apply_fixes(file.target.path, file.display, file.text, file.findings, fix, max_bytes)

    try:
        fixed_config: Config | None = load_config(config_path) if config_path is not None else None
        # What is loaded (code, projects, their patterns) lives as long as the run: the
        # collector need not walk it again on every full collection while drafts are read.
        result = lint_paths(
            list(paths),
            options._replace(config=fixed_config),
            warn=_warn,
            on_error=lambda e: click.echo(f"factlint: error: {e.path + ': ' if e.path else ''}{e.message}", err=True),
            on_file=fixed,
            progress=_progress if sys.stderr.isatty() else None,
            before_reading=gc.freeze,
        )
    except FactlintError as exc:
        fail(exc)
    if not diff:
        _write(renderer(fmt)(result.report))
    sys.exit(result.exit_code())


# Characters of a report written at once: one write (and flush) per block of chunks rather
# than per chunk, and no more of the report held than a block.
_BLOCK = 1 << 16


def _write(chunks: Iterable[str]) -> None:
    """Write a report's chunks to stdout as click.echo does. Every format ends a chunk at a
    line break or inside JSON, where no terminal escape (which echo strips when stdout is not
    a terminal) can sit across the joint, so joining them does not change what is written."""
    block: list[str] = []
    size = 0
    for chunk in chunks:
        block.append(chunk)
        size += len(chunk)
        if size >= _BLOCK:
            _echo("".join(block))
            block, size = [], 0
    if block:
        _echo("".join(block))


def _echo(text: str) -> None:
    """click.echo, and on an output that refuses them (a strict UTF-8 locale), the surrogates
    that stand for a file name's bytes written as those bytes, as ls and grep write them."""
    try:
        click.echo(text, nl=False)
    except UnicodeEncodeError:
        click.echo(text.encode("utf-8", "surrogateescape"), nl=False)


def _warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)


def _progress(done: int, total: int) -> None:
    if total < 50:
        return  # a few files finish before a count would help
    if done == total or done % 25 == 0:
        click.echo(
            "\rfactlint: " + _("{done}/{total} files").format(done=done, total=total), err=True, nl=done == total
        )


def _apply_fixes(path: Path, display: str, text: str, findings: list[Finding], write: bool, max_bytes: int) -> None:
    """Print the fixes as a diff, or write them into the draft: only if it still holds the
    text that was linted, and in place (lint/writing.py: links, owner and encoding kept)."""
    from lint.cli.fix import apply_fixes, encode_like, unified_diff
    from lint.run.inputs import decode, read_file
    from lint.writing import ChangedSinceRead, rewrite_in_place

    new = apply_fixes(text, findings)
    if new == text:
        return
    if not write:
        click.echo(unified_diff(display, text, new), nl=False)
        return
    changed = FactlintError(_("changed since it was read; not fixed (run factlint again)"), display)
    try:
        original = read_file(path, display, max_bytes)
        if decode(original, display) != text:
            raise changed
        rewrite_in_place(path, original, encode_like(original, new))
    except ChangedSinceRead:
        raise changed from None
    except OSError as exc:
        raise FactlintError(_("cannot write fix: {reason}").format(reason=exc.strerror or exc), display) from None
    click.echo(_("fixed: {path}").format(path=display), err=True)


@main.command("build")
@story_option
@click.option(
    "--check", is_flag=True, help="Do not write; exit 1 if the committed fact base differs from a fresh build."
)
@click.option(
    "--diff",
    "earlier",
    metavar="OLD",
    help="Do not write; show what a fresh build changes from OLD: a factbase.json, or a git revision (HEAD, origin/main).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="For --diff."
)
def build_command(story_dir: Path | None, check: bool, earlier: str | None, fmt: str) -> None:
    """Build the fact base from the seed articles and write factbase.json."""
    from lint.facts.build import build_factbase
    from lint.facts.factbase import FACTBASE_FILE
    from lint.facts.story import load_story
    from lint.writing import write_atomically

    if earlier is not None:
        from lint.cli.seeds import show_build_diff

        status = show_build_diff(story_dir, earlier, fmt)
        if status or not check:
            sys.exit(status)
    try:
        story = load_story(resolve_story(story_dir))
        base, report = build_factbase(story)
    except FactlintError as exc:
        fail(exc)
    for line in report.lines:
        click.echo(line)
    path = story.root / FACTBASE_FILE
    new = base.to_json()
    old = path.read_text(encoding="utf-8") if path.exists() else None
    records = sum(len(f.records) for f in base.facts.values())
    if check:
        if old != new:
            click.echo(f"{path}: out of date; run 'factlint build'", err=True)
            sys.exit(1)
        click.echo(f"{path}: up to date ({len(base.facts)} facts, {records} records)")
        return
    if old == new:
        click.echo(f"{path}: unchanged ({len(base.facts)} facts, {records} records, {len(base.people)} people)")
        return
    try:
        write_atomically(path, new)
    except OSError as exc:
        fail(FactlintError(f"cannot write: {exc.strerror}", str(path)))
    click.echo(f"{path}: written ({len(base.facts)} facts, {records} records, {len(base.people)} people)")


@main.command("facts")
@click.argument("fact_ids", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--timeline", is_flag=True, help="Each fact's records in the order they were said: who said what when, and where."
)
@story_option
def facts_command(fact_ids: tuple[str, ...], fmt: str, timeline: bool, story_dir: Path | None) -> None:
    """List the fact base: every record with source, date and evidence."""
    from lint.facts.listing import render_facts, render_timeline
    from lint.run.project import load_project

    try:
        project = load_project(resolve_story(story_dir))
        render = render_timeline if timeline else render_facts
        click.echo(render(project, list(fact_ids), fmt), nl=False)
    except FactlintError as exc:
        fail(exc)
    for warning in project.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)


def _register() -> None:
    from lint.cli.archive import archive_group  # imports Dask only when an archive command runs
    from lint.cli.decisions import decisions_group, dismiss_command
    from lint.cli.rules import explain_command, rules_group
    from lint.cli.seeds import seeds_group
    from lint.cli.serve import serve_command

    main.add_command(rules_group)
    main.add_command(explain_command)
    main.add_command(serve_command)
    main.add_command(archive_group)
    main.add_command(seeds_group)
    main.add_command(dismiss_command)
    main.add_command(decisions_group)


_register()
