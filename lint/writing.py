"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from lint.i18n import _


def write_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes, private: bool = False) -> None:
    """Write to a temporary file beside ``path``, then rename over it. The file keeps the
    permissions of the one it replaces, or with ``private`` is readable by its owner only."""
    tmp = _written_beside(path, data)
    try:
        if private:
            pass  # mkstemp made it 0600
        elif path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:  # as open() would have made it, not mkstemp's 0600
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _written_beside(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` (mode 0600) holding ``data``, on disk."""
    import tempfile  # imported when something is written: most runs only read

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _write_fd(fd, data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _umask() -> int:
    mask = os.umask(0)  # reading it means setting it
    os.umask(mask)
    return mask


class ChangedSinceRead(Exception):
    """The file no longer holds what was read from it: someone edited it meanwhile."""


_REWRITE_FLAGS = os.O_RDWR | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def rewrite_in_place(path: Path, before: bytes, after: bytes) -> None:
    """Replace the content of the file at ``path`` with ``after``, if it still holds exactly
    ``before`` (else ChangedSinceRead, and nothing is written). As editors and formatters
    write a file they change: through a link to the file it points to, keeping its inode, so
    its owner, mode and other hard links stay, with no temporary file to leave behind. The
    room for a longer content is reserved first, so a full disk fails before anything is
    written; a write that fails half way puts ``before`` back."""
    fd = os.open(path, _REWRITE_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, _("not a regular file"))
        if _read_all(fd, len(before) + 1) != before:
            raise ChangedSinceRead(str(path))
        if len(after) > len(before) and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(after))
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise  # ENOSPC, EFBIG, EDQUOT: nothing written yet
        try:
            _write_all(fd, after)
            os.ftruncate(fd, len(after))
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                _write_all(fd, before)
                os.ftruncate(fd, len(before))
            raise
    finally:
        os.close(fd)


def _read_all(fd: int, limit: int) -> bytes:
    chunks = []
    offset = 0
    while offset < limit:
        chunk = os.pread(fd, min(limit - offset, 1 << 20), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    offset = 0
    while offset < len(data):
        offset += os.pwrite(fd, view[offset:], offset)


def create_new(path: Path, data: bytes) -> None:
    """A new file holding ``data``, whole or not at all, and never over an existing one
    (FileExistsError): written beside it, then linked into place, which fails if the name is
    taken. Where links cannot be made, it is created exclusively and removed if writing fails."""
    tmp = _written_beside(path, data)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        try:
            os.link(tmp, path)
            return
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network and FAT file systems)
            pass
    finally:
        Path(tmp).unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        _write_fd(fd, data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
