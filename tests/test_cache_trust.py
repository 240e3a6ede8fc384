"""The cache directory is untrusted ground: nothing in it runs, hangs a run or leads factlint to
delete files elsewhere, whoever else can write there."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lint import files
from lint.cache import dirs
from lint.cache import projects as project_cache

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
root_only = pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to act as another user"
)
OTHER_USER = 4242


class Payload:
    """What an attacker pickles: unpickling it makes ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's own state directory (where the cache key lives), fresh for each test."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(dirs, "_keys", {}, raising=False)
    return tmp_path


def use_cache(monkeypatch: pytest.MonkeyPatch, root: Path, via: str) -> Path:
    """Point factlint at ``root`` as its cache, as FACTLINT_CACHE_DIR or through XDG_CACHE_HOME."""
    if via == "FACTLINT_CACHE_DIR":
        monkeypatch.setenv("FACTLINT_CACHE_DIR", str(root))
        return root
    monkeypatch.delenv("FACTLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(root))
    return root / "factlint"


def victims_draft(tmp_path: Path, marker: Path) -> Path:
    """A file the victim owns whose content someone else chose (a draft the victim ran --fix on)."""
    draft = tmp_path / "victim" / "draft.md"
    draft.parent.mkdir(exist_ok=True)
    draft.write_bytes(pickle.dumps(Payload(marker), protocol=0))  # a plain-text pickle
    draft.chmod(0o644)
    return draft


def cache_once(value: str = "project") -> str:
    return project_cache.cached(["parts"], [], lambda: value)


@posix_only
@pytest.mark.parametrize("via", ["FACTLINT_CACHE_DIR", "XDG_CACHE_HOME"])
def test_a_link_planted_in_a_shared_cache_directory_runs_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch, via: str
) -> None:
    shared = home / "shared"
    shared.mkdir()
    cache = use_cache(monkeypatch, shared, via)
    cache.mkdir(exist_ok=True)
    for directory in {shared, cache}:
        directory.chmod(0o777)  # anyone may write here
    (cache / "projects").mkdir(mode=0o777)
    (cache / "projects").chmod(0o777)
    marker = home / "ran"
    draft = victims_draft(home, marker)
    # The attacker plants a link at the name the victim's project is stored under.
    real_store = project_cache._store
    monkeypatch.setattr(project_cache, "_store", lambda name, *a: (cache / "projects" / name).symlink_to(draft))
    assert cache_once() == "project"
    assert list((cache / "projects").iterdir())
    monkeypatch.setattr(project_cache, "_store", real_store)
    assert cache_once("fresh") == "fresh"
    assert not marker.exists()


