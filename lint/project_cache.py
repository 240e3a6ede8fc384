"""Loaded projects kept between runs, keyed by the content of every file they come from.

Loading a project parses and validates several YAML files, which is most of what a
one-file run (the pre-commit hook) spends beyond Python's own start-up. A project loaded
once is pickled into the cache directory under a key made of: the content of every file
in the story and rules directories and the lexicons, factlint's own code (by size and
modification time), the Python build, the paths as given and the config's selections.
Change any of them and the key changes, so a stale project is never used; a cache that
cannot be read or written is ignored. The files are the user's own, like any cache.
"""

from __future__ import annotations

import contextlib
import copyreg
import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from lint import pattern_cache
from lint.cache import cache_dir, write_atomically

KEEP = 32  # project files kept; the least recently used go first

_PACKAGE = Path(__file__).resolve().parent
T = TypeVar("T")


def cached(parts: Iterable[object], directories: Iterable[Path], load: Callable[[], T]) -> T:
    """``load()``, or what it returned before for the same ``parts`` and the same files
    under ``directories``."""
    root = cache_dir()
    if root is None:
        return load()
    try:
        key = _key(parts, directories)
    except OSError:  # a directory that cannot be read: the loader will say what is wrong
        return load()
    path = root / "projects" / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            value: T = pickle.load(handle)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used
        return value
    except Exception:
        pass
    value = load()
    _store(path, value)
    return value


def _key(parts: Iterable[object], directories: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    digest.update(repr((sys.version, pickle.HIGHEST_PROTOCOL, *parts)).encode())
    for directory in directories:
        digest.update(f"\0dir {directory}\0".encode())
        for file in _files(directory):
            digest.update(f"{file.relative_to(directory).as_posix()}\0".encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    for file in _files(_PACKAGE):
        if file.suffix in (".py", ".yaml", ".json"):
            stat = file.stat()
            digest.update(f"{file.relative_to(_PACKAGE).as_posix()} {stat.st_size} {stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _files(directory: Path) -> list[Path]:
    """Every file under ``directory`` (hidden ones and caches aside), in a stable order."""
    found: list[Path] = []
    for top, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        found.extend(Path(top, f) for f in sorted(files) if not f.startswith("."))
    return found


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, tuple[str, int]]:
    return pattern_cache.compile, (pattern.pattern, pattern.flags)


def _store(path: Path, value: object) -> None:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # Patterns come back through the pattern cache rather than a fresh re.compile.
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
    try:
        pickler.dump(value)
    except Exception:
        return
    if write_atomically(path, buffer.getvalue()):
        _prune(path.parent)


def _prune(directory: Path) -> None:
    try:
        files = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
