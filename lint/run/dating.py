"""How a draft got its date: given (``--date``), written (front matter), a seed's publication
date, or, for a draft with none of these, assumed from the file (its last commit, when it was
last changed) or today. Every verdict is taken as of that date, so an assumed one is said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from lint.reading.document import PartialDate

# What config's ``date-from`` may list, tried in order for a draft that has no date of its own.
DATE_SOURCES = ("git", "mtime", "today")
ASSUMED = frozenset(DATE_SOURCES)


class Dated(NamedTuple):
    date: PartialDate | None
    origin: str  # "option", "front-matter", "seed", or one of DATE_SOURCES

    @property
    def assumed(self) -> bool:
        """Not the draft's own date: one taken from the file or the clock."""
        return self.origin in ASSUMED


def today() -> Dated:
    return Dated(PartialDate.of(dt.date.today()), "today")


def assumed_date(path: Path | None, sources: tuple[str, ...]) -> Dated:
    """The first date ``sources`` give a draft that has none of its own; today when none does."""
    for source in sources:
        found = None
        if source == "git" and path is not None:
            found = _last_commit(path)
        elif source == "mtime" and path is not None:
            found = _modified(path)
        elif source == "today":
            break
        if found is not None:
            return Dated(found, source)
    return today()


def _last_commit(path: Path) -> PartialDate | None:
    """The committer's date of the last commit that touched the file, when git tracks it."""
    from lint.run.gitfiles import git  # only a run that asks git pays for subprocess

    out = git(path.parent or Path("."), ["log", "-1", "--format=%cI", "--", path.name], 30)
    stamp = out.decode("utf-8", "replace").strip() if out else ""
    return PartialDate.parse(stamp[:10]) if stamp else None


def _modified(path: Path) -> PartialDate | None:
    try:
        return PartialDate.of(dt.date.fromtimestamp(path.stat().st_mtime))
    except (OSError, ValueError, OverflowError):
        return None
