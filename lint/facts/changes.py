"""What a change to the story does to its fact base, for the newsroom that makes it: records
added, figures now replaced, conflicts with single-valued facts, figures that match no fact."""

from __future__ import annotations

from typing import Any, NamedTuple

from lint.facts.build import SeedConflict, build_factbase, read_seed
from lint.facts.diff import FactBaseDiff, diff_dict, diff_factbases, diff_lines, record_key
from lint.facts.factbase import FactBase, Record, plain
from lint.facts.index import by_noun, seed_passage, source_label
from lint.facts.matching import below_scale, facts_about
from lint.facts.story import FactDef, Resolution, Story
from lint.facts.timeline import measure, supersedes
from lint.i18n import _
from lint.reading.claims import FigureClaim
from lint.reading.language import load_lexicon
from lint.reading.reader import Reader


class Replaced(NamedTuple):
    """A record a later one from the same body replaces: a draft giving ``old`` as current is
    now ``outdated``. One of the two is new to the story."""

    old: Record
    new: Record


class Conflict(NamedTuple):
    """New records that disagree with a single-valued fact."""

    fact: str
    about: str
    line: int  # the fact's line in facts.yaml
    values: tuple[str, ...]  # every value the seeds now give
    new: tuple[Record, ...]  # the records the change brings
    known: tuple[Record, ...]  # the fact's other records
    resolution: Resolution | None  # facts.yaml's settlement, when the fact has one
    refused: str | None  # why the build refuses the story; None when the resolution settles it


class Unmatched(NamedTuple):
    """A figure in a new seed that no fact is about: the newsroom may want a fact for it."""

    seed: str
    line: int
    column: int
    text: str  # the figure and what it counts, as written
    quote: str  # its sentence


class StoryChanges(NamedTuple):
    seeds: tuple[str, ...]  # seed files new to the story
    new: FactBase | None  # the fact base built from the story; None when the build refused it
    diff: FactBaseDiff | None
    replaced: tuple[Replaced, ...]
    conflicts: tuple[Conflict, ...]
    unmatched: tuple[Unmatched, ...]

    @property
    def refused(self) -> bool:
        return self.new is None

    @property
    def added(self) -> tuple[Record, ...]:
        return tuple(r for f in self.diff.facts for r in f.added) if self.diff else ()


def story_changes(old: FactBase, story: Story, reader: Reader | None = None) -> StoryChanges:
    """What building ``story`` changes from ``old``. A build the seeds' conflicts refuse is no
    error here: the changes say which facts disagree and what they need. Other build errors
    (a facts.yaml mistake) are raised."""
    reader = reader or Reader(load_lexicon(story.lang, story.lang_dirs), story)
    seeds = tuple(s.file for s in story.seeds if s.file not in old.inputs)
    unmatched = tuple(u for file in seeds for u in unmatched_figures(story, file, reader))
    try:
        new = build_factbase(story, reader)[0]
    except SeedConflict as refused:
        conflicts = tuple(_refused(story, old, c) for c in refused.every)
        return StoryChanges(seeds, None, None, (), conflicts, unmatched)
    diff = diff_factbases(old, new)
    return StoryChanges(seeds, new, diff, _replaced(story, new, diff), _settled(story, old, new, diff), unmatched)


def _is_new(old: FactBase, record: Record) -> bool:
    entry = old.facts.get(record.fact)
    return entry is None or all(record_key(r) != record_key(record) for r in entry.records)


def _refused(story: Story, old: FactBase, conflict: SeedConflict) -> Conflict:
    fact = story.facts[conflict.fact]
    new = tuple(r for r in conflict.records if _is_new(old, r))
    known = tuple(r for r in conflict.records if not _is_new(old, r))
    values = tuple(sorted({r.value for r in conflict.records}))
    return Conflict(fact.id, fact.about, fact.line, values, new, known, fact.resolution, conflict.message)


