"""undated: a draft with no date of its own is told what date it was read as of, and where it came from."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main
from lint.run.engine import lint_document
from lint.run.project import Project
from tests.conftest import SEEDS

FIGURE = "Menurut NIS, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.\n"
TREATY = "Kedua negara menandatangani pakta pertahanan bersama tahun lalu.\n"  # the treaty: June 2024
TODAY = dt.date.today().isoformat()


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def undated(project: Project, text: str, path: str = "draft.md") -> list[str]:
    return [f.message for f in lint_document(text, project, path).findings if f.kind == "undated"]


def test_a_draft_without_a_date_is_told_it_was_read_as_of_today(project: Project) -> None:
    (message,) = undated(project, "Pasukan di Kursk\n\n" + FIGURE)
    assert message.startswith(f"the draft has no date of its own: it was read as of today, {TODAY}.")
    assert "give the draft a 'date:' in its front matter, or lint it with --date" in message
    findings = lint_document("Pasukan di Kursk\n\n" + FIGURE, project, "draft.md").findings
    first = next(f for f in findings if f.kind == "undated")
    assert (first.line, first.column, first.text, first.severity) == (1, 1, "Pasukan di Kursk", "warning")


def test_front_matter_without_a_date_is_marked_on_its_first_line(project: Project) -> None:
    text = "---\ntitle: Kursk\n---\n\n" + FIGURE
    (finding,) = [f for f in lint_document(text, project, "d.md").findings if f.kind == "undated"]
    assert (finding.line, finding.text) == (1, "---")


@pytest.mark.parametrize(
    "text",
    [
        "---\ndate: 2025-07-01\n---\n\n" + FIGURE,  # its own date
        "---\ndate: 2025-07\n---\n\n" + FIGURE,  # a month is a date too
        "Cuaca cerah di Seoul.\n",  # nothing in it is read as of a date
        "Kim Jong-Un berkata.\n",  # a name's spelling does not depend on the date
        "",
    ],
)
def test_no_finding_when_the_date_is_known_or_nothing_depends_on_it(project: Project, text: str) -> None:
    assert undated(project, text) == []


def test_no_finding_with_date_given_or_on_a_seed(project: Project) -> None:
    from lint.reading.document import PartialDate

    result = lint_document(FIGURE, project, "draft.md", PartialDate(2025, 7, 1))
    assert [f for f in result.findings if f.kind == "undated"] == []
    seed = SEEDS / "001_4b7a29aaf83a8626.txt"
    assert undated(project, seed.read_text(encoding="utf-8"), str(seed)) == []  # dated by seeds.yaml


def test_the_rule_can_be_made_an_error_or_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "d.md").write_text(FIGURE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factlint.yaml").write_text("severity:\n  undated: error\n", encoding="utf-8")
    strict = run("lint", "d.md")
    assert strict.exit_code == 1 and "d.md:1:1: error undated [draft-undated]" in strict.stdout
    (tmp_path / ".factlint.yaml").write_text("ignore: [undated]\n", encoding="utf-8")
    assert "undated" not in run("lint", "d.md").stdout


def git(root: Path, *args: str, when: str | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_date_from_git_then_the_files_modification_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "user.name", "Redaksi")
    git(root, "config", "user.email", "redaksi@example.org")
    (root / ".factlint.yaml").write_text("date-from: [git, mtime]\n", encoding="utf-8")
    (root / "committed.md").write_text(TREATY, encoding="utf-8")
    git(root, "add", "committed.md")
    git(root, "commit", "-q", "-m", "draf", when="2025-03-10T09:00:00+07:00")
    new = root / "new.md"
    new.write_text(TREATY, encoding="utf-8")
    stamp = dt.datetime(2024, 11, 20, 12, 0).timestamp()
    os.utime(new, (stamp, stamp))
    monkeypatch.chdir(root)

    result = run("lint", "committed.md", "new.md")
    lines = result.stdout.splitlines()
    (committed,) = [line for line in lines if line.startswith("committed.md:1:1: warning undated")]
    assert "it was read as of 2025-03-10, the date of its last commit" in committed
    (modified,) = [line for line in lines if line.startswith("new.md:1:1: warning undated")]
    assert "it was read as of 2024-11-20, when the file was last changed" in modified
    # read as of those dates: "tahun lalu" is 2024 in March 2025, and 2023 in November 2024
    assert not any(line.startswith("committed.md") and "contradiction" in line for line in lines)
    assert any(line.startswith("new.md:1:54: error contradiction") and "(= 2023 as of" in line for line in lines)


def test_date_from_names_only_known_sources(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text("date-from: [yesterday]\n", encoding="utf-8")
    (tmp_path / "d.md").write_text(FIGURE, encoding="utf-8")
    result = run("lint", str(tmp_path / "d.md"))
    assert result.exit_code == 2
    assert "'date-from' may list git, mtime, today, not 'yesterday'" in result.stderr
