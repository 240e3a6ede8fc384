"""Which files a run reads: what git ignores is not walked, and the config's story and
``exclude`` globs (and ``--exclude``) leave files out, whether found in a directory or named."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main
from lint.run.config import excluded
from lint.run.inputs import Target, collect
from tests.conftest import SEEDS

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
DRAFT = "---\ndate: 2025-07-01\n---\n\nKim Jong Un dan Vladimir Putin meneken perjanjian pertahanan pada Juni 2023.\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def write(path: Path, text: str = DRAFT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(*args: str) -> list[str]:
    return [t.display for t in collect(list(args)) if isinstance(t, Target)]


def git(root: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def tree(root: Path) -> None:
    for rel in (
        "drafts/a.md",
        "drafts/b.txt",
        "drafts/catatan.yaml",
        "node_modules/pkg/README.md",
        "build/out.md",
        "drafts/tmp/scratch.md",
        ".hidden/x.md",
        "drafts/.draft.md",
    ):
        write(root / rel)


@needs_git
def test_a_walk_in_a_git_work_tree_skips_what_git_ignores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "articles"
    tree(root)
    write(root / ".gitignore", "node_modules/\n/build\n*scratch*\n")
    git(root, "init", "-q")
    git(root, "add", "drafts/a.md")  # one tracked, the others untracked: both are read
    (root / "drafts" / "a.md").unlink()  # and a tracked file deleted since is not
    write(root / "drafts" / "c.md")
    monkeypatch.chdir(root)
    assert found(".") == ["drafts/b.txt", "drafts/c.md"]
    assert found("drafts") == ["drafts/b.txt", "drafts/c.md"]
    # outside a work tree every directory is walked, as before
    shutil.rmtree(root / ".git")
    assert found(".") == [
        "build/out.md",
        "drafts/b.txt",
        "drafts/c.md",
        "drafts/tmp/scratch.md",
        "node_modules/pkg/README.md",
    ]


@needs_git
def test_a_walk_descends_into_a_repository_nested_in_the_tree(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    write(root / "top.md")
    write(root / "vendor" / "other" / "inner.md")
    write(root / "vendor" / "other" / "ignored.md")
    write(root / "vendor" / "other" / ".gitignore", "ignored.md\n")
    git(root, "init", "-q")
    git(root / "vendor" / "other", "init", "-q")
    assert found(str(root)) == [str(root / "top.md"), str(root / "vendor" / "other" / "inner.md")]


def test_the_configs_story_and_exclude_globs_leave_files_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "articles"
    (root / ".git").mkdir(parents=True)  # no work tree git knows of: walked in full
    shutil.copytree(SEEDS, root / "cerita")
    write(root / "drafts" / "a.md")
    write(root / "arsip" / "2020" / "lama.md")
    write(root / "drafts" / "x.draft.md")
    write(root / ".factlint.yaml", "story: cerita\nexclude: [arsip, '*.draft.md']\n")
    monkeypatch.chdir(root)

    walked = run("lint", ".")
    assert walked.exit_code == 1, walked.output
    assert "drafts/a.md:5:" in walked.stdout
    assert "cerita/" not in walked.stdout and "arsip/" not in walked.stdout and "x.draft.md" not in walked.stdout
    assert "1 file checked (7 excluded): 1 error" in walked.stdout  # five seeds, two globbed files

    # named one by one, as pre-commit names the staged files: the seeds are still left out
    named = run("lint", "cerita/002_5255e69b3c7b895d.txt", "arsip/2020/lama.md")
    assert named.exit_code == 0, named.output
    assert "0 files checked (2 excluded): no findings" in named.stdout


def test_exclude_on_the_command_line_is_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "drafts" / "a.md")
    write(tmp_path / "drafts" / "lama" / "b.md")
    monkeypatch.chdir(tmp_path)
    result = run("lint", "--exclude", "drafts/lama", "drafts")
    assert "drafts/a.md:5:" in result.stdout and "lama" not in result.stdout.split("checked")[0]
    assert "1 file checked (1 excluded)" in result.stdout
    assert "2 files checked" in run("lint", "drafts").stdout


def test_the_shipped_story_is_no_exclusion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a config naming a story, linting the seeds lints them (the README's first command)."""
    monkeypatch.chdir(SEEDS.parent)
    result = run("lint", "seeds/")
    assert "5 files checked:" in result.stdout


@pytest.mark.parametrize(
    ("rel", "pattern", "out"),
    [
        ("arsip/2020/a.md", "arsip", True),
        ("arsip/2020/a.md", "arsip/", True),
        ("arsip/2020/a.md", "2020", True),
        ("drafts/arsip.md", "arsip", False),
        ("drafts/x.txt", "*.txt", True),
        ("drafts/old/x.md", "drafts/old/*", True),
        ("drafts/x.md", "drafts/old/*", False),
        ("x.md", "x.md", True),
    ],
)
def test_exclude_globs(rel: str, pattern: str, out: bool) -> None:
    assert excluded(rel, pattern) is out
