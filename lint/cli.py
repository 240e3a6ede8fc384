"""The ``factlint`` command: thin wrappers that parse options, call the core and pick a format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from lint import __version__
from lint.errors import FactlintError

FAIL_LEVELS = ("error", "warning", "info")


def _fail(exc: FactlintError) -> NoReturn:
    click.echo(f"factlint: error: {exc}", err=True)
    sys.exit(2)


def _parse_date(text: str | None) -> object:
    if text is None:
        return None
    from lint.document import PartialDate

    parsed = PartialDate.parse(text)
    if parsed is None:
        raise click.BadParameter(f"'{text}' is not a date (use YYYY-MM-DD)", param_hint="--date")
    return parsed


story_option = click.option(
    "--story",
    "story_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Story directory (seed articles, seeds.yaml, facts.yaml). Default: the shipped story.",
)
rules_option = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Rules directory (repeatable). Default: the shipped rules.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    """Check news drafts against a fact base built from seed articles."""


@main.command("lint")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="The draft's date (overrides front matter).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding of this severity or worse is reported.")
@story_option
@rules_option
def lint_command(paths: tuple[str, ...], date_text: str | None, fmt: str, fail_on: str,
                 story_dir: Path | None, rules_dirs: tuple[Path, ...]) -> None:
    """Lint drafts (files, directories of .md/.markdown/.txt, or - for stdin)."""
    from lint.engine import lint_text
    from lint.findings import SEVERITY_RANK
    from lint.formats import FORMATS, Report
    from lint.formats.base import FileError
    from lint.project import load_project
    from lint.reading import collect, read_target

    date = _parse_date(date_text)
    try:
        project = load_project(story_dir, list(rules_dirs) or None)
    except FactlintError as exc:
        _fail(exc)
    for warning in project.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    report = Report(findings=[], files=0)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    for target in collect(list(paths)):
        if isinstance(target, FactlintError):
            report.errors.append(FileError(target.where or "", target.message))
            click.echo(f"factlint: error: {target}", err=True)
            continue
        try:
            text = read_target(target, stdin)
            report.findings.extend(lint_text(text, project, target.display, date))  # type: ignore[arg-type]
        except FactlintError as exc:
            report.errors.append(FileError(exc.where or target.display, exc.message))
            click.echo(f"factlint: error: {exc}", err=True)
            continue
        report.sources[target.display] = text
        report.files += 1
    click.echo(FORMATS[fmt](report), nl=False)
    if report.errors:
        sys.exit(2)
    threshold = SEVERITY_RANK[fail_on]
    sys.exit(1 if any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings) else 0)


@main.command("build")
@story_option
@click.option("--check", is_flag=True, help="Do not write; exit 1 if the committed fact base differs from a fresh build.")
def build_command(story_dir: Path | None, check: bool) -> None:
    """Build the fact base from the seed articles and write factbase.json."""
    from lint.build import build_factbase
    from lint.factbase import FACTBASE_FILE
    from lint.project import default_story_dir
    from lint.story import load_story
    from lint.writing import write_atomically

    try:
        story = load_story(story_dir or default_story_dir())
        base, report = build_factbase(story)
    except FactlintError as exc:
        _fail(exc)
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
        _fail(FactlintError(f"cannot write: {exc.strerror}", str(path)))
    click.echo(f"{path}: written ({len(base.facts)} facts, {records} records, {len(base.people)} people)")


@main.command("facts")
@click.argument("fact_ids", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@story_option
def facts_command(fact_ids: tuple[str, ...], fmt: str, story_dir: Path | None) -> None:
    """List the fact base: every record with source, date and evidence."""
    from lint.factlist import render_facts
    from lint.project import load_project

    try:
        project = load_project(story_dir)
        click.echo(render_facts(project, list(fact_ids), fmt), nl=False)
    except FactlintError as exc:
        _fail(exc)
    for warning in project.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
