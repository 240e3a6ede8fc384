"""``factlint explain``: how a fact is known, or how a line of a draft was read and matched."""

from __future__ import annotations

from lint.checks.base import Context
from lint.checks.registry import ABOUT_FACTS
from lint.errors import FactlintError
from lint.facts.factbase import dates_compatible
from lint.facts.listing import fact_lines
from lint.reading.claims import Analysis
from lint.run.project import Project


def explain_fact(project: Project, fact_id: str) -> str:
    entry = project.factbase.facts.get(fact_id)
    if entry is None:
        raise FactlintError(f"no such fact '{fact_id}' (known: {', '.join(sorted(project.factbase.facts))})")
    lines = fact_lines(project, entry)
    rules = [r for r in project.rules if r.kind in ABOUT_FACTS and r.applies_to(fact_id)]
    lines.append("checked by:")
    lines.extend(f"  {r.id} ({r.kind}, {r.severity}) {r.path}:{r.line}" for r in rules)
    if not rules:
        lines.append("  (no rule)")
    return "\n".join(lines) + "\n"


def explain_line(project: Project, analysis: Analysis, line: int) -> str:
    doc = analysis.document
    if not 1 <= line <= doc.line_count:
        raise FactlintError(f"line {line} is outside the file (it has {doc.line_count} lines)", doc.path)
    ctx = Context.of(analysis, project)
    sources = project.story.sources
    out = [f"{doc.path}:{line}: {doc.line_text(line).strip()}", f"  draft date: {doc.date.iso() if doc.date else '-'}"]
    found = False
    for matched_claim in ctx.matches.figures:
        claim = matched_claim.claim
        if doc.position(claim.figure.start)[0] != line:
            continue
        found = True
        f = claim.figure
        a = claim.attribution
        if a is not None and a.identified:
            who = sources[a.source].name if a.source in sources else f"{a.name} (not a known source)"
            cue = f" by '{a.cue}'"
        else:
            who, cue = "none", (" ('dilaporkan'-style passive names nobody)" if claim.hedged else "")
        via = f" via {sources[claim.via.source].name}" if claim.via and claim.via.source in sources else ""
        out.append(
            f"  figure '{f.text}': value {'' if f.low is None else f'{f.low:g} to '}{f.value:g}, "
            f"qualifier {f.bound}{' (' + f.qualifier + ')' if f.qualifier else ''}"
        )
        out.append(
            f"    counts: {claim.noun or '-'}{' (' + claim.noun_text + ')' if claim.noun_text else ''}; event: {claim.event or '-'}; owner: {claim.owner or '-'}"
        )
        out.append(f"    source: {who}{via}{cue}")
        out.append(
            f"    own date: {claim.own_date.text if claim.own_date else '-'}; total: {'yes' if claim.total else 'no'}"
        )
        if not matched_claim.facts:
            out.append("    about: no known fact")
        agreeing = {fm.fact: fm.agreeing.records for fm in matched_claim.matched}
        for fact in matched_claim.facts:
            matched = agreeing.get(fact, ())
            out.append(f"    about: {fact}")
            if matched:
                for r in matched:
                    agrees = (
                        a is None
                        or not a.identified
                        or a.source is None
                        or project.story.credited_ok(a.source, r.source, r.via)
                    )
                    note = "" if agrees else " (but credited to another source)"
                    out.append(f"      matches {ctx.cite(r)}{note}")
            else:
                out.append("      matches no record")
    for mention in analysis.dates:
        if doc.position(mention.start)[0] != line:
            continue
        found = True
        value = mention.date.iso() if mention.date else f"none ({mention.problem or 'unresolved'})"
        extras = [
            x
            for x in (
                f"weekday {mention.weekday_text}" if mention.weekday_text else "",
                "relative" if mention.relative else "",
                "since" if mention.since else "",
            )
            if x
        ]
        out.append(f"  date '{mention.text}': {value}{' [' + ', '.join(extras) + ']' if extras else ''}")
        for dclaim in analysis.date_claims:
            if dclaim.mention is mention:
                entry = project.factbase.facts.get(dclaim.fact)
                canonical = entry.canonical if entry else None
                agrees = (
                    entry is not None
                    and mention.date is not None
                    and any(dates_compatible(r.date_value, mention.date) for r in entry.accepted)
                )
                out.append(f"    about: {dclaim.fact} (fact base: {canonical}; {'agrees' if agrees else 'disagrees'})")
    for person in analysis.people:
        if doc.position(person.start)[0] != line:
            continue
        found = True
        name = project.story.people[person.person].name
        spelling = "canonical" if person.canonical else f"non-canonical for '{name}'"
        title = f"; title '{person.title}'" if person.title else ""
        out.append(f"  person '{person.text}': {person.person} ({spelling}){title}")
    if not found:
        out.append("  nothing on this line is a figure, date or known person")
    return "\n".join(out) + "\n"
