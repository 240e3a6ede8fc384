"""``factlint facts``: the fact base as an editor reads it."""

from __future__ import annotations

import json

from lint.errors import FactlintError
from lint.facts.factbase import FactEntry
from lint.facts.index import seed_passage
from lint.i18n import _
from lint.run.project import Project


def _known(project: Project, fact_ids: list[str]) -> None:
    for fid in fact_ids:
        if fid not in project.factbase.facts:
            known = ", ".join(sorted(project.factbase.facts))
            raise FactlintError(_("no such fact '{fact}' (known: {known})").format(fact=fid, known=known))


def render_timeline(project: Project, fact_ids: list[str], fmt: str) -> str:
    """``factlint facts --timeline``: each fact's records in the order they were said
    (every fact's, when none is named)."""
    from lint.facts.timeline import fact_timeline, timeline_dict, timeline_lines

    _known(project, fact_ids)
    timelines = [fact_timeline(project.story, project.factbase, f) for f in fact_ids or sorted(project.factbase.facts)]
    if fmt == "json":
        return json.dumps({"timelines": [timeline_dict(t) for t in timelines]}, ensure_ascii=False, indent=2) + "\n"
    return "\n".join(line for t in timelines for line in timeline_lines(t)) + "\n"


def render_facts(project: Project, fact_ids: list[str], fmt: str) -> str:
    base = project.factbase
    _known(project, fact_ids)
    chosen = [base.facts[f] for f in (fact_ids or sorted(base.facts))]
    if fmt == "json":
        data = json.loads(base.to_json())
        wanted = {f.id for f in chosen}
        data["facts"] = [f for f in data["facts"] if f["id"] in wanted]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    out: list[str] = []
    for entry in chosen:
        out.extend(fact_lines(project, entry))
    if not fact_ids:
        out.append(_("people:"))
        for person in sorted(base.people.values(), key=lambda p: p.name):
            titles = " / ".join(t.title for t in person.titles) or "-"
            where = seed_passage(project.story, person.evidence.seed, person.evidence.line) if person.evidence else "-"
            out.append(f"  {person.name}  [{titles}]  {where}")
    return "\n".join(out) + "\n"


def _single_valued(fact_type: str) -> str:
    """'single-valued figure', 'single-valued date' (facts.yaml's two types), in the run's language."""
    return _("single-valued date") if fact_type == "date" else _("single-valued figure")


def fact_lines(project: Project, entry: FactEntry) -> list[str]:
    sources = project.story.sources
    kind = _("multi-source figure") if entry.multi_source else _single_valued(entry.type)
    fact = project.story.facts.get(entry.id)
    lines = [f"{entry.id}: {fact.described() if fact is not None else entry.about} ({kind})"]
    if entry.canonical is not None:
        lines.append("  " + _("canonical: {value}").format(value=entry.canonical))
    if entry.conflict:
        conflict = _("conflict among seeds: {values}; resolved to {resolution}: {why}")
        values = ", ".join(entry.conflict.values)
        lines.append(
            "  " + conflict.format(values=values, resolution=entry.conflict.resolution, why=entry.conflict.why)
        )
    if not entry.records:
        lines.append("  " + _("(no evidence in the seeds)"))
    for r in entry.records:
        who = sources[r.source].shown() if r.source in sources else (r.source_name or _("unattributed"))
        if r.via:
            relay = sources[r.via].shown() if r.via in sources else r.via
            who = _("{source} via {relay}").format(source=who, relay=relay)
        status = "" if r.status == "accepted" else f" [{r.status}]"
        lines.append(f"  - {r.display}  | {who} | " + _("as of {date}").format(date=r.as_of) + status)
        lines.append(f'      {seed_passage(project.story, r.evidence.seed, r.evidence.line)}: "{r.evidence.quote}"')
    lines.append("")
    return lines
