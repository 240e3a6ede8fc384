"""Reading a file factlint is pointed at: only a regular file, so a FIFO cannot hang the run
and a link to /dev/zero cannot fill memory; and telling whether someone else may write one."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from lint.i18n import _

# O_NONBLOCK: opening a FIFO would otherwise wait for a writer for ever (it is refused once open).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """A FIFO, socket or device where a file was expected."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(errno.EINVAL, _("not a regular file (a FIFO, socket or device)"), str(path))


def read_regular_file(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them (None: all).
    OSError if it cannot be read: IsADirectoryError for a directory, NotRegularFile for
    anything else that is not a regular file."""
    fd = os.open(path, _OPEN_FLAGS)
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, _("is a directory"), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path)
        return handle.read() if limit is None else handle.read(limit)


def others_may_write(st: os.stat_result) -> bool:
    """Whether someone other than the owner may write: anyone, or a group with another user in
    it. A group of the user's own (one named after the user, with no other member, as systems
    that give each user a group and a umask of 002 make) counts as the user, as OpenSSH's
    checks count it on those systems."""
    if st.st_mode & 0o002:
        return True
    return bool(st.st_mode & 0o020) and not _users_own_group(st.st_gid)


_own_groups: dict[int, bool] = {}


def _users_own_group(gid: int) -> bool:
    if gid not in _own_groups:
        try:
            import grp
            import pwd

            user = pwd.getpwuid(os.getuid())
            group = grp.getgrgid(gid)
            _own_groups[gid] = (
                gid == user.pw_gid and group.gr_name == user.pw_name and set(group.gr_mem) <= {user.pw_name}
            )
        except (ImportError, KeyError):
            _own_groups[gid] = False
    return _own_groups[gid]