def _settled(story: Story, old: FactBase, new: FactBase, diff: FactBaseDiff) -> tuple[Conflict, ...]:
    """Single-valued facts the change makes disagree, that facts.yaml's resolution settles: a new
    record it rejects, or a conflict the fact did not have."""
    out = []
    for change in diff.facts:
        entry = new.facts.get(change.fact)
        fact = story.facts.get(change.fact)
        if entry is None or fact is None or entry.multi_source or entry.conflict is None:
            continue
        before = old.facts.get(change.fact)
        rejected = tuple(r for r in change.added if r.status == "rejected")
        if not rejected and before is not None and before.conflict == entry.conflict:
            continue
        known = tuple(r for r in entry.records if not _is_new(old, r))
        out.append(
            Conflict(
                fact.id,
                fact.about,
                fact.line,
                entry.conflict.values,
                tuple(r for r in entry.records if _is_new(old, r)),
                known,
                fact.resolution,
                None,
            )
        )
    return tuple(out)


def _replaced(story: Story, new: FactBase, diff: FactBaseDiff) -> tuple[Replaced, ...]:
    """Each record that a record of the change replaces, with the latest that does; and each new
    record that arrives already replaced, with the earliest that does."""
    added = {record_key(r) for f in diff.facts for r in f.added}
    out: dict[tuple[str | None, ...], Replaced] = {}
    for change in diff.facts:
        for record in change.added:
            if record.status != "accepted":
                continue
            others = [
                r
                for f in sorted(measure(story, record.fact))
                if f in new.facts
                for r in new.facts[f].accepted
                if record_key(r) not in added
            ]
            for other in others:
                if supersedes(story, record, other):
                    kept = out.get(record_key(other))
                    if kept is None or kept.new.as_of < record.as_of:
                        out[record_key(other)] = Replaced(other, record)
            later = [r for r in others if supersedes(story, r, record)]
            if later:
                out[record_key(record)] = Replaced(record, min(later, key=lambda r: r.as_of))
    return tuple(sorted(out.values(), key=lambda p: (p.old.fact, p.old.as_of, p.new.as_of)))


def unmatched_figures(story: Story, file: str, reader: Reader) -> list[Unmatched]:
    """The figures of a seed that no fact is about: a count of something the story has words
    for but no fact (troops withdrawn, another country's troops), or of something it has no
    words for at all. Shares, sums of money, a few soldiers in one incident, and a figure
    pointing back to one before it are left out: no fact counts them."""
    seed = story.seed_meta(file)
    if seed is None:
        return []
    analysis = read_seed(story, file, seed.published, reader)
    facts = by_noun(story)
    doc = analysis.document
    out = []
    for claim in analysis.figures:
        if facts_about(claim, facts) or not _a_count(claim, facts):
            continue
        line, column = doc.position(claim.figure.start)
        counted = claim.noun_text or _words_after(doc.text, claim.figure.end, claim.sentence.end)
        out.append(Unmatched(file, line, column, f"{claim.figure.text} {counted}".strip(), claim.sentence.text))
    return out


def _a_count(claim: FigureClaim, facts: dict[str, tuple[FactDef, ...]]) -> bool:
    return not (
        claim.figure.unit is not None
        or claim.anaphoric
        or claim.increment
        or claim.share
        or claim.also is not None
        or below_scale(claim, facts)
    )


def _words_after(text: str, start: int, end: int, count: int = 3) -> str:
    """The first few words after a figure: what it counts, when the story has no word for it."""
    words = text[start:end].split()[:count]
    return " ".join(words).rstrip(".,;:!?)\"'”")


# --- for people -----------------------------------------------------------------------------


def change_lines(story: Story, changes: StoryChanges) -> list[str]:
    """The changes for a person to read: new records with their quotes, what they replace, the
    conflicts and what each needs, the figures no fact is about, then every other change."""
    lines: list[str] = []
    added = [r for r in changes.added if r.status == "accepted"]
    if added:
        lines.append(_("new records:"))
        for r in added:
            lines.append(f"  {r.fact}: + {_said(story, r)}")
            lines.append(f'      {seed_passage(story, r.evidence.seed, r.evidence.line)}: "{r.evidence.quote}"')
    if changes.replaced:
        lines.append(_("replaced (a draft giving the older figure as current is now 'outdated'):"))
        for pair in changes.replaced:
            lines.append(f"  {pair.old.fact}: {_said(story, pair.old)}")
            lines.append("      " + _("by {record}").format(record=_said(story, pair.new)))
    if changes.conflicts:
        lines.append(_("conflicts with single-valued facts:"))
        for c in changes.conflicts:
            lines.extend(_conflict_lines(story, c))
    if changes.unmatched:
        lines.append(
            _("figures no fact is about (to check them, add a fact, or words for what they count, to facts.yaml):")
        )
        for u in changes.unmatched:
            lines.append(f"  {u.seed}:{u.line}:{u.column}: '{u.text}'")
            lines.append(f'      "{u.quote}"')
    if changes.diff is not None:
        rest = changes.diff._replace(facts=tuple(f._replace(added=()) for f in changes.diff.facts))
        other = diff_lines(rest)
        if other:
            lines.append(_("other changes:"))
            lines.extend(f"  {line}" for line in other)
    if not lines:
        lines.append(_("the fact base does not change"))
    return lines


