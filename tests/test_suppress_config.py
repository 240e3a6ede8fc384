"""Inline suppression (applied once, in the engine) and config discovery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main
from lint.errors import FactlintError
from lint.reading.document import PartialDate
from lint.run.config import Config, find_config
from lint.run.engine import lint_document
from lint.run.project import Project, load_project

BAD_TREATY = "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023."
UNATTRIBUTED = "Sekitar 15.000 tentara Korea Utara kini berada di Rusia."
SPELLING = "Kim Jong-Un menyatakan dukungan bagi Rusia."


def run(project: Project, text: str) -> tuple[list[tuple[int, str]], list[int]]:
    result = lint_document(text, project, "d.md", PartialDate(2025, 7, 1))
    return [(f.line, f.kind) for f in result.findings], [s.line for s in result.unused_suppressions]


def test_disable_next_line_by_rule_id(project: Project) -> None:
    text = f"<!-- factlint-disable-next-line figure-contradicts-facts -->\n{BAD_TREATY}\n{BAD_TREATY}\n"
    assert run(project, text) == ([(3, "contradiction")], [])


def test_disable_next_line_by_kind_and_several_names(project: Project) -> None:
    text = f"<!-- factlint-disable-next-line spelling unattributed -->\n{SPELLING} {UNATTRIBUTED}\n"
    assert run(project, text) == ([], [])


def test_disable_enable_block(project: Project) -> None:
    text = f"{BAD_TREATY}\n<!-- factlint-disable contradiction -->\n{BAD_TREATY}\n\n{BAD_TREATY}\n<!-- factlint-enable contradiction -->\n{BAD_TREATY}\n"
    assert run(project, text) == ([(1, "contradiction"), (7, "contradiction")], [])


def test_disable_without_enable_runs_to_the_end(project: Project) -> None:
    text = f"{SPELLING}\n<!-- factlint-disable -->\n{SPELLING}\n{BAD_TREATY}\n"
    assert run(project, text) == ([(1, "spelling")], [])


def test_file_level_disable(project: Project) -> None:
    text = f"{SPELLING}\n\n{BAD_TREATY}\n<!-- factlint-disable-file name-spelling -->\n"
    assert run(project, text) == ([(3, "contradiction")], [])


def test_unused_suppressions_are_reported(project: Project) -> None:
    text = f"<!-- factlint-disable-next-line spelling -->\n{BAD_TREATY}\n"
    assert run(project, text) == ([(2, "contradiction")], [1])


def test_suppression_comment_is_not_read_as_text(project: Project) -> None:
    text = "<!-- factlint-disable-next-line spelling 12 Kim Jong-Un -->\nTidak ada apa-apa.\n"
    findings, unused = run(project, text)
    assert findings == [] and unused == [1]


def test_cli_reports_unused_suppressions_and_fails(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\ndate: 2025-07-01\n---\n<!-- factlint-disable-next-line spelling -->\nTidak ada apa-apa.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["lint", "--report-unused-suppressions", str(draft)])
    assert result.exit_code == 1
    assert f"{draft}:4:1: warning unused-suppression" in result.output
    assert CliRunner().invoke(main, ["lint", str(draft)]).exit_code == 0


def _article_repo(tmp_path: Path, config: str, name: str = ".factlint.yaml") -> Path:
    (tmp_path / name).write_text(config, encoding="utf-8")
    drafts = tmp_path / "drafts" / "arsip"
    drafts.mkdir(parents=True)
    body = f"---\ndate: 2025-07-01\n---\n{BAD_TREATY}\n\n{UNATTRIBUTED}\n\n{SPELLING}\n"
    (tmp_path / "drafts" / "baru.md").write_text(body, encoding="utf-8")
    (drafts / "lama.md").write_text(body, encoding="utf-8")
    return tmp_path


def _kinds(output: str) -> list[str]:
    return [
        " ".join(line.split()[1:3]) + " " + line.split(":")[0].rsplit("/", 1)[-1]
        for line in output.splitlines()
        if ": " in line and line.split(":")[0].endswith(".md")
    ]


def test_config_select_ignore_severity_and_per_path_ignores(tmp_path: Path) -> None:
    repo = _article_repo(
        tmp_path,
        "ignore: [spelling]\nseverity:\n  unattributed: error\nper-path-ignores:\n  'drafts/arsip/*': [contradiction]\n",
    )
    result = CliRunner().invoke(main, ["lint", str(repo / "drafts")])
    assert sorted(_kinds(result.output)) == [
        "error contradiction baru.md",
        "error unattributed baru.md",
        "error unattributed lama.md",
    ]


def test_config_in_pyproject_and_fail_on(tmp_path: Path) -> None:
    repo = _article_repo(tmp_path, '[tool.factlint]\nselect = ["spelling"]\nfail-on = "warning"\n', "pyproject.toml")
    result = CliRunner().invoke(main, ["lint", str(repo / "drafts" / "baru.md")])
    assert _kinds(result.output) == ["warning spelling baru.md"]
    assert result.exit_code == 1  # fail-on warning from the config
    assert CliRunner().invoke(main, ["lint", "--fail-on", "error", str(repo / "drafts" / "baru.md")]).exit_code == 0


def test_config_is_found_by_walking_up_and_the_nearest_wins(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text("ignore: [spelling]\n", encoding="utf-8")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    assert find_config(inner / "x.md").ignore == ("spelling",)
    (tmp_path / "a" / ".factlint.yaml").write_text("select: [contradiction]\n", encoding="utf-8")
    found = find_config(inner / "x.md")
    assert found.select == ("contradiction",) and found.ignore == ()


def test_one_run_uses_each_directorys_own_config(tmp_path: Path) -> None:
    # configs are looked up once per directory in a run; files in sibling and nested
    # directories must still each get the nearest one
    repo = _article_repo(tmp_path, "select: [spelling]\n")
    (repo / "drafts" / "arsip" / ".factlint.yaml").write_text("select: [contradiction]\n", encoding="utf-8")
    (repo / "drafts" / "kopi.md").write_text((repo / "drafts" / "baru.md").read_text(encoding="utf-8"), "utf-8")
    result = CliRunner().invoke(main, ["lint", str(repo / "drafts")])
    assert sorted(_kinds(result.output)) == [
        "error contradiction lama.md",
        "warning spelling baru.md",
        "warning spelling kopi.md",
    ]


def test_a_run_finds_configs_through_links_as_a_single_file_does(tmp_path: Path) -> None:
    # A linked file takes the config beside what it points to; a file in a linked directory,
    # the one above the directory it resolves to. A run over many files remembers configs by
    # directory, and must agree with looking each file up on its own.
    for name, config in (("a", "select: [spelling]\n"), ("b", "select: [contradiction]\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".factlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "b" / "real").mkdir()
    (tmp_path / "b" / "real" / "x.md").write_text("x\n", encoding="utf-8")
    (tmp_path / "a" / "y.md").write_text("y\n", encoding="utf-8")
    (tmp_path / "b" / "y.md").write_text("y\n", encoding="utf-8")
    (tmp_path / "a" / "linked.md").symlink_to(tmp_path / "b" / "real" / "x.md")
    (tmp_path / "a" / "dir").symlink_to(tmp_path / "b" / "real", target_is_directory=True)
    files = [
        tmp_path / "a" / "y.md",
        tmp_path / "a" / "linked.md",
        tmp_path / "a" / "dir" / "x.md",
        tmp_path / "a" / "dir" / ".." / "y.md",  # .. after a link: above where the link points
        tmp_path / "b" / "real" / "x.md",
    ]
    seen: dict[Path, Config] = {}
    for _ in range(2):  # and again, with every directory remembered
        assert [find_config(f, seen).select for f in files] == [find_config(f).select for f in files]
    assert [find_config(f).select for f in files] == [
        ("spelling",),
        ("contradiction",),
        ("contradiction",),
        ("contradiction",),
        ("contradiction",),
    ]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("ignroe: [spelling]\n", ".factlint.yaml:1: unknown key 'ignroe'"),
        ("fail-on: never\n", "'fail-on' must be one of error, warning, info"),
        ("severity: {spelling: loud}\n", "'severity' must map rule ids or kinds"),
        ("ignore: [no-such-rule]\n", "config names unknown rule or kind 'no-such-rule'"),
    ],
)
def test_bad_config_is_a_one_line_error(tmp_path: Path, config: str, message: str) -> None:
    repo = _article_repo(tmp_path, config)
    result = CliRunner().invoke(main, ["lint", str(repo / "drafts")])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_config_story_and_rules_paths_are_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / ".factlint.yaml").write_text("story: ../nowhere\n", encoding="utf-8")
    with pytest.raises(FactlintError, match="nowhere"):
        load_project(config=find_config(tmp_path / "cfg"))


# --- configs no one else controls ---------------------------------------------------------

CHECKS_OFF = "default-rules: false\n"
TREATY_DRAFT = "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.\n"


def _draft_below(directory: Path) -> Path:
    draft = directory / "drafts" / "pakta.md"
    draft.parent.mkdir(parents=True)
    draft.write_text(TREATY_DRAFT, encoding="utf-8")
    return draft


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to act as another user")
def test_a_config_another_user_owns_is_ignored_with_a_warning(tmp_path: Path) -> None:
    """Another user's /tmp/.factlint.yaml turned every check off for drafts below it."""
    planted = tmp_path / ".factlint.yaml"
    planted.write_text(CHECKS_OFF, encoding="utf-8")
    os.chown(planted, 4242, 4242)
    result = CliRunner().invoke(main, ["lint", str(_draft_below(tmp_path))])
    assert "error contradiction" in result.stdout
    assert result.stderr == f"factlint: warning: {planted}: ignored: owned by another user (uid 4242)\n"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
