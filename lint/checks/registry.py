"""Every check kind, in report order. Adding a kind is a module in lint/checks/ with a ``check``
function and a ``KIND``, and a line here; the report schema's kind list, --fix, explain and the
docs' table of kinds are made from this registry (tests hold them equal to it)."""

from __future__ import annotations

from lint.checks import (
    contradiction,
    date_mismatch,
    inconsistent,
    misattribution,
    outdated,
    spelling,
    unattributed,
    undated,
    unverified,
)
from lint.checks.base import Kind

KINDS: dict[str, Kind] = {
    module.KIND.name: module.KIND
    for module in (
        contradiction,
        misattribution,
        unverified,
        unattributed,
        inconsistent,
        date_mismatch,
        spelling,
        outdated,
        undated,
    )
}
KIND_NAMES = tuple(KINDS)  # the report's vocabulary, in the order the report counts them
FIXABLE = frozenset(name for name, kind in KINDS.items() if kind.fixable)
ABOUT_FACTS = tuple(name for name, kind in KINDS.items() if kind.about_facts)
