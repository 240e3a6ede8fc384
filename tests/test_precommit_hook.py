"""factlint as a pre-commit hook in an article repository, configured as the README says: a bad
draft blocks the commit, a draft with warnings is committed with its warnings shown, the story's
seeds are left out, and the README's pinned ``rev`` is a commit of this repository.

The README's ``repo: local`` hook is run with this checkout's interpreter as its ``entry``, so
nothing is installed and no network is needed. (Its remote hook would pip-install the package
into an isolated environment first, which needs a package index or wheelhouse; the suite does
not depend on one, and checks instead that the commit it pins holds the hook.)
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

FRONT = "---\ntitle: Pakta pertahanan\ndate: 2025-07-01\nlang: id\n---\n\n"
BAD = FRONT + "Kim Jong Un dan Vladimir Putin meneken perjanjian pertahanan bersama pada Juni 2023.\n"
GOOD = FRONT + "Kim Jong Un dan Vladimir Putin meneken perjanjian pertahanan bersama pada 2024.\n"
WARNED = FRONT + "Pemimpin Korea Utara Kim Jong-un menyambut Sergei Shoigu di Pyongyang.\n"


def readme_config(name: str) -> dict[str, Any]:
    """The YAML block after ``<!-- pre-commit: NAME -->`` in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- pre-commit: {name} -->\n```yaml\n(.*?)```", readme, re.S)
    assert match, f"no '{name}' pre-commit configuration in the README"
    config: dict[str, Any] = yaml.safe_load(match[1])
    return config


def local_config() -> str:
    """The README's local hook, run by this checkout's interpreter rather than an installed factlint."""
    config = readme_config("local")
    (hook,) = config["repos"][0]["hooks"]
    assert hook["entry"] == "factlint lint"
    hook["entry"] = f"{shlex.quote(sys.executable)} -m lint lint"
    return yaml.safe_dump(config, sort_keys=False)


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
    (root / ".pre-commit-config.yaml").write_text(local_config(), encoding="utf-8")
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


def test_a_draft_with_warnings_is_committed_and_its_committer_sees_them(repo: Repo) -> None:
    draft = repo.root / "drafts" / "kunjungan.md"
    draft.parent.mkdir()
    draft.write_text(WARNED, encoding="utf-8")
    repo.git("add", "drafts/kunjungan.md")

    commit = repo.git("commit", "-m", "draf kunjungan")
    assert commit.returncode == 0, commit.stdout + commit.stderr
    output = commit.stdout + commit.stderr
    assert "factlint" in output and "Passed" in output
    assert "drafts/kunjungan.md:7:22: warning spelling [name-spelling] 'Kim Jong-un'" in output
    assert "1 file checked: 1 warning" in output
    assert repo.commits() == ["draf kunjungan", "config"]


def test_the_storys_seeds_are_left_out_and_the_drafts_checked(repo: Repo) -> None:
    """The seeds hold real errors (seed 001 puts the treaty in June 2023): linted as drafts,
    they would block every commit of the story."""
    shutil.copytree(SEEDS, repo.root / "cerita")
    (repo.root / ".factlint.yaml").write_text("story: cerita\nexclude: [arsip]\n", encoding="utf-8")
    (repo.root / "arsip").mkdir()
    (repo.root / "arsip" / "lama.md").write_text(BAD, encoding="utf-8")
    (repo.root / "drafts").mkdir()
    (repo.root / "drafts" / "kunjungan.md").write_text(WARNED, encoding="utf-8")
    repo.git("add", ".")
    seeds = sorted(p.name for p in (repo.root / "cerita").glob("*.txt"))
    assert len(seeds) == 5

    commit = repo.git("commit", "-m", "cerita dan draf")
    output = commit.stdout + commit.stderr
    assert commit.returncode == 0, output
    # pre-commit may split the files among processes, each with its own summary
    runs = re.findall(r"^(\d+) files? checked(?: \((\d+) excluded\))?: ", output, re.M)
    assert runs
    assert sum(int(checked) for checked, _ in runs) == 1
    assert sum(int(excluded or 0) for _, excluded in runs) == 6  # the five seeds and the archive
    assert "drafts/kunjungan.md:7:22: warning spelling" in output
    hook = output.split("- hook id: factlint", 1)[1]  # what factlint printed, after git's list of files
    assert not any(seed in hook for seed in seeds) and "Juni 2023" not in hook


def test_the_readmes_remote_hook_pins_a_commit_that_holds_the_hook() -> None:
    """The README's ``rev`` names a commit of this repository (a fresh clone has it) whose
    manifest declares the hook, verbose, so a remote hook shows its warnings too."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    config = readme_config("remote")
    (repo,) = config["repos"]
    assert [hook["id"] for hook in repo["hooks"]] == ["factlint"]
    rev = str(repo["rev"])
    assert re.fullmatch(r"[0-9a-f]{40}", rev), "pin a full commit sha: a tag or branch can move"
    shown = subprocess.run(
        ["git", "show", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0, f"{rev} is no commit of this repository: {shown.stderr}"
    hooks = {hook["id"]: hook for hook in yaml.safe_load(shown.stdout)}
    assert hooks["factlint"]["verbose"] is True
    assert hooks["factlint"]["entry"] == "factlint lint"
    # and the manifest as it is now still declares it so
    now = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert now["factlint"]["verbose"] is True


def test_the_readmes_configurations_and_the_projects_hook_files_are_valid(tmp_path: Path) -> None:
    for name in ("remote", "local"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(readme_config(name)), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "pre_commit", "validate-config", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    root = ROOT
    for command, name in (
        ("validate-config", ".pre-commit-config.yaml"),
        ("validate-manifest", ".pre-commit-hooks.yaml"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "pre_commit", command, str(root / name)], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
