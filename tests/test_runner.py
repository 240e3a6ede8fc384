"""Runs in one process: a run left unfinished does not disturb the next one."""

from __future__ import annotations

from pathlib import Path

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
