"""``factlint rules check|test`` and ``factlint explain``: the rule author's and editor's tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.cli.configured import project_for
from lint.cli.helptext import HelpGroup, Localized
from lint.cli.options import (
    config_option,
    date_option,
    fail,
    locale_option,
    parse_date,
    rules_option,
    story_option,
)
from lint.errors import FactlintError
from lint.i18n import N_, _


@click.group("rules", cls=HelpGroup, help=N_("Validate rule and fact files, and run the examples inside each rule."))
def rules_group() -> None:
    pass


@rules_group.command(
    "check", help=N_("Validate facts.yaml, seeds.yaml and every rule file; exit 2 on the first error.")
)
@story_option
@rules_option
@config_option
@locale_option
def rules_check(story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None) -> None:
    try:
        project = project_for(story_dir, rules_dirs, config_path)
    except FactlintError as exc:
        fail(exc)
    files = sorted({r.path for r in project.rules})
    click.echo(
        _("ok: {rules} rules in {files} files, {facts} facts, {sources} sources, {people} people").format(
            rules=len(project.rules),
            files=len(files),
            facts=len(project.story.facts),
            sources=len(project.story.sources),
            people=len(project.story.people),
        )
    )


@rules_group.command(
    "list",
    help=N_(
        "List the rules that run under the config, with kind, severity (as the config sets it), "
        "where each is defined and what it reports; then those the config leaves out, as 'off'."
    ),
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@story_option
@rules_option
@config_option
@locale_option
def rules_list(fmt: str, story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None) -> None:
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


@rules_group.command("test", help=N_("Run every rule's examples: 'flag' ones must be reported, 'pass' ones must not."))
@click.argument("rule_ids", nargs=-1)
@story_option
@rules_option
@config_option
@locale_option
def rules_test(
    rule_ids: tuple[str, ...], story_dir: Path | None, rules_dirs: tuple[Path, ...], config_path: Path | None
) -> None:
    from lint.cli.ruletest import test_rules

    try:
        project = project_for(story_dir, rules_dirs, config_path)
        unknown = sorted(set(rule_ids) - {r.id for r in project.rules})
        if unknown:
            raise FactlintError(_("no such rule: {rules}").format(rules=", ".join(unknown)))
        run, failures = test_rules(project, list(rule_ids) or None)
    except FactlintError as exc:
        fail(exc)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    rules = len(rule_ids) or len(project.rules)
    summary = _("{passed} passed, {failed} failed ({examples} examples in {rules} rules)")
    click.echo(summary.format(passed=run - len(failures), failed=len(failures), examples=run, rules=rules))
    sys.exit(1 if failures else 0)


@click.command(
    "explain", cls=Localized, help=N_("Explain a fact (FACT_ID) or how a draft's line was read (PATH:LINE).")
)
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
) -> None:
    from lint.cli.explain import explain_fact, explain_line
    from lint.run.engine import analyse_text
    from lint.run.inputs import Target, read_target

    try:
        path_text, _colon, line_text = target.rpartition(":")
        is_line = bool(path_text) and line_text.isdigit()
        project = project_for(story_dir, rules_dirs, config_path, Path(path_text) if is_line else None)
        if is_line:
            date = parse_date(date_text)
            text = read_target(Target(path_text, Path(path_text)))
            analysis = analyse_text(text, project, path_text, date)
            click.echo(explain_line(project, analysis, int(line_text)), nl=False)
        else:
            click.echo(explain_fact(project, target), nl=False)
    except FactlintError as exc:
        fail(exc)
