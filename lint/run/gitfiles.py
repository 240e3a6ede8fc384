"""The files git does not ignore below a directory: a walk of an article repository skips what
``.gitignore`` (and ``.git/info/exclude``, and the user's global excludes) leaves out."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

# Set by git while it runs a hook; they would point this git at the hook's repository and
# index rather than the one the directory is in.
_HOOK_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX")


def git(directory: Path, args: list[str], timeout: float) -> bytes | None:
    """What ``git -C directory ARGS`` prints, run in the directory's own repository even from
    inside a hook; None when git cannot be run or fails there."""
    env = {k: v for k, v in os.environ.items() if k not in _HOOK_VARIABLES}
    try:
        proc = subprocess.run(
            ["git", "-C", str(directory), *args], capture_output=True, env=env, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def not_ignored(directory: Path) -> list[str] | None:
    """Paths below ``directory``, relative to it and with ``/`` between parts, that git tracks
    or would add (untracked and not ignored); None when ``directory`` is in no git work tree
    or git cannot be run, and then nothing is known to be ignored. A directory git lists as
    one entry (a submodule, a repository nested in this one) ends with ``/``. One ``git
    ls-files`` for the whole tree: git skips an ignored directory without reading it."""
    out = git(directory, ["ls-files", "-z", "--stage", "--cached", "--others", "--exclude-standard"], 120)
    if out is None:
        return None
    listed: dict[str, None] = {}  # a file in conflict is listed once per stage
    for entry in out.split(b"\0"):
        staged = _STAGED.fullmatch(entry)  # an untracked file is its name alone
        path = entry if staged is None else staged[2] + (b"/" if staged[1] == _GITLINK else b"")
        if path:
            listed[os.fsdecode(path)] = None
    return list(listed)


# "<mode> <object> <stage>\t<path>" for a tracked entry; an untracked one is its path alone.
_STAGED = re.compile(rb"([0-7]{6}) [0-9a-f]{40,64} [0-3]\t(.+)", re.S)
_GITLINK = b"160000"  # a submodule: a directory with a history of its own
