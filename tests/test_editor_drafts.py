"""Whole drafts against an editor's expected findings, in the format of the shared examples
(file, line, acceptable kinds, optional). tests/data/editor-drafts holds 24 drafts phrased
unlike the seeds and the rule examples: sources before, inside and after the figure, numbers
in words and "ribu", pronouns across paragraphs, headlines, passives, history dates, times,
weapon names. Where factlint and the editor differ, the difference is listed here with the
reason, so that any change in what factlint reports on them shows up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.run.engine import lint_text
from lint.run.project import Project
from tests.conftest import SHARED_EXAMPLES

EDITOR_DRAFTS = Path(__file__).parent / "data" / "editor-drafts"

# (file, line, kind): reported but not expected, or expected but not reported.
KNOWN: dict[str, dict[tuple[str, int, str], str]] = {
    "editor-drafts": {
        ("h13.md", 13, "unattributed"): (
            "'enam peti mati yang ditampilkan' is a count of coffins shown on state television;"
            " the editor takes the footage as its source, factlint asks for a reporting cue"
        ),
        ("h18.md", 11, "inconsistent"): (
            "30 and then 35 killed in 'serangan drone ... itu': the second names no date and another"
            " speaker ('juru bicara tersebut'), so factlint does not know it is the same attack"
        ),
    },
    "shared-examples": {},
}


def _sets() -> list[tuple[str, Path, Path]]:
    sets = [("editor-drafts", EDITOR_DRAFTS, EDITOR_DRAFTS / "expected.json")]
    if (SHARED_EXAMPLES / "expected.json").is_file():
        sets.append(("shared-examples", SHARED_EXAMPLES / "drafts", SHARED_EXAMPLES / "expected.json"))
    return sets


@pytest.mark.parametrize(("name", "drafts", "gold_file"), _sets(), ids=[s[0] for s in _sets()])
def test_findings_match_the_editors(project: Project, name: str, drafts: Path, gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    reported = {
        (path.name, f.line, f.kind)
        for path in sorted(drafts.glob("*.md"))
        for f in lint_text(path.read_text(encoding="utf-8"), project, str(path))
    }
    accepted = {(g["file"], g["line"], k) for g in gold for k in g["kinds"]}
    unexpected = reported - accepted
    missed = {
        (g["file"], g["line"], g["kinds"][0])
        for g in gold
        if not g["optional"] and not any((g["file"], g["line"], k) in reported for k in g["kinds"])
    }
    assert len(gold) >= 10
    assert unexpected | missed == set(KNOWN[name])