@posix_only
def test_a_link_in_the_users_own_cache_directory_is_not_followed(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    assert cache_once() == "project"
    (stored,) = (cache / "projects").glob("*.pickle")
    marker = home / "ran"
    stored.unlink()
    stored.symlink_to(victims_draft(home, marker))
    assert cache_once("fresh") == "fresh"
    assert not marker.exists()


def test_a_pickle_factlint_did_not_seal_is_never_loaded(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a private regular file of this user's (a hard link to a draft, a copy) is refused
    unless it carries the MAC made with the key in the state directory."""
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    assert cache_once() == "project"
    (stored,) = (cache / "projects").glob("*.pickle")
    marker = home / "ran"
    stored.write_bytes(pickle.dumps(Payload(marker)))
    stored.chmod(0o600)
    assert cache_once("fresh") == "fresh"
    assert not marker.exists()
    # and with a seal made with another key
    sealed = stored.read_bytes()
    assert sealed.startswith(dirs._SEAL)
    monkeypatch.setattr(dirs, "_keys", {dirs.state_dir(): b"k" * dirs.KEY_BYTES})
    dirs.store(stored, pickle.dumps(Payload(marker)))
    monkeypatch.setattr(dirs, "_keys", {})
    assert cache_once("again") == "again"
    assert not marker.exists()


@posix_only
def test_the_key_lives_outside_the_cache_and_is_the_users_alone(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    cache_once()
    key = home / "state" / "factlint" / "cache-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == dirs.KEY_BYTES
    assert not [p for p in cache.rglob("*") if p.name.startswith("cache-key")]
    assert cache_once("fresh") == "project"  # read back with the same key
    # A key others could read is replaced (what it sealed is then rebuilt once).
    key.chmod(0o644)
    monkeypatch.setattr(dirs, "_keys", {})
    assert cache_once("fresh") == "fresh"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert cache_once("again") == "fresh"


@root_only
def test_a_cache_directory_another_user_owns_is_not_used(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    cache.mkdir(mode=0o700)
    os.chown(cache, OTHER_USER, OTHER_USER)
    assert cache_once() == "project"
    assert cache_once("fresh") == "fresh"  # nothing was stored, nothing read
    assert not list(cache.iterdir())


@posix_only
def test_which_directories_are_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Like git's safe.directory and ssh's StrictModes: the directory is the user's and no one
    else may write it; every directory above is the user's or root's, writable by others
    only when sticky (as /tmp is)."""
    me = os.getuid()
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    assert dirs.trusted_directory(mine) == mine.resolve()
    assert dirs.trusted_directory(tmp_path / "missing") is None
    assert dirs.trusted_directory(tmp_path / "made", create=True) is not None
    mine.chmod(0o770)
    monkeypatch.setattr(files, "_own_groups", {mine.stat().st_gid: False})
    assert dirs.trusted_directory(mine) is None  # the group, with others in it, may write it
    monkeypatch.setattr(files, "_own_groups", {mine.stat().st_gid: True})
    assert dirs.trusted_directory(mine) is not None  # a group of the user's own (umask 002)
    mine.chmod(0o707)
    assert dirs.trusted_directory(mine) is None  # anyone may write it
    mine.chmod(0o700)
    above = tmp_path / "above"
    (above / "cache").mkdir(parents=True, mode=0o700)
    above.chmod(0o777)
    assert dirs.trusted_directory(above / "cache") is None  # anyone could rename it away
    above.chmod(0o775)
    assert dirs.trusted_directory(above / "cache") is not None  # the user's own group may write it
    above.chmod(0o1777)
    assert dirs.trusted_directory(above / "cache") is not None  # sticky: they cannot
    link = tmp_path / "link"
    link.symlink_to(mine)
    assert dirs.trusted_directory(link) == mine.resolve()  # a link the user made is followed
    monkeypatch.setattr(os, "getuid", lambda: me + 1)  # someone else
    assert dirs.trusted_directory(mine) is None


@pytest.fixture(params=["dir-fd", "by-path"])
def pruning(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pruning inside a directory held open, and by name where a platform cannot (Windows)."""
    if request.param == "by-path":
        monkeypatch.setattr(os, "supports_dir_fd", set())
    return str(request.param)


@posix_only
@pytest.mark.parametrize("shared", [False, True], ids=["own-cache", "shared-cache"])
def test_pruning_never_deletes_through_a_link(
    home: Path, monkeypatch: pytest.MonkeyPatch, shared: bool, pruning: str
) -> None:
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    cache.mkdir(mode=0o777 if shared else 0o700)
    if shared:
        cache.chmod(0o777)
    victim = home / "victim-files"
    victim.mkdir()
    for i in range(40):
        (victim / f"{i:02d}.pickle").write_bytes(b"the victim's own")
    (cache / "projects").symlink_to(victim)
    for i in range(3):
        project_cache.cached([f"parts {i}"], [], lambda: "project")
    assert len(list(victim.iterdir())) == 40


def test_pruning_keeps_the_most_recent_and_only_pickles(
    home: Path, monkeypatch: pytest.MonkeyPatch, pruning: str
) -> None:
    cache = use_cache(monkeypatch, home / "cache", "FACTLINT_CACHE_DIR")
    monkeypatch.setattr(project_cache, "KEEP", 2)
    (cache / "projects").mkdir(parents=True, mode=0o700)
    (cache / "projects" / "notes.txt").write_text("kept")
    for i in range(4):
        project_cache.cached([f"parts {i}"], [], lambda: "project")
    assert len(list((cache / "projects").glob("*.pickle"))) == 2
    assert (cache / "projects" / "notes.txt").exists()


DRAFT = "---\ndate: 2025-07-01\n---\nPakta itu ditandatangani pada Juni 2023.\n"


def run_lint(tmp_path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(cache), "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("FACTLINT_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "lint", "lint", "--format", "json", str(draft)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_in_place_of_a_cache_file_does_not_hang_a_run(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_lint(tmp_path, cache)
    assert first.returncode == 1, first.stderr
    planted = [*cache.glob("patterns-*.marshal"), *cache.glob("projects/*.pickle")]
    assert len(planted) == 2
    for path in planted:
        path.unlink()
        os.mkfifo(path, 0o600)
    again = run_lint(tmp_path, cache)  # used to wait for a writer for ever
    assert again.returncode == 1 and again.stdout == first.stdout
