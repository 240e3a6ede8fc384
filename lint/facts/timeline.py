"""A fact's records in the order they were said: who said what, when, and where it was published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from lint.facts.factbase import FactBase, FactEntry, Record
from lint.facts.index import seed_passage, source_label
from lint.facts.story import Story
from lint.findings import EvidenceRef
from lint.i18n import _
from lint.reading.document import PartialDate


class TimelineEntry(NamedTuple):
    record: Record
    source: str  # as an editor names it (in the messages' language): the source's name, or "unattributed"
    via: str | None  # the relay it came through
    outlet: str | None  # the seed's publisher, from seeds.yaml
    published: str | None  # the seed's publication date
    url: str | None
    newer: Record | None  # a later record from the same body (or one it speaks for) with another figure
    newer_in: str | None = None  # where the newer record was published: 'TVRINews, 2025-06-19 (file:line)'


class Timeline(NamedTuple):
    entry: FactEntry
    entries: tuple[TimelineEntry, ...]  # as of, then publication, then place in the seed
    about: str = ""  # what the fact is, in the messages' language when the timeline was made


def _span(iso: str | None) -> tuple[dt.date, dt.date] | None:
    if not iso:
        return None
    parsed = PartialDate.parse(iso) if "-" in iso else PartialDate(int(iso)) if iso.isdigit() else None
    return (parsed.earliest(), parsed.latest()) if parsed is not None else None


_NEVER = (dt.date.max, dt.date.max)


def _when(iso: str | None) -> tuple[dt.date, dt.date]:
    """A date to order by: its first day, then its last (a month before a day in it); none last."""
    try:
        return _span(iso) or _NEVER
    except ValueError:  # no such date: ordered last, never a crash in a report
        return _NEVER


def by_date(evidence: Iterable[EvidenceRef]) -> tuple[EvidenceRef, ...]:
    """Evidence in the order it was said: by the date each record speaks for, then by when its
    seed was published; evidence with neither (a name's spelling) keeps its place after the rest."""
    return tuple(sorted(evidence, key=lambda e: (_when(e.date), _when(e.published))))


def supersedes(story: Story, newer: Record, older: Record) -> bool:
    """Does ``newer`` replace ``older``, as ``outdated`` judges it: a later record with another
    figure from the same body, or from a body one of them speaks for (the joint assessment's
    15.000 after NIS's 10.000)? Only the estimates of a multi-source figure move this way;
    unattributed records replace nothing."""
    if newer.source is None or older.source is None or newer.value == older.value:
        return False
    fact = story.facts.get(newer.fact)
    if fact is None or fact.type != "figure" or not fact.multi_source:
        return False
    new_span, old_span = _when(newer.as_of), _when(older.as_of)
    if new_span == _NEVER or old_span == _NEVER or new_span[0] <= old_span[1]:
        return False
    return bool(story.lineage(newer.source) & story.lineage(older.source))


def measure(story: Story, fact: str) -> set[str]:
    """A fact and the facts counting nearly the same thing, which writers use for each other."""
    own = story.facts.get(fact)
    return {fact, *(own.related if own else ())}


def fact_timeline(story: Story, base: FactBase, fact: str) -> Timeline:
    """The records of ``fact`` in date order, each with its seed's outlet and date, and the
    newer record (of the fact or a related one) that replaces it, if any."""
    entry = base.facts[fact]
    candidates = [r for f in sorted(measure(story, fact)) if f in base.facts for r in base.facts[f].accepted]
    entries = []
    for record in entry.records:
        seed = story.seed_meta(record.evidence.seed)
        later = [r for r in candidates if r.status == "accepted" and supersedes(story, r, record)]
        newer = min(later, key=lambda r: (_when(r.as_of), r.evidence.seed, r.evidence.line)) if later else None
        entries.append(
            TimelineEntry(
                record,
                source_label(story, record.source, record.source_name) if record.source else "unattributed",
                source_label(story, record.via) if record.via else None,
                (seed.outlet or None) if seed else None,
                seed.published.iso() if seed else None,
                seed.url if seed else None,
                newer,
                seed_passage(story, newer.evidence.seed, newer.evidence.line) if newer else None,
            )
        )
    entries.sort(
        key=lambda t: (
            _when(t.record.as_of),
            _when(t.published),
            t.record.evidence.seed,
            t.record.evidence.line,
            t.record.evidence.column,
        )
    )
    own = story.facts.get(fact)
    return Timeline(entry, tuple(entries), own.described() if own is not None else entry.about)


def timeline_dict(timeline: Timeline) -> dict[str, Any]:
    """A timeline as JSON-ready dicts and lists (``factlint facts --timeline --format json``,
    ``GET /facts/{id}/timeline``)."""
    entry = timeline.entry
    return {
        "fact": entry.id,
        "about": timeline.about or entry.about,
        "type": entry.type,
        "multi_source": entry.multi_source,
        "canonical": entry.canonical,
        "entries": [
            {
                "as_of": t.record.as_of,
                "value": t.record.value,
                "display": t.record.display,
                "bound": t.record.bound,
                "source": t.source,
                "via": t.via,
                "status": t.record.status,
                "seed": t.record.evidence.seed,
                "line": t.record.evidence.line,
                "quote": t.record.evidence.quote,
                "outlet": t.outlet,
                "published": t.published,
                "url": t.url,
                "newer": {
                    "as_of": t.newer.as_of,
                    "display": t.newer.display,
                    "seed": t.newer.evidence.seed,
                    "line": t.newer.evidence.line,
                }
                if t.newer
                else None,
            }
            for t in timeline.entries
        ],
    }


def timeline_lines(timeline: Timeline) -> list[str]:
    """A timeline for a person to read: one entry per record, oldest first, with its quote."""
    entry = timeline.entry
    if entry.multi_source:
        kind = _("multi-source figure")
    else:  # facts.yaml's two types
        kind = _("single-valued date") if entry.type == "date" else _("single-valued figure")
    lines = [f"{entry.id}: {timeline.about or entry.about} ({kind})"]
    if entry.canonical is not None:
        lines.append("  " + _("settled: {value}").format(value=entry.canonical))
    if not timeline.entries:
        lines.append("  " + _("(no evidence in the seeds)"))
    for t in timeline.entries:
        r = t.record
        who = t.source if r.source else _("unattributed")  # (the JSON keeps the word, as data)
        if t.via:
            who = _("{source} via {relay}").format(source=who, relay=t.via)
        status = "" if r.status == "accepted" else f"  [{r.status}]"
        lines.append(f"  {r.as_of:<10}  {r.display}  ({r.value}, {r.bound})  {who}{status}")
        where = ", ".join(x for x in (t.outlet, t.published) if x) or "-"
        lines.append("      " + _("published: {where}").format(where=where) + ("  " + t.url if t.url else ""))
        lines.append(f'      {r.evidence.seed}:{r.evidence.line}: "{r.evidence.quote}"')
        if t.newer is not None:
            replaced = _("replaced as of {date} by {figure}, in {where}")
            lines.append("      " + replaced.format(date=t.newer.as_of, figure=t.newer.display, where=t.newer_in))
    lines.append("")
    return lines
