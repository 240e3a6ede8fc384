"""``factlint rules check|test`` and ``factlint explain``: the rule author's and editor's tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.cli.configured import project_for
from lint.cli.options import (
    HelpGroup,
    config_option,
    date_option,
    fail,
    locale_option,
    parse_date,
    rules_option,
    story_option,
)
from lint.errors import FactlintError


@click.group("rules", cls=HelpGroup)
def rules_group() -> None:
    """Validate rule and fact files, and run the examples inside each rule."""


@rules_group.command("check")
@story_option
@rules_option
@config_option
def rules_check(story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None) -> None:
    """Validate facts.yaml, seeds.yaml and every rule file; exit 2 on the first error."""
    try:
        project = project_for(story_dir, rules_dirs, config_path)
    except FactlintError as exc:
        fail(exc)
    files = sorted({r.path for r in project.rules})
    click.echo(
        f"ok: {len(project.rules)} rules in {len(files)} files, {len(project.story.facts)} facts, "
        f"{len(project.story.sources)} sources, {len(project.story.people)} people"
    )


@rules_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@story_option
@rules_option
@config_option
def rules_list(fmt: str, story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None) -> None:
    """List the rules that run under the config, with kind, severity (as the config sets it),
    where each is defined and what it reports; then those the config leaves out, as 'off'."""
    from lint.cli.configured import config_for
    from lint.cli.output import style_for
    from lint.cli.rulelist import render_rules
    from lint.run.project import load_project

    try:
        config = config_for(config_path)
        project = project_for(story_dir, rules_dirs, config_path)
        unselected = config._replace(select=(), ignore=(), severity={})
        every = load_project(story_dir, list(rules_dirs) or None, unselected).rules
    except FactlintError as exc:
        fail(exc)
    click.echo(render_rules(project.rules, every, fmt, style_for("never", False, True).width), nl=False)


@rules_group.command("test")
@click.argument("rule_ids", nargs=-1)
@story_option
@rules_option
@config_option
def rules_test(
    rule_ids: tuple[str, ...], story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None
) -> None:
    """Run every rule's examples: 'flag' ones must be reported, 'pass' ones must not."""
    from lint.cli.ruletest import test_rules

    try:
        project = project_for(story_dir, rules_dirs, config_path)
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
@config_option
@locale_option
def explain_command(
    target: str,
    date_text: str | None,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
    config_path: Path | None,
    locale: str | None,
) -> None:
    """Explain a fact (FACT_ID) or how a draft's line was read (PATH:LINE)."""
    from lint.cli.explain import explain_fact, explain_line
    from lint.run.engine import analyse_text
    from lint.run.inputs import Target, read_target

    try:
        path_text, _, line_text = target.rpartition(":")
        is_line = bool(path_text) and line_text.isdigit()
        project = project_for(story_dir, rules_dirs, config_path, Path(path_text) if is_line else None, locale)
        if is_line:
            date = parse_date(date_text)
            text = read_target(Target(path_text, Path(path_text)))
            analysis = analyse_text(text, project, path_text, date)
            click.echo(explain_line(project, analysis, int(line_text)), nl=False)
        else:
            click.echo(explain_fact(project, target), nl=False)
    except FactlintError as exc:
        fail(exc)
