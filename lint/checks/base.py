"""What every check kind shares: the context it reads and how it makes a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.checks.options import Options, OptionsT
from lint.facts.factbase import FactBase, FactEntry, Record
from lint.facts.index import Cited, FactIndex, cite, cite_all, evidence_ref, source_label
from lint.facts.matching import Matches, match
from lint.facts.story import Story
from lint.facts.timeline import by_date
from lint.findings import EvidenceRef, Finding
from lint.i18n import SOURCE, Texts, _, active, in_language
from lint.reading.claims import Analysis, FigureClaim
from lint.reading.language import Lexicon

if TYPE_CHECKING:
    import regex

    from lint.facts.vocabulary import Vocabulary
    from lint.run.dating import Dated
    from lint.run.project import Project


class Context(NamedTuple):
    analysis: Analysis
    factbase: FactBase
    story: Story
    lexicon: Lexicon
    fact_index: FactIndex  # the fact base as findings cite it, made once per project
    matches: Matches  # each claim with the records it is compared with (lint/facts/matching.py)
    dated: Dated | None = None  # how the draft got its date, when the caller knows
    story_lexicon: Lexicon | None = None  # the words of the seeds' language, as the seeds were read

    @classmethod
    def of(cls, analysis: Analysis, project: Project, dated: Dated | None = None) -> Context:
        """The context of a draft's checks: its claims matched to the project's facts, and the
        words of its language."""
        return cls(
            analysis,
            project.factbase,
            project.story,
            analysis.reader.lexicon,
            project.fact_index,
            match(analysis, project.fact_index, project.story),
            dated,
            project.reader_for(project.story.lang).lexicon,
        )

    @property
    def vocab(self) -> Vocabulary:
        """The story's words in the draft's language."""
        return self.analysis.reader.vocab

    @property
    def path(self) -> str:
        return self.analysis.document.path

    def source_label(self, source: str | None, name: str | None = None) -> str:
        return source_label(self.story, source, name)

    def about(self, entry: FactEntry) -> str:
        """What a fact is, in the messages' language."""
        fact = self.story.facts.get(entry.id)
        return fact.described() if fact is not None else entry.about

    def evidence(self, record: Record) -> EvidenceRef:
        return self.fact_index.evidence.get(record) or evidence_ref(self.story, record)

    def cite(self, record: Record) -> str:
        """'sekitar 15.000 tentara Korea Utara (Penilaian ..., 2025-06-19; 002_....txt:14)'."""
        if active() == SOURCE:
            return self.fact_index.cites.get(record) or cite(self.story, record)
        return cite(self.story, record)

    def cites(self, cited: Cited) -> str:
        """``cited``'s records as a message cites them: made with the index in English, made
        again in another language (a finding cites a few records)."""
        return cited.cites if active() == SOURCE else cite_all(self.story, cited.records)

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
        template = in_language(rule.messages, "") or _(rule.message or kind.message)
        return Finding(
            doc.path,
            line,
            column,
            end_line,
            end_column,
            rule.id,
            kind.name,
            rule.severity,
            template.format_map(_Fields(fields)),
            doc.text[start:end],  # the file's text at the span
            fact,
            expected,
            by_date(evidence),  # who said it when: a report reads as the story moved
            suggestion,
            start,
            end,
        )


class _Fields(dict[str, Any]):
    """A finding's message fields; one its check did not give is written as ''. (A template
    names only its kind's fields: lint/checks/rules.py checks that when the rule is loaded.)"""

    def __missing__(self, name: str) -> str:
        return ""


class Kind(NamedTuple):
    """A check kind: the code a YAML rule points at with ``kind:``, and everything else about it
    (the registry, lint/checks/registry.py, lists every kind; the report schema, --fix,
    explain and the docs are made from it)."""

    name: str
    check: Callable[[Context, Rule, Kind], Iterator[Finding]]
    default_severity: str
    message: str  # default message template
    fields: tuple[str, ...]  # names a rule's message template may use
    summary: str  # what it reports, in a line, for the docs
    options: type[Options] = Options
    fixable: bool = False  # its suggestions are safe to apply in place (--fix)
    about_facts: bool = False  # it compares claims with the fact base (explain lists it for a fact)
    # kinds whose finding on the same span this one's makes redundant: a figure the draft itself
    # disagrees with is shown as that, not also as a contradiction of the fact base
    supersedes: tuple[str, ...] = ()


class Example(NamedTuple):
    text: str
    expect: str | None  # the kind that must be reported, or None for "must pass"
    date: str | None
    line: int
    lang: str | None = None  # the draft's language, else the story's


class Replacement(NamedTuple):
    """A house-style spelling written as a pattern: ``{pattern: "\\bKorut\\b", with: "Korea Utara"}``."""

    pattern: regex.Pattern[str]  # the regex module: its matching can be given a time limit
    replacement: str
    line: int


class Rule(NamedTuple):
    id: str
    kind: str
    severity: str
    facts: tuple[str, ...] | None  # None: every fact the kind applies to
    message: str | None
    description: str
    options: Options  # of its kind's options class, checked when the rule was loaded
    examples: tuple[Example, ...]
    path: str
    line: int
    descriptions: Texts = ()  # ``description`` in each language the rule file gives
    messages: Texts = ()  # ``message`` in each language the rule file gives

    def described(self) -> str:
        """What the rule reports, in the messages' language."""
        return in_language(self.descriptions, self.description)

    def applies_to(self, fact: str) -> bool:
        return self.facts is None or fact in self.facts

    def opts(self, cls: type[OptionsT]) -> OptionsT:
        """The rule's options as its kind's options class."""
        assert isinstance(self.options, cls), (self.id, type(self.options))
        return self.options


def read_as(claim: FigureClaim) -> str:
    """The figure as the draft wrote it, with what it counts."""
    return f"{claim.figure.text} {claim.noun_text}".strip()


def credited_name(ctx: Context, claim: FigureClaim) -> str:
    a = claim.attribution
    if a is None or not a.identified:
        return _("no source")
    return ctx.source_label(a.source, a.name)
