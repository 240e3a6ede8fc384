"""``factlint dismiss`` and ``factlint decisions report``: editors' decisions on findings, and
what they say about each rule."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from lint.cli.helptext import HelpGroup, Localized
from lint.cli.options import (
    asked_locale,
    config_option,
    date_option,
    fail,
    locale_option,
    parse_date,
    rules_option,
    settle_locale,
    story_option,
)
from lint.errors import FactlintError
from lint.i18n import N_, _, in_source, ngettext
from lint.run.decisions import OTHER, REASONS, RuleTally

_LOCATION = re.compile(r"(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?")
_REASON_HELP = N_(
    "Why: wrong-reading (factlint read the sentence wrong), fact-base-out-of-date (the draft is right, "
    "the fact base does not know it yet), accepted-style (the house accepts it), or your own words."
)


@click.command(
    "dismiss",
    cls=Localized,
    help=N_(
        "Dismiss the finding of RULE (a rule id or a kind) at PATH:LINE, for a reason. The "
        "decision is kept in .factlint-decisions.yaml beside the config (or at the repository's "
        "root); lint then leaves the finding out, wherever its sentence moves, until the sentence "
        "changes."
    ),
)
@click.argument("location", metavar="PATH:LINE[:COLUMN]")
@click.argument("rule")
@click.option("--reason", required=True, help=_REASON_HELP)
@click.option("--note", help=N_("More words for the next editor."))
@click.option("--by", "by", metavar="NAME", help=N_("Who decided."))
@date_option
@config_option
@story_option
@rules_option
@locale_option
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
    from lint.run.config import find_config, load_config
    from lint.run.dating import assumed_date
    from lint.run.decisions import add_decision, decisions_path, finding_key, load_decisions, locate, new_decision
    from lint.run.engine import lint_analysis, read_draft
    from lint.run.inputs import Target, read_target
    from lint.run.project import load_project

    match = _LOCATION.fullmatch(location)
    if match is None:
        message = _("'{location}' is not PATH:LINE or PATH:LINE:COLUMN").format(location=location)
        raise click.BadParameter(message, param_hint="PATH:LINE")
    display, line = match["path"], int(match["line"])
    column = int(match["column"]) if match["column"] else None
    path = Path(display)
    date = parse_date(date_text)
    try:
        config = load_config(config_path) if config_path else find_config(path, warn=_warn)
        project = load_project(story_dir, list(rules_dirs) or None, config)
        settle_locale(asked_locale(), config.locale, project.story.lang)
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
    said = (
        _("dismissed: {finding} as {reason} ({file}:{line})")
        if new
        else _("already dismissed: {finding} as {reason} ({file}:{line}); nothing changed")
    )
    click.echo(said.format(finding=spot, reason=recorded.reason, file=where, line=recorded.at))


def _warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)


@click.group("decisions", cls=HelpGroup, help=N_("The editors' decisions on findings."))
def decisions_group() -> None:
    pass


@decisions_group.command(
    "report",
    help=N_(
        "Per rule: how often editors dismissed its findings, and why. Given drafts (PATHS), they "
        "are linted too, and the report says what share of each rule's findings in them was "
        "dismissed: the newsroom's own measure of how often a rule is wrong."
    ),
)
@click.argument("paths", nargs=-1)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=N_("The decisions file. Default: the one for the current directory's config."),
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@date_option
@config_option
@story_option
@rules_option
@locale_option
def report_command(
    paths: tuple[str, ...],
    file: Path | None,
    fmt: str,
    date_text: str | None,
    config_path: Path | None,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    from lint.run.config import find_config, load_config
    from lint.run.decisions import decisions_path, load_decisions, tally
    from lint.run.result import RunOptions, lint_paths

    try:
        config = load_config(config_path) if config_path else None
        if paths:
            result = lint_paths(
                list(paths),
                RunOptions(
                    date=parse_date(date_text),
                    story_dir=story_dir,
                    rules_dirs=list(rules_dirs) or None,
                    config=config,
                    locale=asked_locale(),
                ),
                warn=_warn,
            )
            if result.report.errors:
                for error in result.report.errors:
                    click.echo(f"factlint: error: {error.path}: {error.message}", err=True)
            reported: dict[str, tuple[str, int]] = {}
            for f in result.report.findings:
                reported[f.rule] = (f.kind, reported.get(f.rule, (f.kind, 0))[1] + 1)
            rows = tally((d for _key, d in result.report.dismissed), reported)
            where = _drafts(result.report.files)
            with in_source():  # the JSON report's "from" is data, in English
                source = _drafts(result.report.files)
        else:
            config = config or find_config(Path.cwd(), warn=_warn)
            settle_locale(asked_locale(), config.locale, None)
            path = file or decisions_path(config)
            rows = tally(load_decisions(path).entries)
            where = source = str(path)
    except FactlintError as exc:
        fail(exc)
    if fmt == "json":
        data = {
            "from": source,
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


def _drafts(count: int) -> str:
    return ngettext("{count} draft", "{count} drafts", count).format(count=count)


def _table(rows: list[RuleTally], where: str, linted: bool) -> list[str]:
    total = sum(t.dismissed for t in rows)
    head = ngettext("{where}: {count} finding dismissed", "{where}: {count} findings dismissed", total)
    head = head.format(where=where, count=total)
    if not rows:
        return [head]
    # The headings in the messages' language; a column is as wide as in English, or wider when
    # its heading needs it (a right-aligned one keeps a space before its heading).
    rule_head, kind_head = _("rule"), _("kind")
    dismissed_head, reported_head, share_head = _("dismissed"), _("reported"), _("share")
    width = max(max(len(t.rule) for t in rows), len(rule_head)) + 2
    kind_width = max(16, len(kind_head) + 2)
    dismissed_width = max(10, len(dismissed_head) + 1)
    reported_width = max(10, len(reported_head) + 1)
    share_width = max(8, len(share_head) + 1)
    columns = [*REASONS, OTHER]
    title = f"{rule_head:<{width}}{kind_head:<{kind_width}}{dismissed_head:>{dismissed_width}}"
    if linted:
        title += f"{reported_head:>{reported_width}}{share_head:>{share_width}}"
    title += "".join(f"{c:>{len(c) + 2}}" for c in columns)
    lines = [head, title]
    for t in rows:
        line = f"{t.rule:<{width}}{t.kind or '-':<{kind_width}}{t.dismissed:>{dismissed_width}}"
        if linted:
            share = f"{t.share:.0%}" if t.share is not None else "-"
            line += f"{t.reported if t.reported is not None else '-':>{reported_width}}{share:>{share_width}}"
        line += "".join(f"{t.reasons[c]:>{len(c) + 2}}" for c in columns)
        lines.append(line)
    other = [(text, n, t.rule) for t in rows for text, n in sorted(t.other.items())]
    if other:
        lines.append(_("other reasons:"))
        lines.extend(f"  {rule}: {text!r} ({n})" for text, n, rule in other)
    if linted:
        lines.append(_("share: of the rule's findings in these drafts, how many editors dismissed"))
    return lines
