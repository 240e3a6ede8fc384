"""Options and error handling shared by every ``factlint`` command."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from lint.errors import FactlintError
from lint.i18n import N_, _

if TYPE_CHECKING:
    from lint.reading.document import PartialDate


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(exc: FactlintError) -> NoReturn:
    """One line on stderr and exit status 2: never a traceback for a user's mistake."""
    click.echo(f"factlint: error: {exc}", err=True)
    sys.exit(2)


def parse_date(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    from lint.reading.document import PartialDate

    parsed = PartialDate.parse(text)
    if parsed is None:
        raise click.BadParameter(_("'{text}' is not a date (use YYYY-MM-DD)").format(text=text), param_hint="--date")
    return parsed


story_option = click.option(
    "--story",
    "story_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=N_("Story directory (seed articles, seeds.yaml, facts.yaml). Default: from config, else the shipped story."),
)
rules_option = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help=N_("Rules directory (repeatable). Default: from config, else the shipped rules."),
)
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help=N_("Use this config file instead of looking for .factlint.yaml / pyproject.toml."),
)
date_option = click.option(
    "--date", "date_text", metavar="YYYY-MM-DD", help=N_("The draft's date (overrides front matter).")
)


def _names(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select a,b --select c`` -> ``("a", "b", "c")``."""
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


_ASKED_LOCALE = "factlint.locale"


def _early_locale(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Messages are in the language asked for (``--locale``, else the environment's) from the
    moment options are read; the config and the story may still choose once they are loaded
    (``settle_locale``, with ``asked_locale``)."""
    from lint import i18n

    ctx.meta[_ASKED_LOCALE] = value
    try:
        i18n.use(i18n.early(value))
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


def asked_locale() -> str | None:
    """The ``--locale`` of the command being run; None when it was not given."""
    ctx = click.get_current_context(silent=True)
    return None if ctx is None else ctx.meta.get(_ASKED_LOCALE)


locale_option = click.option(
    "--locale",
    metavar="LANG",
    callback=_early_locale,
    expose_value=False,
    is_eager=True,
    help=N_("Language of messages: en or id. Default: config's locale, else LANG, else the story's language."),
)


def settle_locale(explicit: str | None, configured: str | None, story_lang: str | None) -> None:
    """The command's language once its config and story are known (lint/i18n.py: choose)."""
    from lint import i18n

    try:
        i18n.use(i18n.choose(explicit, configured, story_lang))
    except ValueError as exc:
        fail(FactlintError(str(exc)))


F = TypeVar("F", bound=Callable[..., Any])

_LINT_OPTIONS = (
    click.option(
        "--select",
        multiple=True,
        callback=_names,
        metavar="RULES",
        help=N_("Run only these rules: rule ids or kinds, comma-separated (repeatable). Replaces the config's select."),
    ),
    click.option(
        "--ignore",
        multiple=True,
        callback=_names,
        metavar="RULES",
        help=N_(
            "Do not run these rules: rule ids or kinds, comma-separated (repeatable). Added to the config's ignore."
        ),
    ),
    click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help=N_(
            "Leave out files matching this glob, relative to the working directory (repeatable); "
            "added to the config's exclude."
        ),
    ),
    click.option(
        "--fix",
        is_flag=True,
        help=N_("Apply the safe fixes (spellings of known names) in place, and report what is left."),
    ),
    click.option(
        "--diff",
        is_flag=True,
        help=N_("Print the safe fixes as a unified diff and change nothing; exit 1 when there is one."),
    ),
    click.option(
        "--output-file",
        "-o",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help=N_("Write the report to this file instead of standard output."),
    ),
    click.option(
        "--exit-zero", is_flag=True, help=N_("Exit 0 even when findings reach --fail-on (2 still means an error).")
    ),
    click.option("--quiet", "-q", is_flag=True, help=N_("Print the findings only: no summary, no progress.")),
    click.option(
        "--color",
        type=click.Choice(("auto", "always", "never")),
        default="auto",
        show_default=True,
        help=N_("Colour the text report: auto means on a terminal or when FORCE_COLOR is set, unless NO_COLOR is set."),
    ),
    click.option(
        "--report-unused-suppressions", is_flag=True, help=N_("Report suppression comments that suppress nothing.")
    ),
    click.option(
        "--max-file-size",
        "max_mb",
        default=10.0,
        show_default=True,
        type=click.FloatRange(min=0, min_open=True),
        help=N_("Refuse drafts larger than this many MB."),
    ),
    click.option(
        "--jobs",
        "-j",
        default=1,
        show_default=True,
        type=click.IntRange(min=0),
        help=N_("Worker processes for many files (0: one per CPU)."),
    ),
)


def lint_options(command: F) -> F:
    """The options ``factlint lint`` shares with linters editors know (ruff, flake8)."""
    for option in reversed(_LINT_OPTIONS):
        command = option(command)
    return command


LINT_EXAMPLES = N_(
    """\b
Examples:
  factlint lint drafts/                      every draft below drafts/
  factlint lint draft.md --date 2025-07-01   as of that date, whatever its front matter says
  factlint lint drafts/ --select unattributed,spelling
  factlint lint drafts/ --ignore outdated --exclude 'drafts/arsip/*'
  factlint lint draft.md --fix               fix names' spellings, report what is left
  factlint lint draft.md --diff              show those fixes; exit 1 if there are any
  factlint lint drafts/ --format json -o report.json --exit-zero
  git diff --name-only | xargs factlint lint -q
"""
)

MAIN_EXAMPLES = N_(
    """\b
Examples:
  factlint lint drafts/            check every draft below drafts/
  factlint explain draft.md:12     how each figure, date and name on line 12 was read
  factlint facts troops-deployed   what the fact base holds on one fact, with its evidence
  factlint rules list              the rules that run, with their kind and severity
  factlint build --check           is the committed fact base up to date with the seeds?
"""
)
