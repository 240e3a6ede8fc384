"""Compiled regular expressions kept between runs, so start-up does not re-parse them.

factlint builds about a hundred patterns from its word lists, and Python's ``re`` parses and
compiles each one in pure Python: about 40 ms in all, paid on every commit by the pre-commit
hook. This module stores each pattern's compiled program in one small marshal file in the
user's cache directory and hands it straight to the regex engine next time.

It is only a cache: a program is stored only after the pattern it makes compared equal to
``re.compile``'s own (``re.Pattern`` equality compares the compiled code), entries are keyed
by the exact Python build and engine version, and anything unexpected (another Python, a
corrupt or unwritable file, internals that moved) falls back to ``re.compile`` silently.
``FACTLINT_NO_CACHE=1`` turns it off; ``FACTLINT_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from lint.cache.dirs import cache_dir, read_cache, store, trusted_directory

try:  # the engine behind re; present on CPython, which is what the cache targets
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons simply compile every time
    _sre = None

# A run uses about ninety patterns, most of them its language's, a few dozen its story's, so
# this holds several stories. Past it, the entries no run has used for longest go first: word
# lists that were edited leave their old patterns behind, and every run reads the whole file.
MAX_ENTRIES = 300

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

_entries: dict[_Key, _Entry] | None = None
_added = False
_used: set[_Key] = set()  # this run's patterns, kept first when the file is pruned


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python compiled it before."""
    entries = _load()
    if entries is None:
        return re.compile(pattern, flags)
    flags = _key_flags(pattern, flags)
    _used.add((pattern, flags))
    entry = entries.get((pattern, flags))
    if entry is not None:
        try:
            built: re.Pattern[str] = _sre.compile(pattern, *entry)
            return built
        except Exception:  # an entry the engine refuses: dropped, compiled afresh
            del entries[(pattern, flags)]
    compiled = re.compile(pattern, flags)
    entry = _program(pattern, flags, compiled)
    if entry is not None:
        _remember((pattern, flags), entry)
    return compiled


def _key_flags(pattern: str, flags: int) -> int:
    """The flags a pattern is cached under: a str pattern is Unicode whether or not it says so,
    and says so once compiled (``Pattern.flags``, which the project cache stores), so both
    find one entry. An int: re.RegexFlag is an enum, which marshal cannot store."""
    flags = int(flags)
    if isinstance(pattern, str) and not flags & (re.ASCII | re.LOCALE):
        flags |= int(re.UNICODE)
    return flags


def cache_file(create: bool = False) -> Path | None:
    """The cache file, in the cache directory if it is one that only this user can change
    (lint/cache/dirs.py); with ``create``, the directory is made when missing."""
    root = cache_dir()
    if root is None or _sre is None:
        return None
    real = trusted_directory(root, create)
    if real is None:
        return None
    return real / f"patterns-{sys.implementation.cache_tag or 'python'}.marshal"


def _read(path: Path | None) -> dict[_Key, _Entry] | None:
    """The entries stored at ``path`` by this Python, or None."""
    data = read_cache(path) if path is not None else None
    if data is None:
        return None
    try:
        version, entries = marshal.loads(data)
    except Exception:  # corrupt: as if missing
        return None
    return entries if version == _version() and isinstance(entries, dict) else None


def _version() -> tuple[Any, ...]:
    return (sys.version, sys.hexversion, int(_sre.MAGIC), int(_sre.CODESIZE), int(_sre.MAXREPEAT), int(_sre.MAXGROUPS))


def _load() -> dict[_Key, _Entry] | None:
    global _entries
    if _entries is not None:
        return _entries
    if cache_dir() is None or _sre is None:
        return None
    _entries = _read(cache_file()) or {}
    return _entries


def _program(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Entry | None:
    """What ``re.compile`` hands the engine, checked to build the very same pattern."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: _Entry = (
            int(flags | parsed.state.flags),
            [int(op) for op in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        if _sre.compile(pattern, *entry) != compiled:
            return None
        return entry
    except Exception:  # internals that moved: no caching, nothing else lost
        return None


def _remember(key: _Key, entry: _Entry) -> None:
    global _added
    assert _entries is not None
    _entries[key] = entry
    if not _added:
        _added = True
        atexit.register(save)


def save() -> None:
    """Write the cache if this run compiled anything new: atomically, never raising."""
    global _added
    if not _added or _entries is None:
        return
    _added = False
    path = cache_file(create=True)
    if path is None:
        return
    # keep what other runs (other stories) stored since this one loaded
    entries = {**(_read(path) or {}), **_entries}
    # oldest first, this run's last: the file's order is how recently each entry was used
    entries = {k: v for k, v in entries.items() if k not in _used} | {k: v for k, v in entries.items() if k in _used}
    if len(entries) > MAX_ENTRIES:
        entries = dict(list(entries.items())[-MAX_ENTRIES:])
    try:
        data = marshal.dumps((_version(), entries))
    except ValueError:  # something marshal cannot store slipped in: keep the old file
        return
    store(path, data)
