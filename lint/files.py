"""Reading a file factlint is pointed at: only a regular file, so a FIFO cannot hang the run
and a link to /dev/zero cannot fill memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# O_NONBLOCK: opening a FIFO would otherwise wait for a writer for ever (it is refused once open).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """A FIFO, socket or device where a file was expected."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a FIFO, socket or device)", str(path))


def read_regular_file(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them (None: all).
    OSError if it cannot be read: IsADirectoryError for a directory, NotRegularFile for
    anything else that is not a regular file."""
    fd = os.open(path, _OPEN_FLAGS)
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path)
        return handle.read() if limit is None else handle.read(limit)
