"""The compiled-pattern cache: the same patterns as re.compile, and never a cause of failure."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lint.cache import patterns as pattern_cache

PATTERNS = [
    (r"(?<![\w-])(?:sekitar|lebih\s+dari)\s*$", 0),
    (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\w/])", 0),
    (r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M),
    (r"(?<![\w-])(?:kim\s+jong[\s\-]*un|shoigu)(?![\w-])", re.IGNORECASE),
    (r"(?i:badan)\s+[^\W\d_]+", 0),
    (r"[^\W\d_](?:[^\W\d_]|['’-])*", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache in tmp_path, as a new process would see it."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    _new_process(monkeypatch)
    return tmp_path


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_added", False)
    monkeypatch.setattr(pattern_cache, "_used", set())


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_cached_pattern_is_the_pattern_re_compiles(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    first = pattern_cache.compile(pattern, flags)
    pattern_cache.save()
    _new_process(monkeypatch)
    again = pattern_cache.compile(pattern, flags)
    assert (pattern, pattern_cache._key_flags(pattern, flags)) in pattern_cache._entries  # type: ignore[operator]
    assert again == re.compile(pattern, flags) == first  # Pattern equality compares the compiled code
    assert again.groupindex == first.groupindex and again.groups == first.groups
    text = "sekitar 10.000 tentara, Kamis (27/2/2025), Kim Jong-un dan Badan Intelijen"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in first.finditer(text)]


def test_the_cache_is_written_once_and_read_back(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        pattern_cache.compile(pattern, flags)
    pattern_cache.save()
    path = pattern_cache.cache_file()
    assert path is not None and path.parent == fresh and path.is_file()
    written = path.stat().st_mtime_ns
    _new_process(monkeypatch)
    for pattern, flags in PATTERNS:
        pattern_cache.compile(pattern, flags)
    pattern_cache.save()  # nothing new: the file is left alone
    assert path.stat().st_mtime_ns == written
    assert list(fresh.iterdir()) == [path]  # no temporary files left behind


def test_a_pattern_back_from_the_project_cache_is_found_under_its_first_flags(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loaded project pickles its patterns by pattern and flags, and a str pattern's flags
    then include re.UNICODE, which it was not compiled with: the next run must still find it
    (it used to compile it again, and write the cache again, on the run after every load)."""
    first = pattern_cache.compile(PATTERNS[3][0], re.IGNORECASE)
    pattern_cache.save()
    _new_process(monkeypatch)
    again = pattern_cache.compile(first.pattern, first.flags)  # as the project cache asks for it
    assert again == first
    assert not pattern_cache._added


def test_entries_from_other_runs_are_kept(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_cache.compile(*PATTERNS[0])
    pattern_cache.save()
    _new_process(monkeypatch)
    pattern_cache.compile(*PATTERNS[1])
    pattern_cache.save()
    _new_process(monkeypatch)
    entries = pattern_cache._load()
    assert entries is not None and {PATTERNS[0][0], PATTERNS[1][0]} <= {p for p, _ in entries}


def test_patterns_no_run_uses_any_more_are_pruned_first(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # edited word lists leave old patterns behind; the file must not grow with them forever
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 4)
    old = [(rf"(?:alt{i}|kata{i})", 0) for i in range(4)]
    for pattern, flags in old:
        pattern_cache.compile(pattern, flags)
    pattern_cache.save()
    _new_process(monkeypatch)
    pattern_cache.compile(*old[0])  # still in use
    pattern_cache.compile(*PATTERNS[0])  # new
    pattern_cache.compile(*PATTERNS[1])  # new
    pattern_cache.save()
    _new_process(monkeypatch)
    entries = pattern_cache._load()
    assert entries is not None
    kept = {old[0], PATTERNS[0], PATTERNS[1], old[3]}  # the oldest unused went first
    assert set(entries) == {(pattern, pattern_cache._key_flags(pattern, flags)) for pattern, flags in kept}


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps(("another python", {})), marshal.dumps([1, 2, 3])],
    ids=["empty", "garbage", "other-version", "wrong-shape"],
)
def test_a_bad_cache_file_is_ignored_and_replaced(fresh: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    path = pattern_cache.cache_file()
    assert path is not None
    path.write_bytes(content)
    pattern = pattern_cache.compile(*PATTERNS[1])
    assert pattern == re.compile(*PATTERNS[1])
    pattern_cache.save()
    _new_process(monkeypatch)
    assert (PATTERNS[1][0], pattern_cache._key_flags(*PATTERNS[1])) in (pattern_cache._load() or {})


def test_a_wrong_program_in_the_cache_is_not_used(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = PATTERNS[1]
    pattern_cache.compile(pattern, flags)
    entries = pattern_cache._entries
    assert entries is not None
    entries[(pattern, pattern_cache._key_flags(pattern, flags))] = (0, [1, 2, 3], 0, {}, ())  # not a program
    assert pattern_cache.compile(pattern, flags) == re.compile(pattern, flags)


def test_no_cache_when_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    assert pattern_cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    pattern_cache.save()
    assert list(fresh.iterdir()) == []


def test_an_unwritable_cache_directory_costs_nothing_but_time(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = fresh / "file"
    blocker.write_text("a file where the cache directory would go")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(blocker / "cache"))
    assert pattern_cache.compile(*PATTERNS[2]) == re.compile(*PATTERNS[2])
    pattern_cache.save()  # cannot create the directory: silently nothing
    assert blocker.read_text().startswith("a file")


def test_lint_reports_the_same_with_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2025-07-01\n---\nPakta itu ditandatangani pada Juni 2023. Sekitar 12.000 tentara dikirim.\n",
        encoding="utf-8",
    )
    env = {"FACTLINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    command = [sys.executable, "-m", "lint", "lint", "--format", "json", str(draft)]
    cold = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert (tmp_path / "cache").is_dir() and any((tmp_path / "cache").iterdir())
    warm = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert cold.returncode == warm.returncode == 1
    assert cold.stdout == warm.stdout and '"kind": "contradiction"' in cold.stdout
    assert cold.stderr == warm.stderr == ""
