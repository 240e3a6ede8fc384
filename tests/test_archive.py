"""`factlint archive check` on a real Dask LocalCluster: the same findings as `factlint lint`,
the claims index, the output directory, and failed partitions retried and reported."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

pytest.importorskip("distributed", reason="the archive extra is not installed")
pytest.importorskip("pyarrow", reason="the archive extra is not installed")

import pyarrow.parquet as pq
from distributed import LocalCluster

from lint.archive import work
from lint.cli.main import main

from .archive_corpus import lint_report as lint
from .archive_corpus import make_archive, read_jsonl
from .conftest import ROOT


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Two single-threaded workers in this process, so that a test can make one article fail."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def archive(*args: str) -> Result:
    return CliRunner().invoke(main, ["archive", *args], catch_exceptions=False)


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data


def test_check_on_a_local_cluster_finds_what_lint_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_archive(tmp_path)
    (tmp_path / "archive" / "notes" / "latin1.md").write_bytes(
        "Pasukan tiba di Kursk pada Juli.\xe9\n".encode("latin-1")
    )
    status, report = lint("archive")

    result = archive("check", "archive", "--out", "out", "--workers", "2", "--partition-size", "5")

    assert result.exit_code == status == 2, result.output  # the Latin-1 file could not be read
    assert read_jsonl(tmp_path / "out" / "findings.jsonl") == report["findings"]
    done = summary(tmp_path / "out")
    for key in ("files", "findings", "by_kind", "by_severity", "errors"):
        assert done[key] == report["summary"][key], key
    assert done["errors"] == [{"path": "archive/notes/latin1.md", "message": report["summary"]["errors"][0]["message"]}]
    assert done["cluster"] == {"scheduler": "local", "threads": 2, "partitions": 6, "partition_size": 5}
    assert done["failed_partitions"] == []
    assert done["factbase"]["digest"] and done["factbase"]["inputs"]["facts.yaml"]
    assert (tmp_path / "out" / "factbase.json").read_text(encoding="utf-8") == (
        ROOT / "seeds" / "factbase.json"
    ).read_text(encoding="utf-8")
    assert pq.read_table(tmp_path / "out" / "claims.parquet").num_rows > 0


def test_parquet_findings_are_the_report_s_findings(tmp_path: Path, scheduler: str) -> None:
    make_archive(tmp_path)
    _, report = lint(str(tmp_path / "archive"))

    result = archive(
        "check",
        str(tmp_path / "archive"),
        "--out",
        str(tmp_path / "out"),
        "--format",
        "parquet",
        "--scheduler",
        scheduler,
    )

    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "out" / "findings.parquet").to_pylist() == report["findings"]
    assert summary(tmp_path / "out")["outputs"]["findings"] == "findings.parquet"
    assert not (tmp_path / "out" / "findings.jsonl").exists()


def test_a_glob_pattern_is_expanded_in_path_order(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_archive(tmp_path)
    _, report = lint("archive/2024", "archive/2025")

    result = archive("check", "archive/202?/*.md", "--out", "out", "--scheduler", scheduler)

    assert result.exit_code == 0, result.output
    assert read_jsonl(tmp_path / "out" / "findings.jsonl") == report["findings"]
    assert summary(tmp_path / "out")["files"] == 24


def test_the_claims_index_lists_the_facts_each_article_cites(tmp_path: Path, scheduler: str) -> None:
    archive_dir = make_archive(tmp_path, drafts=0, seed_copy=False)

    result = archive("check", str(archive_dir), "--out", str(tmp_path / "out"), "--scheduler", scheduler)

    assert result.exit_code == 0, result.output
    rows = pq.read_table(tmp_path / "out" / "claims.parquet").to_pylist()
    citing = str(archive_dir / "notes" / "citing.md")
    assert {r["path"] for r in rows} == {citing}  # the unrelated article cites nothing
    assert [
        (r["line"], r["kind"], r["fact"], r["value"], r["bound"], r["source"], r["title"], r["text"]) for r in rows
    ] == [
        (5, "figure", "troops-deployed", "1500", "approx", "nis", None, "sekitar 1.500"),
        (7, "date", "treaty-signed", "2023-06", "exact", None, None, "Juni 2023"),
        (9, "person", "person:kim-jong-un", None, None, None, "presiden", "Kim Jong-un"),
        (9, "person", "person:vladimir-putin", None, None, None, None, "Vladimir Putin"),
    ]
    assert rows[0]["source_name"] == "Badan Intelijen Nasional Korea Selatan"


def test_a_non_empty_output_directory_is_kept_unless_forced(tmp_path: Path, scheduler: str) -> None:
    archive_dir = make_archive(tmp_path, drafts=2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "findings.jsonl").write_text("mine\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")

    refused = archive("check", str(archive_dir), "--out", str(out), "--scheduler", scheduler)

    assert refused.exit_code == 2
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == "mine\n"

    forced = archive("check", str(archive_dir), "--out", str(out), "--scheduler", scheduler, "--force")

    assert forced.exit_code == 0, forced.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"  # not factlint's: left alone
    assert read_jsonl(out / "findings.jsonl") == lint(str(archive_dir))[1]["findings"]


def _failing(monkeypatch: pytest.MonkeyPatch, name: str, times: int) -> dict[str, int]:
    """Make reading the article ``name`` raise, the first ``times`` times."""
    attempts = {name: 0}
    analyse = work.read_draft

    def flaky(text: str, project: Any, path: str, date: Any = None) -> Any:
        if path.endswith(name):
            attempts[name] += 1
            if attempts[name] <= times:
                raise RuntimeError("disk hiccup")
        return analyse(text, project, path, date)

    monkeypatch.setattr(work, "read_draft", flaky)
    return attempts


def test_a_failed_partition_is_retried(tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch) -> None:
    archive_dir = make_archive(tmp_path, drafts=8)
    attempts = _failing(monkeypatch, "a003.md", times=1)

    result = archive(
        "check", str(archive_dir), "--out", str(tmp_path / "out"), "--scheduler", scheduler, "--partition-size", "3"
    )

    assert result.exit_code == 0, result.output
    assert attempts == {"a003.md": 2}
    assert summary(tmp_path / "out")["failed_partitions"] == []
    assert read_jsonl(tmp_path / "out" / "findings.jsonl") == lint(str(archive_dir))[1]["findings"]


def test_a_partition_that_keeps_failing_is_reported_not_dropped(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive_dir = make_archive(tmp_path, drafts=8)
    attempts = _failing(monkeypatch, "a003.md", times=99)
    everything = lint(str(archive_dir))[1]

    result = archive(
        "check",
        str(archive_dir),
        "--out",
        str(tmp_path / "out"),
        "--scheduler",
        scheduler,
        "--partition-size",
        "3",
        "--retries",
        "1",
    )

    assert result.exit_code == 2
    assert attempts == {"a003.md": 2}
    (failed,) = summary(tmp_path / "out")["failed_partitions"]
    assert (failed["partition"], failed["command"]) == (0, "check")
    assert failed["files"] == [str(archive_dir / "2024" / n) for n in ("a001.md", "a003.md", "a005.md")]
    assert f"{archive_dir / '2024' / 'a003.md'}: RuntimeError: disk hiccup" in failed["error"]
    assert "partition 0 (3 files) failed after 2 attempts" in result.stderr
    assert "1 partitions (3 files) not linted" in result.stderr
    written = read_jsonl(tmp_path / "out" / "findings.jsonl")
    assert written == [f for f in everything["findings"] if f["path"] not in failed["files"]]
    assert summary(tmp_path / "out")["files"] == everything["summary"]["files"] - 3


def test_articles_under_different_configs_are_refused(tmp_path: Path) -> None:
    archive_dir = make_archive(tmp_path, drafts=2)
    (archive_dir / "notes" / ".factlint.yaml").write_text("ignore: [spelling]\n", encoding="utf-8")

    result = archive("check", str(archive_dir), "--out", str(tmp_path / "out"))

    assert result.exit_code == 2
    assert "different factlint configs" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_missing_input_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    result = archive("check", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))

    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr
    assert not (tmp_path / "out").exists()


def test_lint_does_not_import_dask_or_pyarrow() -> None:
    code = (
        "import sys, lint.cli.main; "
        "print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'lint.archive') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_a_finding_s_line_is_its_report_dict_dumped(tmp_path: Path) -> None:
    """findings.jsonl is written by a hand-made encoder that writes each evidence list once;
    it writes exactly what json.dumps writes, on drafts with findings of every field."""
    from lint.reports.json_report import finding_dict, finding_line
    from lint.run.engine import lint_document
    from lint.run.project import load_project

    project = load_project()
    archive_dir = make_archive(tmp_path, drafts=12)
    written: dict[Any, str] = {}
    findings = [
        f
        for path in sorted(archive_dir.rglob("*.*"))
        for f in lint_document(path.read_text(encoding="utf-8"), project, f'{path}\t"ü"').findings
    ]
    unsourced = "---\ndate: 2025-07-01\n---\n\nSebanyak 12.000 tentara Korea Utara dikirim ke Rusia.\n"
    findings += lint_document(unsourced, project, "unsourced.md").findings
    assert {f.kind for f in findings} >= {"contradiction", "misattribution", "unattributed", "spelling"}
    assert any(f.suggestion is None for f in findings) and any(f.suggestion for f in findings)
    for f in findings:
        assert finding_line(f, written) == json.dumps(finding_dict(f), ensure_ascii=False) + "\n"
    assert 0 < len(written) < len(findings)
