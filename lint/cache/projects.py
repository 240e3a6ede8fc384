"""Loaded projects kept between runs, used only while every file they come from is unchanged.

Loading a project parses and validates several YAML files, which is most of what a
one-file run (the pre-commit hook) spends beyond Python's own start-up. A loaded project
is pickled into the cache directory together with what it was made from: the exact bytes
of every file in the story and rules directories and the lexicons, the size and
modification time of factlint's own code, the Python build, the paths as given and the
config's selections. A cached project is used only if all of these still match exactly
(file contents are compared byte for byte, not by time stamps), so an edited fact or rule
is never missed. A cache that cannot be read or written is ignored, and a file is unpickled
only when it carries this user's seal (lint/cache/dirs.py): it runs what it holds.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
import re
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from lint.cache import patterns as pattern_cache
from lint.cache.dirs import cache_dir, cache_subdirectory, prune, read_cache, store
from lint.files import NotRegularFile, read_regular_file

KEEP = 32  # project files kept; the least recently used go first
FORMAT = 1

_PACKAGE = Path(__file__).resolve().parent.parent  # all of lint/: its code stamps the cache
T = TypeVar("T")


def cached(parts: Iterable[object], directories: Iterable[Path], load: Callable[[], T]) -> T:
    """``load()``, or what it returned before for the same ``parts`` and the same files
    under ``directories``."""
    root = cache_dir()
    if root is None:
        return load()
    try:
        # Relative paths in the parts mean something else in another directory.
        head = repr((FORMAT, sys.version, os.getcwd(), *parts))
        inputs = _inputs(directories)
    except OSError:  # a file that cannot be read (the loader will say), or no working directory
        return load()
    # The name only spreads entries out; what is inside is compared in full.
    data = head.encode()
    name = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.pickle"
    directory = cache_subdirectory("projects")
    stored = read_cache(directory / name, touch=True) if directory is not None else None
    if stored is not None:
        try:
            handle = io.BytesIO(stored)
            if pickle.load(handle) == (head, inputs):
                value: T = pickle.load(handle)
                return value
        except Exception:  # truncated, or from code that has since changed
            pass
    value = load()
    _store(name, (head, inputs), value)
    return value


def _inputs(directories: Iterable[Path]) -> tuple[list[tuple[str, bytes | str]], list[tuple[str, int, int]]]:
    """The bytes of every file the project may be read from, and factlint's code by time stamp."""
    files = [(str(file), _content(file)) for directory in directories for file in _files(directory)]
    code = []
    for file in _files(_PACKAGE):
        if file.suffix in (".py", ".yaml", ".json"):
            stat = file.stat()
            code.append((str(file), stat.st_size, stat.st_mtime_ns))
    return files, code


def _content(file: Path) -> bytes | str:
    """A file's bytes; for a FIFO, socket or device (which the loader refuses), what it is."""
    try:
        return read_regular_file(file)
    except (NotRegularFile, IsADirectoryError):
        return "not a regular file"


# What no story, rule or lexicon is read from: version control's own files and Python's caches.
_NOT_INPUTS = frozenset({".git", ".hg", ".svn", "__pycache__"})


def _files(directory: Path) -> list[Path]:
    """Every file under ``directory``, in a stable order: hidden ones too, since a story may
    keep a seed in '.archive/' and a rules directory may hold '.extra.yaml'."""
    found: list[Path] = []
    for top, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if d not in _NOT_INPUTS)
        found.extend(Path(top, f) for f in sorted(files))
    return found


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, tuple[str, int]]:
    return pattern_cache.compile, (pattern.pattern, pattern.flags)


def _store(name: str, header: object, value: object) -> None:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # Patterns come back through the pattern cache rather than a fresh re.compile.
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
    try:
        pickler.dump(header)
        pickler.clear_memo()  # each part is read back by an unpickler of its own
        pickler.dump(value)
    except Exception:  # something that does not pickle: just do not cache it
        return
    directory = cache_subdirectory("projects", create=True)
    if directory is not None and store(directory / name, buffer.getvalue()):
        prune(directory, ".pickle", KEEP)
