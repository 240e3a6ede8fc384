"""What changed between two fact bases: records, settled values, people and titles, per fact."""

from __future__ import annotations

from typing import Any, NamedTuple

from lint.facts.factbase import FactBase, FactEntry, PersonEntry, Record, plain
from lint.i18n import N_, _

# Among a fact's fields that changed: its records are the same, in another order.
RECORD_ORDER = N_("record order")


def record_key(r: Record) -> tuple[str | None, ...]:
    """What a record is, for pairing the records of two builds: the same claim in the same
    seed sentence. What else differs between a pair (the line it is on, whether a
    resolution accepts it, its as-of date) is the record's change."""
    return (r.value, r.bound, r.source, r.evidence.seed, r.evidence.quote)


class RecordChange(NamedTuple):
    old: Record
    new: Record
    fields: tuple[str, ...]  # the record's fields that differ ("status", "evidence", ...)


class FactChange(NamedTuple):
    fact: str
    status: str  # added | removed | changed
    added: tuple[Record, ...]
    removed: tuple[Record, ...]
    changed: tuple[RecordChange, ...]
    settled: tuple[str | None, str | None] | None  # the canonical value, before and after, if it changed
    fields: tuple[str, ...]  # the entry's other fields that differ (about, type, conflict, record order)


class PersonChange(NamedTuple):
    person: str
    status: str  # added | removed | changed
    name: tuple[str, str] | None  # before and after, if the canonical name changed
    titles_added: tuple[str, ...]
    titles_removed: tuple[str, ...]
    evidence: bool  # where the name or a kept title is attested moved


class FactBaseDiff(NamedTuple):
    facts: tuple[FactChange, ...]  # by fact id; unchanged facts are left out
    people: tuple[PersonChange, ...]  # by person id; unchanged people are left out
    inputs: tuple[str, ...]  # the files the fact base is built from whose contents differ
    story: tuple[str, str] | None  # the story's name, before and after, if it changed

    @property
    def changed_facts(self) -> frozenset[str]:
        return frozenset(f.fact for f in self.facts)

    @property
    def changed_people(self) -> frozenset[str]:
        return frozenset(p.person for p in self.people)

    @property
    def changed_titles(self) -> frozenset[str]:
        """Titles someone gained or lost: who else holds a title is part of checking it."""
        return frozenset(t for p in self.people for t in (*p.titles_added, *p.titles_removed))

    @property
    def empty(self) -> bool:
        return not (self.facts or self.people or self.story)


def diff_factbases(old: FactBase, new: FactBase) -> FactBaseDiff:
    """Every fact and person whose entry differs between ``old`` and ``new`` (an entry that
    compares equal is left out; one that does not is always in), and what differs in it."""
    facts = tuple(
        _fact_change(fid, old.facts.get(fid), new.facts.get(fid))
        for fid in sorted(old.facts.keys() | new.facts.keys())
        if old.facts.get(fid) != new.facts.get(fid)
    )
    people = tuple(
        _person_change(pid, old.people.get(pid), new.people.get(pid))
        for pid in sorted(old.people.keys() | new.people.keys())
        if old.people.get(pid) != new.people.get(pid)
    )
    inputs = tuple(sorted(k for k in old.inputs.keys() | new.inputs.keys() if old.inputs.get(k) != new.inputs.get(k)))
    story = (old.story, new.story) if old.story != new.story else None
    return FactBaseDiff(facts, people, inputs, story)


def _fact_change(fid: str, old: FactEntry | None, new: FactEntry | None) -> FactChange:
    before = old.records if old else ()
    after = new.records if new else ()
    unpaired: dict[tuple[str | None, ...], list[Record]] = {}
    for r in before:
        unpaired.setdefault(record_key(r), []).append(r)
    added: list[Record] = []
    changed: list[RecordChange] = []
    for r in after:
        same = unpaired.get(record_key(r))
        if not same:
            added.append(r)
            continue
        was = same.pop(0)
        if was != r:
            changed.append(RecordChange(was, r, tuple(k for k in Record._fields if getattr(was, k) != getattr(r, k))))
    left = {id(r) for rs in unpaired.values() for r in rs}
    removed = tuple(r for r in before if id(r) in left)
    status = "added" if old is None else "removed" if new is None else "changed"
    settled = None
    fields: tuple[str, ...] = ()
    if old is not None and new is not None:
        if old.canonical != new.canonical:
            settled = (old.canonical, new.canonical)
        fields = tuple(k for k in ("about", "type", "multi_source", "conflict") if getattr(old, k) != getattr(new, k))
        if not (added or removed or changed) and before != after:
            fields += (RECORD_ORDER,)
    return FactChange(fid, status, tuple(added), removed, tuple(changed), settled, fields)


