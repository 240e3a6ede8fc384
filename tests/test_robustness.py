"""Bad input loses nothing: each case gets a clear one-line message and the right exit code,
and the other files in the run are still linted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main
from tests.conftest import ROOT

GOOD = "---\ndate: 2025-07-01\n---\nPerjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.\n"


def lint(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["lint", *args])
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def good_draft(tmp_path: Path) -> Path:
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    return path


def still_linted(stdout: str, good: Path) -> bool:
    return f"{good}:4:65: error contradiction" in stdout


def test_empty_file_is_clean(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert lint(str(empty)) == (0, "1 file checked: no findings\n", "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text; skipped"),
        (b"Tentara Korea Utara \xe9\xe8 dikirim.\n", "not valid UTF-8 (byte 20 on line 1)"),
        (b"---\ndate: [2025\n---\nTeks.\n", "front matter: invalid YAML"),
        (b"---\ndate: 2025-02-30\n---\nTeks.\n", ":2: front matter"),
        (b"---\nx: !!python/object/apply:os.system ['true']\n---\nTeks.\n", "front matter: invalid YAML"),
        (
            b"---\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + b"".join(b"b%d: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" % i for i in range(30))
            + b"---\nTeks.\n",
            "too many YAML aliases",
        ),
        (  # a list nested 4,500 deep in 150 lines, then written out by str(): RecursionError
            b"---\njunk:\n  - &a0 [x]\n"
            + b"".join(b"  - &a%d %s*a%d%s\n" % (i, b"[" * 30, i - 1, b"]" * 30) for i in range(1, 150))
            + b"lang: *a149\n---\nTeks.\n",
            "front matter: YAML nested more than 100 levels deep",
        ),
        (  # 2^60 values once written out, from 120 aliases
            b"---\nb0: &b0 [x, x]\n"
            + b"".join(b"b%d: &b%d [*b%d, *b%d]\n" % (i, i, i - 1, i - 1) for i in range(1, 60))
            + b"lang: *b59\n---\nTeks.\n",
            "front matter: YAML aliases expand to more than 100,000 values",
        ),
    ],
    ids=[
        "binary",
        "invalid-utf8",
        "malformed-front-matter",
        "impossible-date",
        "python-tag",
        "alias-bomb",
        "deeply-nested-aliases",
        "doubling-aliases",
    ],
)
def test_unreadable_drafts_are_named_and_the_rest_is_linted(tmp_path: Path, data: bytes, message: str) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(data)
    good = good_draft(tmp_path)
    code, out, err = lint(str(bad), str(good))
    assert code == 2
    assert err.startswith(f"factlint: error: {bad}") and message in err and err.count("\n") == 1
    assert still_linted(out, good)


def test_utf16_with_bom_is_read_and_positions_are_right(tmp_path: Path) -> None:
    path = tmp_path / "utf16.md"
    path.write_bytes(GOOD.encode("utf-16"))
    code, out, _ = lint(str(path))
    assert code == 1 and f"{path}:4:65: error contradiction" in out


def test_crlf_keeps_lines_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    code, out, _ = lint(str(path), "--format", "json")
    assert code == 1
    assert '"line": 4' in out and '"column": 65' in out and '"text": "Juni 2023"' in out


def test_a_50_mb_file_is_refused_quickly_and_others_are_linted(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    good = good_draft(tmp_path)
    started = time.perf_counter()
    code, out, err = lint(str(huge), str(good))
    assert time.perf_counter() - started < 10
    assert code == 2 and "file is 50.0 MB, over the 10 MB limit; raise it with --max-file-size" in err
    assert still_linted(out, good)


def test_the_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "two_mb.md"
    path.write_text(GOOD + ("Paragraf biasa tanpa angka.\n\n" * 80_000), encoding="utf-8")
    assert lint(str(path), "--max-file-size", "1")[0] == 2
    assert lint(str(path), "--max-file-size", "3")[0] == 1


def test_a_one_megabyte_line_without_spaces(tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    path.write_text("x" * 1_000_000 + "\n" + "1.000." * 100_000 + "\n", encoding="utf-8")
    started = time.perf_counter()
    code, out, _ = lint(str(path))
    assert (code, out) == (0, "1 file checked: no findings\n")
    assert time.perf_counter() - started < 30  # linear: a quadratic scan would take hours


def test_missing_path(tmp_path: Path) -> None:
    good = good_draft(tmp_path)
    code, out, err = lint(str(tmp_path / "nope.md"), str(good))
    assert code == 2 and err == f"factlint: error: {tmp_path / 'nope.md'}: no such file or directory\n"
    assert still_linted(out, good)


def test_unreadable_file_in_a_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    good_draft(drafts)
    (drafts / "broken.md").symlink_to(tmp_path / "gone.md")
    locked = drafts / "locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def open_file(path: str | Path, flags: int, *args: int) -> int:  # root reads anything: refuse as for others
        if Path(path).name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", open_file)
    code, out, err = lint(str(drafts))
    assert code == 2
    assert f"{drafts / 'broken.md'}: no such file (a broken link?)" in err
    assert f"{drafts / 'locked.md'}: permission denied" in err
    assert still_linted(out, drafts / "good.md")


def lint_in_a_process(*args: str, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    """``factlint lint`` in its own process, bounded: 60 s and 1 GB of memory at most."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "lint", "lint", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        stdin=stdin,
        preexec_fn=limit if sys.platform == "linux" else None,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_fifos_devices_and_link_loops_in_a_tree_are_named_and_the_rest_is_linted(tmp_path: Path) -> None:
    """Each of these used to hang the run, fill memory (a link to /dev/zero) or end it with a
    traceback (a link to itself)."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    good = good_draft(drafts)
    os.mkfifo(drafts / "fifo.md")
    (drafts / "zero.md").symlink_to("/dev/zero")
    (drafts / "loop.md").symlink_to("loop.md")
    (drafts / "sub").mkdir()
    (drafts / "sub" / "up").symlink_to("..")  # a directory loop: links are not followed
    run = lint_in_a_process(str(drafts))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert sorted(run.stderr.splitlines()) == [
        f"factlint: error: {drafts / 'fifo.md'}: not a regular file (a FIFO, socket or device); skipped",
        f"factlint: error: {drafts / 'loop.md'}: cannot read: Too many levels of symbolic links",
        f"factlint: error: {drafts / 'zero.md'}: not a regular file (a FIFO, socket or device); skipped",
    ]
    assert still_linted(run.stdout, good)


def test_a_device_named_on_the_command_line_is_refused(tmp_path: Path) -> None:
    good = good_draft(tmp_path)
    run = lint_in_a_process("/dev/zero", str(good))
    assert run.returncode == 2
    assert run.stderr == "factlint: error: /dev/zero: not a regular file (a FIFO, socket or device); skipped\n"
    assert still_linted(run.stdout, good)


def test_endless_standard_input_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    good = good_draft(tmp_path)
    with open("/dev/zero", "rb") as endless:
        run = lint_in_a_process("--max-file-size", "1", "-", str(good), stdin=endless.fileno())
    assert run.returncode == 2
    assert run.stderr == "factlint: error: -: file is over the 1 MB limit; raise it with --max-file-size\n"
    assert still_linted(run.stdout, good)


def _rules_with_slow_pattern(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        "rules:\n"
        "  - id: house-style\n"
        "    kind: spelling\n"
        "    options:\n"
        "      timeout: 0.2\n"
        "      replace:\n"
        "        - {pattern: '\\bKorut\\b', with: 'Korea Utara'}\n"
        "        - {pattern: '(\\w*)*\\d', with: 'x'}\n"
        "  - id: dates\n"
        "    kind: contradiction\n",
        encoding="utf-8",
    )
    return rules


def test_a_catastrophic_rule_pattern_is_stopped_and_reported_as_that_rules_error(tmp_path: Path) -> None:
    rules = _rules_with_slow_pattern(tmp_path)
    slow = tmp_path / "slow.md"
    slow.write_text(GOOD + "Korut " + "a" * 3000 + "\n", encoding="utf-8")
    good = good_draft(tmp_path)
    started = time.perf_counter()
    code, out, err = lint("--rules", str(rules), str(slow), str(good))
    assert time.perf_counter() - started < 20
    assert code == 2
    assert f"factlint: error: {slow}: rule 'house-style': pattern '(\\\\w*)*\\\\d'" in err and "was stopped" in err
    assert f"{slow}:4:65: error contradiction [dates]" in out  # the draft's other rules still ran
    assert f"{good}:4:65: error contradiction [dates]" in out


def test_house_style_patterns_report_and_fix(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        "rules:\n  - id: house-style\n    kind: spelling\n    options:\n      replace:\n"
        "        - {pattern: '\\bKorut\\b', with: 'Korea Utara'}\n",
        encoding="utf-8",
    )
    draft = tmp_path / "d.md"
    draft.write_text("Korut mengirim pasukan. Korea Utara membantah.\n", encoding="utf-8")
    code, out, _ = lint("--rules", str(rules), str(draft))
    assert code == 0  # a warning does not reach the default --fail-on error
    assert (
        f"{draft}:1:1: warning spelling [house-style] 'Korut' is not the canonical spelling; write 'Korea Utara'" in out
    )
    lint("--rules", str(rules), "--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == "Korea Utara mengirim pasukan. Korea Utara membantah.\n"


def test_a_bad_rule_pattern_fails_at_load_time_with_its_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        "rules:\n  - id: s\n    kind: spelling\n    options:\n      replace:\n        - {pattern: '(unclosed', with: x}\n",
        encoding="utf-8",
    )
    code, _, err = lint("--rules", str(rules), str(good_draft(tmp_path)))
    assert code == 2 and f"{rules / 'style.yaml'}:6: bad pattern '(unclosed'" in err


def test_rule_errors_survive_worker_processes(tmp_path: Path) -> None:
    rules = _rules_with_slow_pattern(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(3):
        (drafts / f"d{i}.md").write_text(GOOD + "a" * 3000 + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "lint", "lint", "--jobs", "2", "--rules", str(rules), str(drafts)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("rule 'house-style'") == 3
    assert proc.stdout.count("error contradiction [dates]") == 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("plant", ["fifo", "device"])
def test_a_fifo_or_device_among_rule_files_is_named(tmp_path: Path, plant: str) -> None:
    """A rules directory from a cloned repository may hold a link to /dev/zero (git keeps
    links): it was read without end, as a FIFO was waited on for ever."""
    rules = tmp_path / "rules"
    rules.mkdir()
    planted = rules / "extra.yaml"
    if plant == "fifo":
        os.mkfifo(planted)
    else:
        planted.symlink_to("/dev/zero")
    story = tmp_path / "story"
    shutil.copytree(ROOT / "seeds", story)
    os.mkfifo(story / "notes.fifo")  # in the story directory, which the project cache reads
    run = subprocess.run(
        [sys.executable, "-m", "lint", "rules", "check", "--story", str(story), "--rules", str(rules)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache")},
        preexec_fn=_limit_memory if sys.platform == "linux" else None,
    )
    assert run.returncode == 2
    assert run.stderr == f"factlint: error: {planted}: not a regular file (a FIFO, socket or device)\n"


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
