"""Shared fixtures: the shipped story, its project, and a helper that lints a snippet."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lint import i18n
from lint.facts.story import Story, load_story
from lint.findings import Finding
from lint.reading.document import PartialDate
from lint.reading.language import Lexicon, load_lexicon
from lint.reading.reader import Reader
from lint.run.engine import lint_text
from lint.run.project import Project, load_project

# What the text report looks like depends on the terminal: the same width, and no colour,
# wherever the tests run (subprocesses inherit it).
os.environ["COLUMNS"] = "80"
os.environ.pop("NO_COLOR", None)
os.environ.pop("FORCE_COLOR", None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


def copy_story(dest: Path) -> Path:
    """A copy of the shipped story at ``dest``, for a test to change."""
    import shutil

    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon("id")


@pytest.fixture(scope="session")
def story() -> Story:
    return shipped_story()


@functools.cache
def shipped_story() -> Story:
    return load_story(SEEDS)


@functools.cache
def reader_for(lexicon: Lexicon, story: Story | None = None) -> Reader:
    """One Reader per (language, story), as a project holds it; the shipped story by default."""
    return Reader(lexicon, story or shipped_story())


@pytest.fixture(scope="session")
def reader(lexicon: Lexicon, story: Story) -> Reader:
    return reader_for(lexicon, story)


@pytest.fixture(scope="session")
def project() -> Project:
    return load_project()


LintFn = Callable[..., list[Finding]]


@pytest.fixture(scope="session")
def lint(project: Project) -> LintFn:
    """lint("sentence", date="2025-07-01") -> findings; kinds(...) is often all a test needs."""

    def run(text: str, date: str = "2025-07-01", path: str = "draft.md") -> list[Finding]:
        return lint_text(text, project, path, PartialDate.parse(date))

    return run


def kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def pytest_configure(config: pytest.Config) -> None:
    """Messages in English whatever the machine's locale (lint/i18n.py: an unset LANG would
    give the shipped story's language): tests that want another language ask for it."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """A test that runs factlint in another language leaves the next one in English."""
    yield
    i18n.use(i18n.SOURCE)
