"""Runs in one process and in workers: a run left unfinished does not disturb the next one,
and a worker that dies does not stop the run."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lint.run import runner
from lint.run.config import Config


def _plan(tmp_path: Path, names: list[str]) -> runner.Plan:
    for name in names:
        (tmp_path / name).write_text(
            "---\ndate: 2025-07-01\n---\nPakta itu ditandatangani pada Juni 2023.\n", encoding="utf-8"
        )
    return runner.plan_run([str(tmp_path / n) for n in names], None, None, Config(tmp_path, ""), print)


def test_closing_an_unfinished_run_during_another_leaves_the_other_alone(tmp_path: Path) -> None:
    first = _plan(tmp_path, ["a.md", "b.md"])
    second = _plan(tmp_path, ["c.md", "d.md", "e.md"])
    unfinished = runner.run(first.projects, first.jobs, None, None, 1, False)
    assert next(unfinished).error is None  # one outcome taken, then left
    outcomes = []
    for outcome in runner.run(second.projects, second.jobs, None, None, 1, False):
        unfinished.close()  # what the garbage collector does to an abandoned generator
        outcomes.append(outcome)
    assert [o.job.target.display for o in outcomes] == [str(tmp_path / n) for n in ("c.md", "d.md", "e.md")]
    assert all(o.error is None and o.result is not None for o in outcomes)
    findings = [f for o in outcomes for f in o.result.findings]  # type: ignore[union-attr]
    assert len(findings) == 3 and {f.kind for f in findings} == {"contradiction"}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL")
def test_a_worker_that_dies_is_reported_and_the_run_still_ends(tmp_path: Path) -> None:
    """A worker killed (by the OOM killer, say) used to leave --jobs waiting for ever."""
    names = [f"{i:02d}.md" for i in range(24)]
    _plan(tmp_path, names)
    victim = str(tmp_path / "07.md")
    code = (
        "import os, signal, sys\n"
        "from lint.run import runner\n"
        "real = runner.lint_document\n"
        "def lint_document(text, project, path, *args):\n"
        f"    if path == {victim!r}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(text, project, path, *args)\n"
        "runner.lint_document = lint_document\n"
        "from lint.cli.main import main\n"
        "main(['lint', '--jobs', '2', *sys.argv[1:]])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, *(str(tmp_path / n) for n in names)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    died = [line for line in run.stderr.splitlines() if line.endswith(runner.WORKER_DIED)]
    assert f"factlint: error: {victim}: {runner.WORKER_DIED}" in died
    linted = re.search(r"(\d+) files checked", run.stdout)
    assert linted is not None and int(linted[1]) + len(died) == len(names)
    assert int(linted[1]) > 0
