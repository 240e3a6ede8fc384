"""Options and error handling shared by every ``factlint`` command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from lint.errors import FactlintError

if TYPE_CHECKING:
    from lint.reading.document import PartialDate


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
        raise click.BadParameter(f"'{text}' is not a date (use YYYY-MM-DD)", param_hint="--date")
    return parsed


story_option = click.option(
    "--story",
    "story_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Story directory (seed articles, seeds.yaml, facts.yaml). Default: from config, else the shipped story.",
)
rules_option = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Rules directory (repeatable). Default: from config, else the shipped rules.",
)
date_option = click.option(
    "--date", "date_text", metavar="YYYY-MM-DD", help="The draft's date (overrides front matter)."
)


def _early_locale(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Messages are in the language asked for (``--locale``, else the environment's) from the
    moment options are read; the config and the story may still choose once they are loaded."""
    from lint import i18n

    wanted = value or i18n.from_environment() or i18n.SOURCE
    try:
        i18n.use(wanted if value or wanted in i18n.available() else i18n.SOURCE)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return value


locale_option = click.option(
    "--locale",
    metavar="LANG",
    callback=_early_locale,
    help="Language of messages: en or id. Default: config's locale, else LANG, else the story's language.",
)


def settle_locale(explicit: str | None, configured: str | None, story_lang: str | None) -> None:
    """The command's language once its config and story are known (lint/i18n.py: choose)."""
    from lint import i18n

    try:
        i18n.use(i18n.choose(explicit, configured, story_lang))
    except ValueError as exc:
        fail(FactlintError(str(exc)))


def resolve_story(story_dir: Path | None) -> Path:
    """The story a command works on: ``--story``, else the config's ``story:`` (the config found
    from the current directory, as ``factlint serve`` finds it), else the shipped story."""
    if story_dir is not None:
        return story_dir
    from lint.run.config import find_config
    from lint.run.project import default_story_dir

    config = find_config(Path.cwd(), warn=lambda message: click.echo(f"factlint: warning: {message}", err=True))
    return config.story or default_story_dir()