def _said(story: Story, r: Record) -> str:
    who = source_label(story, r.source, r.source_name) if r.source else _("unattributed")
    if r.via:
        who = _("{source} via {relay}").format(source=who, relay=source_label(story, r.via))
    status = "" if r.status == "accepted" else f", {r.status}"
    where = seed_passage(story, r.evidence.seed, r.evidence.line)
    said = _("{display} = {value} ({bound}; {who}; as of {as_of}{status}; {where})")
    return said.format(
        display=r.display, value=r.value, bound=r.bound, who=who, as_of=r.as_of, status=status, where=where
    )


def _conflict_lines(story: Story, c: Conflict) -> list[str]:
    facts_file = story.facts_path.name
    head = _("{fact} ({where}): {about}; the seeds give {values}")
    values = ", ".join(c.values)
    fact = story.facts.get(c.fact)
    about = fact.described() if fact is not None else c.about  # in the language shown now
    lines = ["  " + head.format(fact=c.fact, where=f"{facts_file}:{c.line}", about=about, values=values)]
    for label, records in ((_("known: {record}"), c.known), (_("new: {record}"), c.new)):
        for r in records:
            lines.append("      " + label.format(record=_said(story, r)))
            lines.append(f'          "{r.evidence.quote}"')
    if c.refused is not None:
        refuses = _("the build refuses it: {reason}. In {file}, under the fact:")
        lines.append("      " + refuses.format(reason=c.refused, file=facts_file))
        if c.resolution is None:  # the keys to write, with what to write after them
            lines.append("          resolution:")
            lines.append('            value: "' + _("<the value the story settles on>") + '"')
            lines.append("            why: " + _("<which seeds say what, and why that value is right>"))
        else:
            needs = _('resolution: value "{value}" needs a seed that gives it')
            lines.append("          " + needs.format(value=c.resolution.value))
    elif c.resolution is not None:
        why = " ".join(c.resolution.why.split())
        why = why if len(why) <= 120 else why[:119] + "…"
        settled = _("settled by its resolution to {value} ({why});")
        lines.append("      " + settled.format(value=c.resolution.value, why=why))
        change = _("if the new article is right, change the resolution in {file}")
        lines.append("      " + change.format(file=facts_file))
    return lines


# --- for programs ---------------------------------------------------------------------------


def changes_dict(changes: StoryChanges) -> dict[str, Any]:
    """The changes as JSON-ready dicts and lists. The keys of ``diff_dict`` (``story``, ``inputs``,
    ``facts``, ``people``) are there too, empty when the build refused the story."""
    diff = diff_dict(changes.diff) if changes.diff else {"story": None, "inputs": [], "facts": [], "people": []}
    return {
        "seeds": list(changes.seeds),
        "refused": changes.refused,
        "added": [plain(r) for r in changes.added if r.status == "accepted"],
        "replaced": [{"old": plain(p.old), "new": plain(p.new)} for p in changes.replaced],
        "conflicts": [
            {
                "fact": c.fact,
                "about": c.about,
                "line": c.line,
                "values": list(c.values),
                "new": [plain(r) for r in c.new],
                "known": [plain(r) for r in c.known],
                "resolution": plain(c.resolution) if c.resolution else None,
                "refused": c.refused,
            }
            for c in changes.conflicts
        ],
        "unmatched": [plain(u) for u in changes.unmatched],
        **diff,
    }
