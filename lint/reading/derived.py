"""What is made from a project's language and story (patterns, word tables), made once per
process and kept with the loaded project in the project cache.

Building the scan's word index and the date, figure and claim patterns costs a one-file run
(the pre-commit hook) more than linting the file. A project loaded afresh makes them all at
once (``lint.reading.claims.prepare``) and the project cache pickles them with it; a project loaded
from the cache puts them back, so they are not made again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

# (function, its arguments) -> what it made. The arguments are a language's Lexicon and a
# Story, compared by identity, and a process loads only a few.
_MADE: dict[tuple[str, tuple[object, ...]], object] = {}
_MISSING = object()


def made_from(fn: Callable[P, T]) -> Callable[P, T]:
    """Cache ``fn``'s result by its arguments, where ``kept`` can find it."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def made(*args: P.args, **kwargs: P.kwargs) -> T:
        key = (name, args)
        found = _MADE.get(key, _MISSING)
        if found is _MISSING:
            found = _MADE[key] = fn(*args, **kwargs)
        return found  # type: ignore[return-value]

    return made


Kept = dict[tuple[str, tuple[str, ...]], Any]


def kept(**sources: object) -> Kept:
    """What was made from exactly these objects (and nothing else), by the role each played:
    ``kept(lexicon=..., story=...)``."""
    roles = {id(value): role for role, value in sources.items()}
    return {
        (name, tuple(roles[id(a)] for a in args)): value
        for (name, args), value in _MADE.items()
        if args and all(id(a) in roles for a in args)
    }


def restore(made: Kept, **sources: object) -> None:
    """Put back what ``kept`` returned, for the objects now playing those roles."""
    for (name, roles), value in made.items():
        if all(role in sources for role in roles):
            _MADE.setdefault((name, tuple(sources[role] for role in roles)), value)
