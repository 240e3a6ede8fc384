"""``factlint rules check|test`` and ``factlint explain``: the rule author's and editor's tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.cli.options import date_option, fail, locale_option, parse_date, rules_option, settle_locale, story_option
from lint.errors import FactlintError
from lint.run.project import Project


def _project(
    story_dir: Path | None, rules_dirs: tuple[Path, ...], near: Path | None = None, locale: str | None = None
) -> Project:
    """The project for files near ``near`` (default: the working directory), honouring config;
    messages from then on in the language ``--locale``, the config or the story asks for."""
    from lint.run.config import find_config
    from lint.run.project import load_project

    config = find_config(near or Path.cwd(), warn=lambda message: click.echo(f"factlint: warning: {message}", err=True))
    project = load_project(story_dir, list(rules_dirs) or None, config)
    settle_locale(locale, config.locale, project.story.lang)
    for warning in project.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    return project


@click.group("rules")
def rules_group() -> None:
    """Validate rule and fact files, and run the examples inside each rule."""


@rules_group.command("check")
@story_option
@rules_option
def rules_check(story_dir: Path | None, rules_dirs: tuple[Path, ...]) -> None:
    """Validate facts.yaml, seeds.yaml and every rule file; exit 2 on the first error."""
    try:
        project = _project(story_dir, rules_dirs)
    except FactlintError as exc:
        fail(exc)
    files = sorted({r.path for r in project.rules})
    click.echo(
        f"ok: {len(project.rules)} rules in {len(files)} files, {len(project.story.facts)} facts, "
        f"{len(project.story.sources)} sources, {len(project.story.people)} people"
    )


@rules_group.command("test")
@click.argument("rule_ids", nargs=-1)
@story_option
@rules_option
def rules_test(rule_ids: tuple[str, ...], story_dir: Path | None, rules_dirs: tuple[Path, ...]) -> None:
    """Run every rule's examples: 'flag' ones must be reported, 'pass' ones must not."""
    from lint.cli.ruletest import test_rules

    try:
        project = _project(story_dir, rules_dirs)
        unknown = sorted(set(rule_ids) - {r.id for r in project.rules})
        if unknown:
            raise FactlintError(f"no such rule: {', '.join(unknown)}")
        run, failures = test_rules(project, list(rule_ids) or None)
    except FactlintError as exc:
        fail(exc)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    rules = len(rule_ids) or len(project.rules)
    click.echo(f"{run - len(failures)} passed, {len(failures)} failed ({run} examples in {rules} rules)")
    sys.exit(1 if failures else 0)


@click.command("explain")
@click.argument("target")
@date_option
@story_option
@rules_option
@locale_option
def explain_command(
    target: str, date_text: str | None, story_dir: Path | None, rules_dirs: tuple[Path, ...], locale: str | None
) -> None:
    """Explain a fact (FACT_ID) or how a draft's line was read (PATH:LINE)."""
    from lint.cli.explain import explain_fact, explain_line
    from lint.run.engine import analyse_text
    from lint.run.inputs import Target, read_target

    try:
        path_text, _, line_text = target.rpartition(":")
        is_line = bool(path_text) and line_text.isdigit()
        project = _project(story_dir, rules_dirs, Path(path_text) if is_line else None, locale)
        if is_line:
            date = parse_date(date_text)
            text = read_target(Target(path_text, Path(path_text)))
            analysis = analyse_text(text, project, path_text, date)
            click.echo(explain_line(project, analysis, int(line_text)), nl=False)
        else:
            click.echo(explain_fact(project, target), nl=False)
    except FactlintError as exc:
        fail(exc)
