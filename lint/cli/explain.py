"""``factlint explain``: how a fact is known, or how a line of a draft was read and matched."""

from __future__ import annotations

from lint.checks.base import Context
from lint.checks.registry import ABOUT_FACTS
from lint.errors import FactlintError
from lint.facts.factbase import dates_compatible
from lint.facts.listing import fact_lines
from lint.i18n import _
from lint.reading.claims import Analysis
from lint.run.project import Project


def explain_fact(project: Project, fact_id: str) -> str:
    entry = project.factbase.facts.get(fact_id)
    if entry is None:
        known = ", ".join(sorted(project.factbase.facts))
        raise FactlintError(_("no such fact '{fact}' (known: {known})").format(fact=fact_id, known=known))
    lines = fact_lines(project, entry)
    rules = [r for r in project.rules if r.kind in ABOUT_FACTS and r.applies_to(fact_id)]
    lines.append(_("checked by:"))
    lines.extend(f"  {r.id} ({r.kind}, {r.severity}) {r.path}:{r.line}" for r in rules)
    if not rules:
        lines.append("  " + _("(no rule)"))
    return "\n".join(lines) + "\n"


def explain_line(project: Project, analysis: Analysis, line: int) -> str:
    doc = analysis.document
    if not 1 <= line <= doc.line_count:
        message = _("line {line} is outside the file (it has {count} lines)")
        raise FactlintError(message.format(line=line, count=doc.line_count), doc.path)
    ctx = Context.of(analysis, project)
    sources = project.story.sources
    draft_date = _("draft date: {date}").format(date=doc.date.iso() if doc.date else "-")
    out = [f"{doc.path}:{line}: {doc.line_text(line).strip()}", "  " + draft_date]
    found = False
    for matched_claim in ctx.matches.figures:
        claim = matched_claim.claim
        if doc.position(claim.figure.start)[0] != line:
            continue
        found = True
        f = claim.figure
        a = claim.attribution
        if a is not None and a.identified:
            who = (
                sources[a.source].shown()
                if a.source in sources
                else _("{name} (not a known source)").format(name=a.name)
            )
            cue = " " + _("by '{cue}'").format(cue=a.cue)
        else:
            passive = ctx.lexicon.agentless[0] if ctx.lexicon.agentless else ""
            hedged = " " + _("(a passive such as '{example}' names nobody)").format(example=passive)
            who, cue = _("none"), (hedged if claim.hedged else "")
        if claim.via and claim.via.source in sources:
            who = _("{source} via {relay}").format(source=who, relay=sources[claim.via.source].shown())
        value = f"{f.value:g}" if f.low is None else _("{low} to {high}").format(low=f"{f.low:g}", high=f"{f.value:g}")
        qualifier = f"{f.bound}{' (' + f.qualifier + ')' if f.qualifier else ''}"
        out.append(
            "  "
            + _("figure '{text}': value {value}, qualifier {qualifier}").format(
                text=f.text, value=value, qualifier=qualifier
            )
        )
        counts = f"{claim.noun or '-'}{' (' + claim.noun_text + ')' if claim.noun_text else ''}"
        out.append(
            "    "
            + _("counts: {counts}; event: {event}; owner: {owner}").format(
                counts=counts, event=claim.event or "-", owner=claim.owner or "-"
            )
        )
        out.append("    " + _("source: {source}").format(source=who + cue))
        own_date = claim.own_date.text if claim.own_date else "-"
        total = _("yes") if claim.total else _("no")
        out.append("    " + _("own date: {date}; total: {total}").format(date=own_date, total=total))
        if not matched_claim.facts:
            out.append("    " + _("about: no known fact"))
        agreeing = {fm.fact: fm.agreeing.records for fm in matched_claim.matched}
        for fact in matched_claim.facts:
            matched = agreeing.get(fact, ())
            out.append("    " + _("about: {fact}").format(fact=fact))
            if matched:
                for r in matched:
                    agrees = (
                        a is None
                        or not a.identified
                        or a.source is None
                        or project.story.credited_ok(a.source, r.source, r.via)
                    )
                    note = "" if agrees else " " + _("(but credited to another source)")
                    out.append("      " + _("matches {cite}").format(cite=ctx.cite(r)) + note)
            else:
                out.append("      " + _("matches no record"))
    for mention in analysis.dates:
        if doc.position(mention.start)[0] != line:
            continue
        found = True
        value = mention.date.iso() if mention.date else _("none ({why})").format(why=mention.problem or _("unresolved"))
        extras = [
            x
            for x in (
                _("weekday {weekday}").format(weekday=mention.weekday_text) if mention.weekday_text else "",
                _("relative") if mention.relative else "",
                _("since") if mention.since else "",
            )
            if x
        ]
        value += f" [{', '.join(extras)}]" if extras else ""
        out.append("  " + _("date '{text}': {value}").format(text=mention.text, value=value))
        for dclaim in analysis.date_claims:
            if dclaim.mention is mention:
                entry = project.factbase.facts.get(dclaim.fact)
                canonical = entry.canonical if entry else None
                agrees = (
                    entry is not None
                    and mention.date is not None
                    and any(dates_compatible(r.date_value, mention.date) for r in entry.accepted)
                )
                verdict = _("agrees") if agrees else _("disagrees")
                about = _("about: {fact} (fact base: {value}; {verdict})")
                out.append("    " + about.format(fact=dclaim.fact, value=canonical, verdict=verdict))
    for person in analysis.people:
        if doc.position(person.start)[0] != line:
            continue
        found = True
        name = project.story.people[person.person].name
        spelling = _("canonical") if person.canonical else _("non-canonical for '{name}'").format(name=name)
        title = "; " + _("title '{title}'").format(title=person.title) if person.title else ""
        said = _("person '{text}': {id} ({spelling})").format(text=person.text, id=person.person, spelling=spelling)
        out.append("  " + said + title)
    if not found:
        out.append("  " + _("nothing on this line is a figure, date or known person"))
    return "\n".join(out) + "\n"
