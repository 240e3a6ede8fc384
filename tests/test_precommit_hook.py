"""factlint as a pre-commit hook in an article repository: a bad draft blocks the commit, a good one passes.

The hook is declared ``repo: local`` / ``language: system`` with this checkout's interpreter, so
nothing is installed and no network is needed. (``pre-commit try-repo`` against this checkout
also works, but it pip-installs the package into an isolated environment first, which needs a
package index or wheelhouse; the suite does not depend on one.)
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CONFIG = """\
repos:
  - repo: local
    hooks:
      - id: factlint
        name: factlint
        entry: {entry}
        language: system
        types_or: [markdown, plain-text]
        args: [--fail-on, error]
"""
FRONT = "---\ntitle: Pakta pertahanan\ndate: 2025-07-01\nlang: id\n---\n\n"
BAD = FRONT + "Kim Jong Un dan Vladimir Putin meneken perjanjian pertahanan bersama pada Juni 2023.\n"
GOOD = FRONT + "Kim Jong Un dan Vladimir Putin meneken perjanjian pertahanan bersama pada 2024.\n"


class Repo:
    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root = root
        self.env = env

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), cwd=self.root, env=self.env, capture_output=True, text=True, timeout=120, check=False
        )

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("git", *args)

    def pre_commit(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "pre_commit", *args)

    def commits(self) -> list[str]:
        return self.git("log", "--format=%s").stdout.splitlines()


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    root = tmp_path / "articles"
    root.mkdir()
    empty = tmp_path / "gitconfig"
    empty.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        PRE_COMMIT_COLOR="never",
        GIT_CONFIG_GLOBAL=str(empty),  # no global hooksPath, signing or templates
        GIT_CONFIG_NOSYSTEM="1",
    )
    repo = Repo(root, env)
    assert repo.git("init", "-q").returncode == 0
    repo.git("config", "user.name", "Redaksi")
    repo.git("config", "user.email", "redaksi@example.org")
    entry = f"{shlex.quote(sys.executable)} -m lint lint"
    (root / ".pre-commit-config.yaml").write_text(CONFIG.format(entry=entry), encoding="utf-8")
    repo.git("add", ".pre-commit-config.yaml")
    assert repo.git("commit", "-q", "-m", "config").returncode == 0
    installed = repo.pre_commit("install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repo


def test_bad_draft_blocks_the_commit_until_it_is_fixed(repo: Repo) -> None:
    draft = repo.root / "drafts" / "pakta.md"
    draft.parent.mkdir()
    draft.write_text(BAD, encoding="utf-8")
    repo.git("add", "drafts/pakta.md")

    commit = repo.git("commit", "-m", "draf pakta")
    assert commit.returncode != 0
    output = commit.stdout + commit.stderr
    assert "factlint" in output and "Failed" in output
    assert "drafts/pakta.md:7:" in output and "error contradiction [figure-contradicts-facts] Juni 2023" in output
    assert repo.commits() == ["config"]

    # the same through `pre-commit run`, which is what the git hook calls
    run = repo.pre_commit("run", "--files", "drafts/pakta.md")
    assert run.returncode == 1
    assert "Juni 2023" in run.stdout

    # fixed, the same draft goes in
    draft.write_text(GOOD, encoding="utf-8")
    repo.git("add", "drafts/pakta.md")
    fixed = repo.git("commit", "-m", "draf pakta")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert repo.commits() == ["draf pakta", "config"]


def test_good_draft_passes_and_is_committed(repo: Repo) -> None:
    draft = repo.root / "drafts" / "pakta.md"
    draft.parent.mkdir()
    draft.write_text(GOOD, encoding="utf-8")
    (repo.root / "catatan.txt").write_text(
        "Wawancara dengan Kyrylo Budanov dijadwalkan pekan depan.\n", encoding="utf-8"
    )
    repo.git("add", "drafts/pakta.md", "catatan.txt")

    commit = repo.git("commit", "-m", "draf pakta")
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "Passed" in commit.stdout + commit.stderr
    assert repo.commits() == ["draf pakta", "config"]


def test_the_projects_own_hook_files_are_valid() -> None:
    root = Path(__file__).resolve().parent.parent
    for command, name in (
        ("validate-config", ".pre-commit-config.yaml"),
        ("validate-manifest", ".pre-commit-hooks.yaml"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "pre_commit", command, str(root / name)], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