@pytest.mark.parametrize("name", [".factlint.yaml", "pyproject.toml"])
def test_a_config_others_may_write_is_ignored_with_a_warning(tmp_path: Path, name: str) -> None:
    planted = tmp_path / name
    planted.write_text(CHECKS_OFF if name.endswith(".yaml") else "[tool.factlint]\ndefault-rules = false\n", "utf-8")
    planted.chmod(0o666)
    drafts = _draft_below(tmp_path).parent
    (drafts / "lagi.md").write_text(TREATY_DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(drafts)])
    assert result.stdout.count("error contradiction") == 2
    assert result.stderr == f"factlint: warning: {planted}: ignored: others may write it (mode 0666)\n"  # once


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
def test_whose_config_is_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / ".factlint.yaml"
    config.write_text("ignore: [spelling]\n", encoding="utf-8")
    if os.getuid() == 0:  # root's own files are trusted by everyone: make it a user's
        os.chown(config, 4242, 4242)
    owner = config.stat().st_uid
    warnings: list[str] = []
    monkeypatch.setattr(os, "getuid", lambda: owner)
    assert find_config(tmp_path / "x.md", warn=warnings.append).ignore == ("spelling",) and not warnings
    monkeypatch.setattr(os, "getuid", lambda: owner + 1)  # someone else runs factlint
    found = find_config(tmp_path / "x.md", warn=warnings.append)
    assert found.ignore == () and found.source == ""
    assert warnings == [f"{config}: ignored: owned by another user (uid {owner})"]


