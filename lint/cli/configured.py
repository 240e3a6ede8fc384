"""The config a command works under: every command finds ``.factlint.yaml`` as ``lint`` does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from lint.run.config import Config
    from lint.run.project import Project


def warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)


def config_for(config_path: Path | None, near: Path | None = None) -> Config:
    """``--config``'s file, else the config found from ``near`` (default: the working directory)
    up to the repository's root, as ``factlint lint`` finds one for each draft."""
    from lint.run.config import find_config, load_config

    if config_path is not None:
        return load_config(config_path)
    return find_config(near or Path.cwd(), warn=warn)


def story_dir_for(story_dir: Path | None, config: Config) -> Path:
    """``--story``, else the config's story, else the shipped one."""
    from lint.run.project import default_story_dir

    return story_dir or config.story or default_story_dir()


def project_for(
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
    config_path: Path | None = None,
    near: Path | None = None,
) -> Project:
    """The project a command works on, as ``factlint lint`` would load it for files near
    ``near``; its warnings are printed, and messages from then on are in the language
    ``--locale``, the config or the story asks for."""
    from lint.cli.options import asked_locale, settle_locale
    from lint.run.project import load_project

    config = config_for(config_path, near)
    project = load_project(story_dir, list(rules_dirs) or None, config)
    settle_locale(asked_locale(), config.locale, project.story.lang)
    for warning in project.warnings:
        warn(str(warning))
    return project
