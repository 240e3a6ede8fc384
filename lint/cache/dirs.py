"""Where factlint keeps what it can rebuild, and how it reads it back without trusting it.

Whoever can change a cache file can change what a later run does (the project cache is a
pickle), so a cache file is used only when all of these hold:

- the cache directory is this user's, no one else may write it, and every directory above it
  belongs to this user or root and is writable by others only when sticky, as ``/tmp`` is
  (what git's ``safe.directory`` and ssh's ``StrictModes`` ask of a repository or a key);
- the directories factlint makes inside it are real directories, not links, and its files are
  opened without following a link and only when they are regular files (a FIFO would hang
  the run) that this user owns and no one else may write;
- its content carries a MAC (keyed BLAKE2b) made with a secret that lives outside the cache
  directory (in the user's state directory, readable by the user alone), so a file factlint
  did not write for this user is never unpickled, even if it passes every other check.

Anything that fails is treated as a miss: a shared or odd cache directory costs only time.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from lint.files import others_may_write

KEY_BYTES = 32
_SEAL = b"factlint-sealed\x01"  # what a sealed cache file starts with
_TAG_BYTES = 32
_POSIX = hasattr(os, "getuid")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def cache_dir() -> Path | None:
    """``FACTLINT_CACHE_DIR``, else the platform's cache directory; None when
    ``FACTLINT_NO_CACHE`` is set. Nothing in it is needed: deleting it only costs time."""
    if os.environ.get("FACTLINT_NO_CACHE"):
        return None
    base = os.environ.get("FACTLINT_CACHE_DIR")
    if base:
        return Path(base)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "factlint"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factlint"


def state_dir() -> Path:
    """Where the cache key is kept: the user's state directory, never the cache directory, so
    that being able to write the cache is not enough to forge what is in it."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "factlint"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "factlint"


def trusted_directory(path: Path, create: bool = False) -> Path | None:
    """``path`` with links resolved, if no one but this user (and root) can change it or any
    directory above it; else None. With ``create``, made (0700) when missing."""
    try:
        if create:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        real = Path(os.path.realpath(path))
        if not _POSIX:  # a user's profile directories are private
            return real if real.is_dir() else None
        if not _private_directory(real):
            return None
        uid = os.getuid()
        for parent in real.parents:
            st = os.lstat(parent)
            if not stat.S_ISDIR(st.st_mode) or st.st_uid not in (uid, 0):
                return None
            if others_may_write(st) and not st.st_mode & stat.S_ISVTX:
                return None
    except (OSError, RuntimeError, ValueError):
        return None
    return real


def _private_directory(path: Path) -> bool:
    """A directory itself (not a link to one) that this user owns and no one else may write."""
    st = os.lstat(path)
    return stat.S_ISDIR(st.st_mode) and (not _POSIX or (st.st_uid == os.getuid() and not others_may_write(st)))


def cache_subdirectory(name: str, create: bool = False) -> Path | None:
    """``name`` inside the trusted cache directory (``projects``): a real directory of this
    user's, never a link to somewhere else."""
    root = cache_dir()
    if root is None:
        return None
    real = trusted_directory(root, create)
    if real is None:
        return None
    sub = real / name
    try:
        if create and not os.path.lexists(sub):
            sub.mkdir(mode=0o700)
        return sub if _private_directory(sub) else None
    except OSError:
        return None


def read_cache(path: Path, touch: bool = False) -> bytes | None:
    """What factlint stored at ``path`` (in a directory from ``trusted_directory`` or
    ``cache_subdirectory``) for this user, or None: missing, not a regular file of this user's,
    a link, or not sealed with this user's key. ``touch`` marks it recently used."""
    key = _key()
    if key is None:
        return None
    try:
        data = _read_private_file(path, 0o022, touch)
    except OSError:
        return None
    if data is None or not data.startswith(_SEAL):
        return None
    tag, payload = data[len(_SEAL) : len(_SEAL) + _TAG_BYTES], data[len(_SEAL) + _TAG_BYTES :]
    try:
        from _operator import _compare_digest as compare_digest  # hmac's own, in constant time
    except ImportError:  # pragma: no cover - other Pythons
        from hmac import compare_digest  # type: ignore[no-redef]
    return payload if compare_digest(tag, _tag(key, payload)) else None


