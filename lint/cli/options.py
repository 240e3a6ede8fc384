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
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Use this config file instead of looking for .factlint.yaml / pyproject.toml.",
)
date_option = click.option(
    "--date", "date_text", metavar="YYYY-MM-DD", help="The draft's date (overrides front matter)."
)
