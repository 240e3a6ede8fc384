"""A run's result: each file judged by its own policy, one exit status for the run."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lint.cli import main
from lint.reading.document import PartialDate
from lint.run.result import RunOptions, lint_paths

INFO_ONLY = (
    "---\ndate: 2025-08-01\n---\n\n"
    "Menurut Badan Intelijen Nasional Korea Selatan, sekitar 1.500 tentara Korea Utara berada di Rusia.\n"
)
CLEAN = "---\ndate: 2025-08-01\n---\n\nKorea Utara dan Rusia memperdalam kerja sama militer.\n"


def _two_repos(tmp_path: Path) -> tuple[Path, Path]:
    """A clean draft whose config fails on info, and an info-only draft under the default policy."""
    strict, plain = tmp_path / "strict", tmp_path / "plain"
    for repo in (strict, plain):
        (repo / ".git").mkdir(parents=True)
    (strict / ".factlint.yaml").write_text("fail-on: info\n", encoding="utf-8")
    (strict / "clean.md").write_text(CLEAN, encoding="utf-8")
    (plain / "info.md").write_text(INFO_ONLY, encoding="utf-8")
    return strict / "clean.md", plain / "info.md"


def test_one_file_s_fail_on_does_not_leak_into_another_s_exit_status(tmp_path: Path) -> None:
    clean, info = _two_repos(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["lint", str(clean)]).exit_code == 0
    alone = runner.invoke(main, ["lint", str(info)])
    assert alone.exit_code == 0 and "info outdated" in alone.output
    assert runner.invoke(main, ["lint", str(clean), str(info)]).exit_code == 0


def test_fail_on_given_on_the_command_line_holds_for_every_file(tmp_path: Path) -> None:
    clean, info = _two_repos(tmp_path)
    assert CliRunner().invoke(main, ["lint", "--fail-on", "info", str(clean), str(info)]).exit_code == 1


def test_the_run_result_carries_each_file_s_policy_and_the_exit_status(tmp_path: Path) -> None:
    clean, info = _two_repos(tmp_path)
    result = lint_paths([str(clean), str(info), str(tmp_path / "missing.md")], RunOptions())
    assert [(f.display, f.fail_on, [x.kind for x in f.findings]) for f in result.files] == [
        (str(clean), "info", []),
        (str(info), "error", ["outdated"]),
    ]
    assert [e.path for e in result.report.errors] == [str(tmp_path / "missing.md")]
    assert result.exit_code() == 2  # a file that could not be read
    assert lint_paths([str(clean), str(info)], RunOptions()).exit_code() == 0
    assert lint_paths([str(info)], RunOptions(fail_on="info")).exit_code() == 1
    dated = lint_paths([str(info)], RunOptions(date=PartialDate(2024, 11, 1)))
    assert [x.kind for x in dated.files[0].findings] == []
