"""The archive's articles: directories and glob patterns, in path order, cut into partitions."""

from __future__ import annotations

import glob
from pathlib import Path
from typing import NamedTuple

from lint.errors import FactlintError
from lint.i18n import _
from lint.run.inputs import EXTENSIONS, collect

_GLOB = frozenset("*?[")


class Article(NamedTuple):
    display: str  # the path as reports name it, as `factlint lint` would
    path: str  # where a worker opens it


def find_articles(args: list[str]) -> tuple[list[Article], list[FactlintError]]:
    """Every article under ``args`` once, ordered by path; an input that names nothing is an
    error. A pattern (``'archive/**/*.md'``, quoted so that the shell does not expand it) is
    expanded here: a million names do not fit on a command line."""
    found: dict[str, Article] = {}
    errors: list[FactlintError] = []
    for arg in args:
        if arg == "-":
            errors.append(FactlintError(_("an archive is read from files, not from stdin"), arg))
            continue
        paths = [arg]
        if _GLOB & set(arg) and not Path(arg).exists():
            paths = [p for p in sorted(glob.glob(arg, recursive=True)) if Path(p).is_dir() or _article_name(p)]
            if not paths:
                errors.append(FactlintError(_("no article matches this pattern"), arg))
                continue
        for target in collect(paths):
            if isinstance(target, FactlintError):
                errors.append(target)
            elif target.path is not None:
                found.setdefault(target.display, Article(target.display, str(target.path.absolute())))
    return [found[display] for display in sorted(found)], errors


def _article_name(path: str) -> bool:
    name = Path(path).name
    return name.lower().endswith(EXTENSIONS) and not name.startswith(".")


# A partition is one task on the cluster: big enough that scheduling it costs little beside
# linting it, small enough that every worker gets several (a slow one is not left holding
# the end of the run) and that a retry repeats little.
MAX_PARTITION = 500
PARTITIONS_PER_SLOT = 4


def partition_size(articles: int, slots: int) -> int:
    return max(1, min(MAX_PARTITION, -(-articles // (max(1, slots) * PARTITIONS_PER_SLOT))))


def partitions(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)]