def test_config_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text(CHECKS_OFF, encoding="utf-8")
    repo = tmp_path / "articles"
    (repo / ".git").mkdir(parents=True)
    draft = _draft_below(repo)
    assert find_config(draft).source == ""
    assert "error contradiction" in CliRunner().invoke(main, ["lint", str(draft)]).stdout
    (repo / ".factlint.yaml").write_text("ignore: [spelling]\n", encoding="utf-8")
    assert find_config(draft).ignore == ("spelling",)  # the repository's own is found
    (repo / ".git").rmdir()
    (repo / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")  # a worktree or submodule
    (repo / ".factlint.yaml").unlink()
    assert find_config(draft).source == ""


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
def test_a_config_only_the_users_own_group_may_write_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a umask of 002 every file is group-writable, by a group of the user's own."""
    from lint import files

    config = tmp_path / ".factlint.yaml"
    config.write_text("ignore: [spelling]\n", encoding="utf-8")
    config.chmod(0o664)
    warnings: list[str] = []
    monkeypatch.setattr(files, "_own_groups", {config.stat().st_gid: True})
    assert find_config(tmp_path / "x.md", warn=warnings.append).ignore == ("spelling",) and warnings == []
    monkeypatch.setattr(files, "_own_groups", {config.stat().st_gid: False})  # a group others are in
    assert find_config(tmp_path / "x.md", warn=warnings.append).ignore == ()
    assert warnings == [f"{config}: ignored: others may write it (mode 0664)"]