def store(path: Path, data: bytes) -> bool:
    """Seal ``data`` and write it at ``path`` the way factlint writes any file (a temporary
    file and a rename, lint/writing.py), readable by this user alone; False, and nothing left
    behind, when the directory is not trusted or not writable."""
    from lint.writing import write_bytes_atomically

    key = _key()
    if key is None:
        return False
    try:
        write_bytes_atomically(path, _SEAL + _tag(key, data) + data, private=True)
        return True
    except OSError:
        return False


def prune(directory: Path, suffix: str, keep: int) -> None:
    """Keep the ``keep`` most recently used files ending in ``suffix`` in ``directory``; delete
    the rest, only there: the directory is opened once, without following a link, and every
    name is looked up and removed inside it."""
    if os.unlink not in os.supports_dir_fd or os.scandir not in os.supports_fd:  # Windows
        _prune_by_path(directory, suffix, keep)
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(directory, flags)
    except OSError:
        return
    try:
        if not _private_fd(fd, directory=True):
            return
        found = []
        with os.scandir(fd) as entries:
            for entry in entries:
                if entry.name.endswith(suffix) and entry.is_file(follow_symlinks=False):
                    found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
        for _, name in sorted(found, reverse=True)[keep:]:
            os.unlink(name, dir_fd=fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _prune_by_path(directory: Path, suffix: str, keep: int) -> None:
    """``prune`` where a directory cannot be held open: by name, in a directory that
    ``cache_subdirectory`` found to be a real one (the user's profile is private there)."""
    try:
        if not _private_directory(directory):
            return
        found = []
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.endswith(suffix) and entry.is_file(follow_symlinks=False):
                    found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
        for _, path in sorted(found, reverse=True)[keep:]:
            os.unlink(path)
    except OSError:
        pass


def _private_fd(fd: int, directory: bool = False, others: int = 0o022) -> bool:
    st = os.fstat(fd)
    kind_ok = stat.S_ISDIR(st.st_mode) if directory else stat.S_ISREG(st.st_mode)
    return kind_ok and (not _POSIX or (st.st_uid == os.getuid() and not st.st_mode & others))


def _read_private_file(path: Path, others: int, touch: bool = False) -> bytes | None:
    """The bytes of a regular file this user owns that the ``others`` mode bits do not open
    to anyone else; None for anything else. Never follows a link or waits on a FIFO."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not _private_fd(fd, others=others):
            return None
        data = handle.read()
        if touch and os.utime in os.supports_fd:
            os.utime(fd)
        return data


_keys: dict[Path, bytes | None] = {}


def _key() -> bytes | None:
    """This user's cache key, made on first use (KEY_BYTES random bytes, 0600), or None when
    there is no private place to keep one (then nothing is cached)."""
    try:
        where = state_dir()
    except (KeyError, RuntimeError):  # no home directory
        return None
    if where not in _keys:
        _keys[where] = _load_key(where)
    return _keys[where]


def _load_key(where: Path) -> bytes | None:
    directory = trusted_directory(where, create=True)
    if directory is None:
        return None
    path = directory / "cache-key"
    try:
        try:
            key = _read_private_file(path, 0o077)
        except OSError:  # a link, say
            key = None
        if key is None or len(key) != KEY_BYTES:
            # missing, or one others could read (or a link, or not this user's): a new one
            if os.path.lexists(path):
                path.unlink()
            key = _make_key(path)
    except OSError:
        return None
    return key if key is not None and len(key) == KEY_BYTES else None


def _make_key(path: Path) -> bytes | None:
    """Write a new key beside ``path`` and link it into place: another run making one at the
    same time either wins or reads the one that did, never half a key."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another run's key won
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return _read_private_file(path, 0o077)


def _tag(key: bytes, payload: bytes) -> bytes:
    """Keyed BLAKE2b, a MAC in its own right. Taken from _blake2, which hashlib.blake2b is:
    importing hashlib or hmac loads OpenSSL, 5 ms of every run's start-up."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b  # type: ignore[no-redef]
    return blake2b(payload, key=key, digest_size=_TAG_BYTES, person=b"factlint-cache").digest()
