"""``factlint lint --fix``: the draft itself is fixed, as it is now, and nothing else about it
changes; when it cannot be written, the run says so in one line and still reports."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import lint.run.runner
from lint.cli.main import main
from tests.conftest import ROOT

DRAFT = "Kim Jong-Un menyatakan dukungan bagi Rusia.\n"
FIXED = "Kim Jong Un menyatakan dukungan bagi Rusia.\n"
root_only = pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to act as another user"
)


def fix(*args: str) -> Result:
    result = CliRunner().invoke(main, ["lint", "--fix", *args])
    assert "Traceback" not in result.output + result.stderr, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def draft(tmp_path: Path, text: str = DRAFT, name: str = "draft.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def others(directory: Path, *keep: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p not in keep)


def test_the_fix_keeps_mode_line_ends_bom_and_a_missing_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"\xef\xbb\xbf" + DRAFT.rstrip("\n").replace("Rusia.", "Rusia.\r\nLagi.").encode())
    path.chmod(0o640)
    assert fix(str(path)).exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.rstrip("\n").replace("Rusia.", "Rusia.\r\nLagi.").encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert others(tmp_path, path) == []


def test_a_link_is_written_through_to_the_draft_it_points_to(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    real = draft(articles)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert fix(str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == FIXED


def test_hard_links_stay_one_file(tmp_path: Path) -> None:
    first = draft(tmp_path)
    second = tmp_path / "second.md"
    os.link(first, second)
    assert fix(str(first)).exit_code == 0
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2
    assert second.read_text(encoding="utf-8") == FIXED


@root_only
def test_the_owner_stays_when_someone_else_fixes_a_draft(tmp_path: Path) -> None:
    path = draft(tmp_path)
    os.chown(path, 4242, 4343)
    assert fix(str(path)).exit_code == 0
    assert (path.stat().st_uid, path.stat().st_gid) == (4242, 4343)
    assert path.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize(("bom", "codec"), [(b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")], ids=["BE", "LE"])
def test_utf16_keeps_its_byte_order(tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(bom + DRAFT.encode(codec))
    assert fix(str(path)).exit_code == 0
    assert path.read_bytes() == bom + FIXED.encode(codec)


def test_an_edit_made_while_the_draft_is_linted_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = draft(tmp_path)
    edited = DRAFT + "Paragraf yang baru ditulis editor.\n"
    real = lint.run.runner.lint_document

    def lint_while_someone_edits(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        path.write_text(edited, encoding="utf-8")  # the editor saves meanwhile
        return found

    monkeypatch.setattr(lint.run.runner, "lint_document", lint_while_someone_edits)
    result = fix(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {path}: changed since it was read; not fixed (run factlint again)\n"
    assert "Kim Jong-Un" in result.stdout  # the findings are still reported
    assert path.read_text(encoding="utf-8") == edited


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """chattr +i: not even root may change it (ext2/3/4, xfs, btrfs)."""
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@root_only
def test_a_draft_in_a_read_only_directory_is_fixed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = draft(folder)
    with immutable(folder):
        result = fix(str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_text(encoding="utf-8") == FIXED


@root_only
def test_a_draft_that_cannot_be_written_is_one_error_and_the_report_is_printed(tmp_path: Path) -> None:
    locked = draft(tmp_path, name="locked.md")
    other = draft(tmp_path, name="other.md")
    with immutable(locked):
        result = fix(str(locked), str(other))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"factlint: error: {locked}: cannot write fix: Operation not permitted",
        f"fixed: {other}",
    ]
    assert "2 files checked: 2 warnings" in result.stdout
    assert locked.read_text(encoding="utf-8") == DRAFT and other.read_text(encoding="utf-8") == FIXED


def house_style_rules(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        "rules:\n  - id: house-style\n    kind: spelling\n    options:\n"
        "      replace:\n        - {pattern: '\\bKorut\\b', with: 'Korea Utara'}\n",
        encoding="utf-8",
    )
    return rules


def test_a_full_disk_is_one_error_and_the_draft_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = draft(tmp_path, "Tentara Korut dikirim ke Rusia.\n")

    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "posix_fallocate", full)
    monkeypatch.setattr(os, "pwrite", full)
    result = fix("--rules", str(house_style_rules(tmp_path)), str(path))
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {path}: cannot write fix: No space left on device\n"
    assert "1 file checked: 1 warning" in result.stdout
    assert path.read_text(encoding="utf-8") == "Tentara Korut dikirim ke Rusia.\n"
    assert others(tmp_path, path, tmp_path / "rules") == []


def in_a_process(code: str, tmp_path: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False, **kwargs
    )


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ")
def test_a_file_size_limit_in_a_real_process_is_one_error_and_the_draft_is_unchanged(tmp_path: Path) -> None:
    """The kernel refuses to let the draft grow (as on a full disk): the fix, which makes it
    longer, fails before anything is written."""
    path = draft(tmp_path, "Tentara Korut dikirim ke Rusia.\n")
    rules = house_style_rules(tmp_path)
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({path.stat().st_size}, resource.RLIM_INFINITY))\n"
        "from lint.cli.main import main\n"
        f"main(['lint', '--fix', '--rules', {str(rules)!r}, {str(path)!r}])\n"
    )
    run = in_a_process(code, tmp_path, env={**os.environ, "FACTLINT_NO_CACHE": "1"})
    assert run.returncode == 2, run.stderr
    assert run.stderr == f"factlint: error: {path}: cannot write fix: File too large\n"
    assert "1 file checked: 1 warning" in run.stdout
    assert path.read_text(encoding="utf-8") == "Tentara Korut dikirim ke Rusia.\n"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL")
def test_a_run_killed_while_fixing_leaves_no_temporary_file(tmp_path: Path) -> None:
    """Killed at the moment the fix is flushed to disk: the draft is there, whole, and nothing beside it."""
    path = draft(tmp_path)
    code = (
        "import os, signal\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from lint.cli.main import main\n"
        f"main(['lint', '--fix', {str(path)!r}])\n"
    )
    run = in_a_process(code, tmp_path, env={**os.environ, "FACTLINT_NO_CACHE": "1"})
    assert run.returncode == -signal.SIGKILL
    assert others(tmp_path, path) == []
    assert path.read_text(encoding="utf-8") in (DRAFT, FIXED)
