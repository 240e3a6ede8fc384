"""undated: a draft with no date of its own, read as of a date assumed for it."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Context, Kind, Rule
from lint.findings import Finding
from lint.i18n import N_, _

# How each assumed date was come by, for the message.
_ASSUMED = {
    "today": N_("it was read as of today, {date}"),
    "git": N_("it was read as of {date}, the date of its last commit"),
    "mtime": N_("it was read as of {date}, when the file was last changed"),
}


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    dated = ctx.dated
    if dated is None or not dated.assumed or dated.date is None or not _dated_by_it(ctx):
        return
    start, end = _first_line(ctx)
    yield ctx.finding(
        rule,
        kind,
        start,
        end,
        {"date": dated.date.iso(), "assumed": _(_ASSUMED[dated.origin]).format(date=dated.date.iso())},
        expected=None,
    )


def _dated_by_it(ctx: Context) -> bool:
    """Is anything in the draft read as of its date: a figure (judged against the records of
    that day), a date (a weekday, "tahun lalu"), a person's title (the office's holder then)?
    A draft of none of these reads the same on any date, and is not told of it."""
    analysis = ctx.analysis
    return (
        bool(analysis.dates)
        or any(c.noun is not None for c in analysis.figures)  # a bare number counts nothing to judge
        or any(p.title for p in analysis.people)
    )


def _first_line(ctx: Context) -> tuple[int, int]:
    """Where the finding stands: the front matter's opening line, or the draft's first line
    that has text (its headline, usually)."""
    doc = ctx.analysis.document
    text = doc.text
    at = 0 if doc.body_start else len(text) - len(text.lstrip())
    end = len(text)
    for stop in ("\n", "\r"):
        found = text.find(stop, at)
        if found != -1:
            end = min(end, found)
    return at, max(at, len(text[at:end].rstrip()) + at)


KIND = Kind(
    "undated",
    check,
    "warning",
    N_(
        "the draft has no date of its own: {assumed}. Weekdays, relative dates ('tahun lalu') and every "
        "verdict depend on it: give the draft a 'date:' in its front matter, or lint it with --date"
    ),
    ("assumed", "date"),
    "a draft with no date of its own (no `date:` in its front matter, no `--date`), read as of a date "
    "assumed for it: today, or what the config's `date-from` finds",
)
