"""What every check kind shares: the context it reads and how it makes a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.claims import Analysis, FigureClaim
from lint.factbase import FactBase, Record, bounds_compatible
from lint.findings import EvidenceRef, Finding
from lint.lexicon import Lexicon
from lint.story import Story

if TYPE_CHECKING:
    from lint.rules import Rule


class Context(NamedTuple):
    analysis: Analysis
    factbase: FactBase
    story: Story
    lexicon: Lexicon

    @property
    def path(self) -> str:
        return self.analysis.document.path

    def source_label(self, source: str | None, name: str | None = None) -> str:
        if source and source in self.story.sources:
            return self.story.sources[source].name
        return name or "no source"

    def evidence(self, record: Record) -> EvidenceRef:
        e = record.evidence
        return EvidenceRef(
            e.seed,
            e.line,
            e.quote,
            self.source_label(record.source, record.source_name) if record.source else None,
            record.as_of,
        )

    def cite(self, record: Record) -> str:
        """'sekitar 15.000 tentara Korea Utara (Penilaian ..., 2025-06-19; 002_....txt:14)'."""
        where = f"{record.evidence.seed}:{record.evidence.line}"
        if record.fact in self.story.facts and self.story.facts[record.fact].type == "date":
            return f"'{record.display}' ({where}, published {record.as_of})"
        who = self.source_label(record.source, record.source_name) if record.source else "unattributed"
        via = f" via {self.source_label(record.via)}" if record.via else ""
        return f"{record.display} ({who}{via}, {record.as_of}; {where})"

    def finding(
        self,
        rule: Rule,
        kind: Kind,
        start: int,
        end: int,
        fields: dict[str, Any],
        fact: str | None = None,
        expected: str | None = None,
        evidence: tuple[EvidenceRef, ...] = (),
        suggestion: str | None = None,
    ) -> Finding:
        doc = self.analysis.document
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        text = doc.text[start:end]
        template = rule.message or kind.message
        message = template.format(**{name: fields.get(name, "") for name in kind.fields})
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            rule=rule.id,
            kind=kind.name,
            severity=rule.severity,
            message=message,
            text=text,
            fact=fact,
            expected=expected,
            evidence=evidence,
            suggestion=suggestion,
            offset=start,
            end_offset=end,
        )


class Kind(NamedTuple):
    """A check kind: the code a YAML rule points at with ``kind:``."""

    name: str
    check: Callable[[Context, Rule, Kind], Iterator[Finding]]
    default_severity: str
    message: str  # default message template
    fields: tuple[str, ...]  # names a rule's message template may use
    options: tuple[str, ...] = ()


def matching_records(ctx: Context, claim: FigureClaim, fact: str) -> list[Record]:
    """Accepted records of ``fact`` with the claim's value and a compatible bound."""
    entry = ctx.factbase.facts.get(fact)
    if entry is None:
        return []
    value = claim.figure.value
    return [r for r in entry.accepted if r.number == value and bounds_compatible(claim.figure.bound, r.bound)]


def claim_facts(rule: Rule, claim: FigureClaim) -> list[str]:
    return [f for f in claim.facts if rule.applies_to(f)]


def read_as(claim: FigureClaim) -> str:
    """The figure as the draft wrote it, with what it counts."""
    return f"{claim.figure.text} {claim.noun_text}".strip()


def credited_name(ctx: Context, claim: FigureClaim) -> str:
    a = claim.attribution
    if a is None or not a.identified:
        return "no source"
    return ctx.source_label(a.source, a.name)
