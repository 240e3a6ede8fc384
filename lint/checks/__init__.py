"""The check kinds a rule can name with ``kind:``; one module each."""

from __future__ import annotations

from lint.checks import contradiction, date_mismatch, inconsistent, misattribution, outdated, spelling, unattributed
from lint.checks.base import Context, Kind

CHECKS: dict[str, Kind] = {
    "contradiction": Kind(
        "contradiction",
        contradiction.check,
        "error",
        "{read} contradicts the fact base on {about}: {expected}",
        ("read", "about", "expected", "fact"),
        ("titles", "min_ratio"),
    ),
    "misattribution": Kind(
        "misattribution",
        misattribution.check,
        "error",
        "{read} is credited to {credited}, but the fact base has it from {source}: {expected}",
        ("read", "credited", "source", "expected", "about", "fact"),
    ),
    "unattributed": Kind(
        "unattributed",
        unattributed.check,
        "warning",
        "{read} has no attribution in its sentence: {why}",
        ("read", "why", "fact"),
        ("nouns", "headlines"),
    ),
    "inconsistent": Kind(
        "inconsistent",
        inconsistent.check,
        "error",
        "{read} disagrees with the draft itself: {expected}",
        ("read", "earlier", "earlier_line", "source", "expected"),
    ),
    "date-mismatch": Kind(
        "date-mismatch",
        date_mismatch.check,
        "error",
        "{read}: {problem}",
        ("read", "problem", "expected"),
    ),
    "spelling": Kind(
        "spelling",
        spelling.check,
        "warning",
        "'{read}' is not the canonical spelling; write '{expected}'",
        ("read", "expected"),
        ("replace", "timeout"),
    ),
    "outdated": Kind(
        "outdated",
        outdated.check,
        "info",
        "{read} was current as of {as_of}; as of {draft_date} the fact base has newer figures: {expected}",
        ("read", "as_of", "draft_date", "expected", "fact"),
        ("same_lineage",),
    ),
}

__all__ = ["CHECKS", "Context", "Kind"]
