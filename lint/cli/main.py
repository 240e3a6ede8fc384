"""The ``factlint`` command: thin wrappers that parse options, call the core and pick a format."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import click

from lint import __version__
from lint.cli.helptext import HelpGroup
from lint.cli.options import (
    CONTEXT,
    LINT_EXAMPLES,
    MAIN_EXAMPLES,
    asked_locale,
    config_option,
    date_option,
    fail,
    lint_options,
    locale_option,
    parse_date,
    rules_option,
    settle_locale,
    story_option,
)
from lint.errors import FactlintError
from lint.i18n import N_, _, ngettext
from lint.reports import FORMAT_NAMES

FAIL_LEVELS = ("error", "warning", "info")


@click.group(
    cls=HelpGroup,
    context_settings=CONTEXT,
    epilog=MAIN_EXAMPLES,
    lazy={
        "rules": "lint.cli.rules:rules_group",
        "explain": "lint.cli.rules:explain_command",
        "serve": "lint.cli.serve:serve_command",
        "archive": "lint.cli.archive:archive_group",  # imports Dask only when an archive command runs
        "seeds": "lint.cli.seeds:seeds_group",
        "dismiss": "lint.cli.decisions:dismiss_command",
        "decisions": "lint.cli.decisions:decisions_group",
    },
    help=N_(
        "Check news drafts against a fact base built from seed articles: figures, dates, sources, "
        "names and titles. 'factlint COMMAND --help' says more of each command."
    ),
)
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    pass


@main.command(
    "lint",
    epilog=LINT_EXAMPLES,
    help=N_(
        "Lint drafts: files, directories (their .md, .markdown and .txt files, less what git "
        "ignores and the config excludes), or - for standard input.\n\n"
        "Each draft is checked against the fact base of its story, under the config found for it "
        "(.factlint.yaml or [tool.factlint] in pyproject.toml, from its directory up to the "
        "repository's root). Exit status: 0 when no finding reaches --fail-on, 1 when one does "
        "(or, with --diff, when there is a change to show), 2 on a usage, config or input error."
    ),
)
@click.argument("paths", nargs=-1, required=True)
@date_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="text",
    show_default=True,
    help=N_(
        "text for a person, json for a CMS (docs/report.md), sarif for code scanning, github for Actions annotations."
    ),
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default=None,
    help=N_("Exit 1 when a finding of this severity or worse is reported. [default: config, else error]"),
)
@config_option
@lint_options
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
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    output_file: Path | None,
    exit_zero: bool,
    quiet: bool,
    color: str,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    from lint.cli import output
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
        exclude=exclude,
        select=select,
        ignore=ignore,
        fix=fix or diff,
        locale=asked_locale(),
    )
    diffs = 0

    def fixed(file: FileResult) -> None:
        nonlocal diffs
        if file.fixed_text is None or file.text is None or file.target.path is None:
            return
        if diff:
            output.show_diff(file.display, file.text, file.fixed_text)
            diffs += 1
            return
        output.write_fix(file.target.path, file.display, file.text, file.fixed_text, max_bytes)
        if not quiet:
            n = len(file.fixed)
            said = ngettext("fixed {count} finding in {path}", "fixed {count} findings in {path}", n)
            click.echo("factlint: " + said.format(count=n, path=file.display), err=True)

    try:
        report_file = output.open_output(output_file) if output_file is not None and not diff else None
        fixed_config: Config | None = load_config(config_path) if config_path is not None else None
        # What is loaded (code, projects, their patterns) lives as long as the run: the
        # collector need not walk it again on every full collection while drafts are read.
        result = lint_paths(
            list(paths),
            options._replace(config=fixed_config),
            warn=output.warn,
            on_error=lambda e: click.echo(f"factlint: error: {e.path + ': ' if e.path else ''}{e.message}", err=True),
            on_file=fixed,
            progress=output.progress if sys.stderr.isatty() and not quiet else None,
            before_reading=gc.freeze,
        )
    except FactlintError as exc:
        fail(exc)
    if diff:  # the diff is the output, and its exit status says whether there is one
        sys.exit(2 if result.report.errors else 1 if diffs else 0)
    style = output.style_for(color, quiet, report_file is not None)
    output.write_report(renderer(fmt)(result.report, style), style.color, report_file)
    if report_file is not None:
        report_file.close()
    code = result.exit_code()
    sys.exit(0 if exit_zero and code == 1 else code)


@main.command("build", help=N_("Build the fact base from the seed articles and write factbase.json."))
@story_option
@config_option
@click.option(
    "--check", is_flag=True, help=N_("Do not write; exit 1 if the committed fact base differs from a fresh build.")
)
@click.option(
    "--diff",
    "earlier",
    metavar="OLD",
    help=N_(
        "Do not write; show what a fresh build changes from OLD: a factbase.json, or a git revision (HEAD, origin/main)."
    ),
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help=N_("For --diff.")
)
@locale_option
def build_command(story_dir: Path | None, config_path: Path | None, check: bool, earlier: str | None, fmt: str) -> None:
    from lint.cli.configured import config_for, story_dir_for
    from lint.facts.build import build_factbase
    from lint.facts.factbase import FACTBASE_FILE
    from lint.facts.story import load_story
    from lint.writing import write_atomically

    try:
        config = config_for(config_path)
        root = story_dir_for(story_dir, config)
    except FactlintError as exc:
        fail(exc)
    settle_locale(asked_locale(), config.locale, None)
    if earlier is not None:
        from lint.cli.seeds import show_build_diff

        status = show_build_diff(root, earlier, fmt)
        if status or not check:
            sys.exit(status)
    try:
        story = load_story(root)
        settle_locale(asked_locale(), config.locale, story.lang)
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
            stale = _("out of date; run 'factlint build --story {story}'").format(story=root)
            click.echo(f"{path}: {stale}", err=True)
            sys.exit(1)
        current = _("up to date ({facts} facts, {records} records)").format(facts=len(base.facts), records=records)
        click.echo(f"{path}: {current}")
        return
    counts = {"facts": len(base.facts), "records": records, "people": len(base.people)}
    if old == new:
        click.echo(f"{path}: " + _("unchanged ({facts} facts, {records} records, {people} people)").format(**counts))
        return
    try:
        write_atomically(path, new)
    except OSError as exc:
        fail(FactlintError(_("cannot write: {reason}").format(reason=exc.strerror), str(path)))
    click.echo(f"{path}: " + _("written ({facts} facts, {records} records, {people} people)").format(**counts))


@main.command("facts", help=N_("List the fact base: every record with source, date and evidence."))
@click.argument("fact_ids", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--timeline",
    is_flag=True,
    help=N_("Each fact's records in the order they were said: who said what when, and where."),
)
@story_option
@config_option
@locale_option
def facts_command(
    fact_ids: tuple[str, ...], fmt: str, timeline: bool, story_dir: Path | None, config_path: Path | None
) -> None:
    from lint.cli.configured import project_for
    from lint.facts.listing import render_facts, render_timeline

    try:
        project = project_for(story_dir, (), config_path)
        render = render_timeline if timeline else render_facts
        click.echo(render(project, list(fact_ids), fmt), nl=False)
    except FactlintError as exc:
        fail(exc)
