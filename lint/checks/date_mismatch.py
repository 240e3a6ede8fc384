"""date-mismatch: a weekday that does not fall on its date, or a date that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule
from lint.findings import Finding
from lint.i18n import N_, _


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    names = _weekday_names(ctx)
    for mention in ctx.analysis.dates:
        if mention.problem:
            yield ctx.finding(
                rule,
                kind,
                mention.start,
                mention.end,
                {"read": mention.text, "problem": mention.problem, "expected": _("a date that exists")},
            )
            continue
        date = mention.date
        if mention.weekday is None or date is None or date.day is None:
            continue
        actual = date.earliest().weekday()
        if actual == mention.weekday:
            continue
        right = names.get(actual, str(actual))
        if mention.weekday_text.isupper():
            right = right.upper()
        problem = _("{date} is a {weekday}, not a {written}").format(
            date=date.iso(), weekday=right, written=mention.weekday_text
        )
        if mention.relative:
            problem += _(" (year {year} taken from the draft's date)").format(year=date.year)
        # the weekday opens the mention ("Rabu (18/6)") or closes it ("18 Juni 2025 (Rabu)")
        text = mention.text
        start = mention.start + (0 if text.startswith(mention.weekday_text) else text.rfind(mention.weekday_text))
        yield ctx.finding(
            rule,
            kind,
            start,
            start + len(mention.weekday_text),
            {"read": mention.text, "problem": problem, "expected": right},
            expected=right,
        )


def _weekday_names(ctx: Context) -> dict[int, str]:
    names: dict[int, str] = {}
    for word, number in ctx.lexicon.weekdays.items():
        names.setdefault(number, word.capitalize())
    return names


KIND = Kind(
    "date-mismatch",
    check,
    "error",
    N_("{read}: {problem}"),
    ("read", "problem", "expected"),
    "a weekday beside a date it does not fall on; a date that does not exist",
)
