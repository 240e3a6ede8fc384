"""Shared fixtures: the shipped story, its project, and a helper that lints a snippet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lint.facts.story import Story, load_story
from lint.findings import Finding
from lint.reading.document import PartialDate
from lint.reading.language import Lexicon, load_lexicon
from lint.run.engine import lint_text
from lint.run.project import Project, load_project

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon("id")


@pytest.fixture(scope="session")
def story() -> Story:
    return load_story(SEEDS)


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
