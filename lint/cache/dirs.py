"""Where factlint keeps what it can rebuild: the user's cache directory, or none at all."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO


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


def open_trusted(path: Path) -> BinaryIO:
    """Open a cache file for reading, only if this user wrote it. Loading a cache runs what it
    holds (the project cache is a pickle), so a file that another user owns, or that others
    may write, is refused with OSError, as if it were not there."""
    handle = path.open("rb")
    if hasattr(os, "getuid"):  # POSIX ownership; elsewhere the user's profile is private
        st = os.fstat(handle.fileno())
        if st.st_uid != os.getuid() or st.st_mode & 0o022:
            handle.close()
            raise PermissionError(f"{path}: not written by this user alone; ignored")
    return handle


def store(path: Path, data: bytes) -> bool:
    """Write a cache file the way factlint writes any file (lint/writing.py: a temporary file
    and a rename); False, and nothing left behind, when the directory is not writable."""
    from lint.writing import write_bytes_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_bytes_atomically(path, data, private=True)
        return True
    except OSError:
        return False
