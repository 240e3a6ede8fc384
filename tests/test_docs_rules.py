"""docs/rules.md, followed literally: a second story added without Python, linted end to end."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main
from tests.conftest import ROOT

DOC = ROOT / "docs" / "rules.md"
_FILE_BLOCK = re.compile(r"<!-- file: (\S+) -->\n```\w*\n(.*?)```", re.S)


@pytest.fixture
def flood(tmp_path: Path) -> Iterator[Path]:
    """Write every file the document shows, exactly as printed, and work in the story's repository."""
    written = []
    for m in _FILE_BLOCK.finditer(DOC.read_text(encoding="utf-8")):
        path = tmp_path / m[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(m[2], encoding="utf-8")
        written.append(m[1])
    assert "flood/seeds/facts.yaml" in written and "flood/drafts/laporan.md" in written
    here = Path.cwd()
    os.chdir(tmp_path / "flood")
    try:
        yield tmp_path / "flood"
    finally:
        os.chdir(here)


def test_the_documented_story_builds_checks_and_lints(flood: Path) -> None:
    runner = CliRunner()
    build = runner.invoke(main, ["build", "--story", "seeds"])
    assert build.exit_code == 0, build.output
    assert "written (3 facts, 4 records, 1 people)" in build.output

    check = runner.invoke(main, ["rules", "check"])
    assert check.exit_code == 0, check.output
    assert "6 rules in 1 files, 3 facts" in check.output

    tested = runner.invoke(main, ["rules", "test"])
    assert tested.exit_code == 0, tested.output
    assert "24 passed, 0 failed" in tested.output

    linted = runner.invoke(main, ["lint", "drafts/"])
    assert linted.exit_code == 1
    lines = [line for line in linted.output.splitlines() if line.startswith("drafts/")]
    got = [tuple(line.split(" ")[0:4]) for line in lines]
    assert got == [
        ("drafts/laporan.md:6:15:", "error", "contradiction", "[flood-figures]"),
        ("drafts/laporan.md:8:41:", "error", "misattribution", "[flood-sources]"),
        ("drafts/laporan.md:10:33:", "error", "date-mismatch", "[flood-dates]"),
        ("drafts/laporan.md:12:1:", "error", "unattributed", "[flood-unattributed]"),  # severity raised by config
        ("drafts/laporan.md:14:1:", "warning", "spelling", "[flood-names]"),
    ]
    doc = DOC.read_text(encoding="utf-8")
    for line in lines:  # the document shows the same findings, message start included
        assert line[:60] in doc, line


def test_the_documented_fix_rewrites_the_spelling(flood: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--story", "seeds"]).exit_code == 0
    draft = flood / "drafts" / "laporan.md"
    before = draft.read_text(encoding="utf-8")
    diff = runner.invoke(main, ["lint", "--diff", "drafts/laporan.md"])
    assert "-Abdul Mohari mengatakan" in diff.output and "+Abdul Muhari mengatakan" in diff.output
    assert draft.read_text(encoding="utf-8") == before
    runner.invoke(main, ["lint", "--fix", "drafts/laporan.md"])
    after = draft.read_text(encoding="utf-8")
    assert after == before.replace("Abdul Mohari", "Abdul Muhari")


def test_the_documented_explain_shows_the_reading(flood: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--story", "seeds"]).exit_code == 0
    out = runner.invoke(main, ["explain", "drafts/laporan.md:8"]).output
    assert "figure '88': value 88, qualifier exact" in out
    assert "counts: villages (desa); event: flooded" in out
    assert "source: Abdul Muhari by 'mengatakan'" in out
    assert (
        "matches 88 desa (BPBD Jawa Tengah, as of 2024-03-18; Contoh Harian, 2024-03-18) (but credited to another source)"
        in out
    )