def _person_change(pid: str, old: PersonEntry | None, new: PersonEntry | None) -> PersonChange:
    before = {t.title: t for t in old.titles} if old else {}
    after = {t.title: t for t in new.titles} if new else {}
    status = "added" if old is None else "removed" if new is None else "changed"
    name = (old.name, new.name) if old and new and old.name != new.name else None
    moved = old is not None and new is not None and old.evidence != new.evidence
    moved = moved or any(before[t] != after[t] for t in before.keys() & after.keys())
    return PersonChange(
        pid,
        status,
        name,
        tuple(sorted(after.keys() - before.keys())),
        tuple(sorted(before.keys() - after.keys())),
        moved,
    )


def diff_dict(diff: FactBaseDiff) -> dict[str, Any]:
    """The diff as JSON-ready dicts and lists."""
    return {
        "story": list(diff.story) if diff.story else None,
        "inputs": list(diff.inputs),
        "facts": [
            {
                "fact": f.fact,
                "status": f.status,
                "added": [plain(r) for r in f.added],
                "removed": [plain(r) for r in f.removed],
                "changed": [{"old": plain(c.old), "new": plain(c.new), "fields": list(c.fields)} for c in f.changed],
                "settled": list(f.settled) if f.settled else None,
                "fields": list(f.fields),
            }
            for f in diff.facts
        ],
        "people": [
            {
                "person": p.person,
                "status": p.status,
                "name": list(p.name) if p.name else None,
                "titles_added": list(p.titles_added),
                "titles_removed": list(p.titles_removed),
                "evidence": p.evidence,
            }
            for p in diff.people
        ],
    }


def diff_lines(diff: FactBaseDiff) -> list[str]:
    """The diff for a person to read, one line per change, in the run's language (the ids, the
    fields' names and the values as they are)."""
    lines: list[str] = []
    if diff.story:
        lines.append(_("story: {old} -> {new}").format(old=diff.story[0], new=diff.story[1]))
    for f in diff.facts:
        if f.status != "changed":
            status = _("{fact}: fact added") if f.status == "added" else _("{fact}: fact removed")
            lines.append(status.format(fact=f.fact))
            continue
        for r in f.added:
            lines.append(f"{f.fact}: + {_record(r)}")
        for r in f.removed:
            lines.append(f"{f.fact}: - {_record(r)}")
        for c in f.changed:
            changed = _("{fact}: ~ {record} ({fields} changed)")
            lines.append(changed.format(fact=f.fact, record=_record(c.new), fields=_fields(c.fields)))
        if f.settled:
            settled = _("{fact}: settled value {old} -> {new}")
            lines.append(settled.format(fact=f.fact, old=f.settled[0], new=f.settled[1]))
        if f.fields:
            lines.append(_("{fact}: {fields} changed").format(fact=f.fact, fields=_fields(f.fields)))
    for p in diff.people:
        who = f"person:{p.person}"
        if p.status != "changed":
            lines.append((_("{person}: added") if p.status == "added" else _("{person}: removed")).format(person=who))
            continue
        if p.name:
            lines.append(_("{person}: name {old} -> {new}").format(person=who, old=p.name[0], new=p.name[1]))
        lines.extend(_("{person}: + title {title}").format(person=who, title=t) for t in p.titles_added)
        lines.extend(_("{person}: - title {title}").format(person=who, title=t) for t in p.titles_removed)
        if p.evidence:
            lines.append(_("{person}: evidence moved").format(person=who))
    return lines


def _fields(fields: tuple[str, ...]) -> str:
    """The names of the fields that changed, as the JSON names them; "record order" is words."""
    return ", ".join(_(RECORD_ORDER) if k == RECORD_ORDER else k for k in fields)


def _record(r: Record) -> str:
    who = f", {r.source}" if r.source else ""
    return f"{r.display!r} = {r.value} ({r.bound}{who}, {r.status}; {r.evidence.seed}:{r.evidence.line})"
