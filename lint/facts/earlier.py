"""An earlier fact base to compare a story with: a factbase.json file, or the one a git revision holds."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from lint.errors import FactlintError
from lint.facts.factbase import FACTBASE_FILE, FactBase, load_factbase, parse_factbase
from lint.i18n import _

_GIT_SECONDS = 30


def load_earlier(spec: str, story_root: Path) -> tuple[FactBase, str]:
    """The fact base ``spec`` names, and how to name it to a person. A file wins over a
    revision of the same name; a revision (``HEAD``, ``origin/main``, a commit) is read from the
    repository that holds the story, at the story's own place in it."""
    path = Path(spec)
    if path.is_file():
        return load_factbase(path), spec
    if spec.startswith("-") or not spec.strip():
        raise FactlintError(_("'{spec}' is neither a fact base file nor a git revision").format(spec=spec))
    git = shutil.which("git")
    if git is None:
        raise FactlintError(
            _("'{spec}' is not a file, and git is not installed to read it as a revision").format(spec=spec)
        )
    top = _git(git, story_root, ["rev-parse", "--show-toplevel"])
    if top is None:
        message = _("'{spec}' is not a file, and {story} is not in a git repository")
        raise FactlintError(message.format(spec=spec, story=story_root))
    try:
        inside = (story_root.resolve() / FACTBASE_FILE).relative_to(Path(top.strip()).resolve()).as_posix()
    except ValueError:
        message = _("{story} is not inside the repository at {top}").format(story=story_root, top=top.strip())
        raise FactlintError(message) from None
    if _git(git, story_root, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{commit}}"]) is None:
        message = _("'{spec}' is neither a fact base file nor a revision of {top}")
        raise FactlintError(message.format(spec=spec, top=top.strip()))
    text = _git(git, story_root, ["show", f"{spec}:{inside}"])
    if text is None:
        raise FactlintError(_("revision '{spec}' has no {file}").format(spec=spec, file=inside))
    return parse_factbase(text, f"{spec}:{inside}"), f"{spec}:{inside}"


def _git(git: str, where: Path, args: list[str]) -> str | None:
    """What git prints, or None when it fails (its complaint is not the user's business here:
    the caller says what was looked for)."""
    try:
        done = subprocess.run(
            [git, "-C", str(where), *args],
            capture_output=True,
            timeout=_GIT_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    try:
        return done.stdout.decode("utf-8")
    except UnicodeDecodeError:
        return None
