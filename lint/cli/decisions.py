"""``factlint dismiss`` and ``factlint decisions report``: editors' decisions on findings, and
what they say about each rule."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from lint.cli.options import HelpGroup, config_option, date_option, fail, parse_date, rules_option, story_option
from lint.errors import FactlintError
from lint.run.decisions import OTHER, REASONS, RuleTally

_LOCATION = re.compile(r"(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?")
_REASON_HELP = (
    "Why: wrong-reading (factlint read the sentence wrong), fact-base-out-of-date (the draft is right, "
    "the fact base does not know it yet), accepted-style (the house accepts it), or your own words."
)


@click.command("dismiss")
@click.argument("location", metavar="PATH:LINE[:COLUMN]")
@click.argument("rule")
@click.option("--reason", required=True, help=_REASON_HELP)
@click.option("--note", help="More words for the next editor.")
@click.option("--by", "by", metavar="NAME", help="Who decided.")
@date_option
@config_option
@story_option
@rules_option
def dismiss_command(
    location: str,
    rule: str,
    reason: str,
    note: str | None,
    by: str | None,
    date_text: str | None,
    config_path: Path | None,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    """Dismiss the finding of RULE (a rule id or a kind) at PATH:LINE, for a reason. The decision
    is kept in .factlint-decisions.yaml beside the config (or at the repository's root); lint
    then leaves the finding out, wherever its sentence moves, until the sentence changes."""
    from lint.run.config import find_config, load_config
    from lint.run.dating import assumed_date
    from lint.run.decisions import add_decision, decisions_path, finding_key, load_decisions, locate, new_decision
    from lint.run.engine import lint_analysis, read_draft
    from lint.run.inputs import Target, read_target
    from lint.run.project import load_project

    match = _LOCATION.fullmatch(location)
    if match is None:
        raise click.BadParameter(f"'{location}' is not PATH:LINE or PATH:LINE:COLUMN", param_hint="PATH:LINE")
    display, line = match["path"], int(match["line"])
    column = int(match["column"]) if match["column"] else None
    path = Path(display)
    date = parse_date(date_text)
    try:
        config = load_config(config_path) if config_path else find_config(path, warn=_warn)
        project = load_project(story_dir, list(rules_dirs) or None, config)
        for warning in project.warnings:
            _warn(warning)
        text = read_target(Target(display, path))
        # dated as lint dates it (the config's date-from), so that an undated draft's findings
        # are the ones lint reported
        undated = (lambda: assumed_date(path, config.date_from)) if config.date_from else None
        analysis, dated = read_draft(text, project, display, date, config.lang, undated)
        found = lint_analysis(analysis, project, display, config, dated).findings
        finding = locate(found, display, line, column, rule)
        where = decisions_path(config)
        decisions = load_decisions(where)
        decision = new_decision(
            finding_key(finding, analysis), finding.kind, reason, note, decisions.relative(path), finding.line, by
        )
        recorded, new = add_decision(where, decision)
    except FactlintError as exc:
        fail(exc)
    spot = f"{display}:{finding.line}:{finding.column} [{finding.rule}] '{finding.text}'"
    if new:
        click.echo(f"dismissed: {spot} as {recorded.reason} ({where}:{recorded.at})")
    else:
        click.echo(f"already dismissed: {spot} as {recorded.reason} ({where}:{recorded.at}); nothing changed")


def _warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)


@click.group("decisions", cls=HelpGroup)
def decisions_group() -> None:
    """The editors' decisions on findings."""


@decisions_group.command("report")
@click.argument("paths", nargs=-1)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The decisions file. Default: the one for the current directory's config.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@date_option
@config_option
@story_option
@rules_option
def report_command(
    paths: tuple[str, ...],
    file: Path | None,
    fmt: str,
    date_text: str | None,
    config_path: Path | None,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    """Per rule: how often editors dismissed its findings, and why. Given drafts (PATHS), they
    are linted too, and the report says what share of each rule's findings in them was
    dismissed: the newsroom's own measure of how often a rule is wrong."""
    from lint.run.config import find_config, load_config
    from lint.run.decisions import decisions_path, load_decisions, tally
    from lint.run.result import RunOptions, lint_paths

    try:
        config = load_config(config_path) if config_path else None
        if paths:
            result = lint_paths(
                list(paths),
                RunOptions(
                    date=parse_date(date_text), story_dir=story_dir, rules_dirs=list(rules_dirs) or None, config=config
                ),
                warn=_warn,
            )
            if result.report.errors:
                for error in result.report.errors:
                    click.echo(f"factlint: error: {error.path}: {error.message}", err=True)
            reported: dict[str, tuple[str, int]] = {}
            for f in result.report.findings:
                reported[f.rule] = (f.kind, reported.get(f.rule, (f.kind, 0))[1] + 1)
            rows = tally((d for _, d in result.report.dismissed), reported)
            where = f"{result.report.files} draft{'s' if result.report.files != 1 else ''}"
        else:
            path = file or decisions_path(config or find_config(Path.cwd(), warn=_warn))
            rows = tally(load_decisions(path).entries)
            where = str(path)
    except FactlintError as exc:
        fail(exc)
    if fmt == "json":
        data = {
            "from": where,
            "linted": bool(paths),
            "rules": [
                {
                    "rule": t.rule,
                    "kind": t.kind,
                    "dismissed": t.dismissed,
                    "reported": t.reported,
                    "dismissed_share": t.share,
                    "reasons": t.reasons,
                    "other_reasons": t.other,
                }
                for t in rows
            ],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in _table(rows, where, bool(paths)):
            click.echo(line)
    if paths and result.report.errors:
        sys.exit(2)


def _table(rows: list[RuleTally], where: str, linted: bool) -> list[str]:
    total = sum(t.dismissed for t in rows)
    head = f"{where}: {total} finding{'s' if total != 1 else ''} dismissed"
    if not rows:
        return [head]
    width = max(len(t.rule) for t in rows) + 2
    columns = [*REASONS, OTHER]
    title = f"{'rule':<{width}}{'kind':<16}{'dismissed':>10}"
    if linted:
        title += f"{'reported':>10}{'share':>8}"
    title += "".join(f"{c:>{len(c) + 2}}" for c in columns)
    lines = [head, title]
    for t in rows:
        line = f"{t.rule:<{width}}{t.kind or '-':<16}{t.dismissed:>10}"
        if linted:
            share = f"{t.share:.0%}" if t.share is not None else "-"
            line += f"{t.reported if t.reported is not None else '-':>10}{share:>8}"
        line += "".join(f"{t.reasons[c]:>{len(c) + 2}}" for c in columns)
        lines.append(line)
    other = [(text, n, t.rule) for t in rows for text, n in sorted(t.other.items())]
    if other:
        lines.append("other reasons:")
        lines.extend(f"  {rule}: {text!r} ({n})" for text, n, rule in other)
    if linted:
        lines.append("share: of the rule's findings in these drafts, how many editors dismissed")
    return lines
