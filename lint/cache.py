"""Where factlint keeps what it can rebuild: the user's cache directory, or none at all."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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


def store(path: Path, data: bytes) -> bool:
    """Write a cache file the way factlint writes any file (lint/writing.py: a temporary file
    and a rename); False, and nothing left behind, when the directory is not writable."""
    from lint.writing import write_bytes_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, data)
        return True
    except OSError:
        return False
