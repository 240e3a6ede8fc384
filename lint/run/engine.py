"""The core: read a draft, check it against the project, return findings. No I/O here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from lint.checks.base import Context
from lint.checks.registry import KINDS
from lint.errors import FactlintError, RuleError
from lint.findings import Finding
from lint.reading.claims import Analysis
from lint.reading.document import Document, PartialDate, parse_document
from lint.run.config import Config
from lint.run.dating import Dated, today
from lint.run.decisions import Decisions, Dismissal, apply_decisions
from lint.run.project import Project
from lint.run.suppress import Suppression, apply_suppressions, parse_suppressions


def analyse_text(
    text: str, project: Project, path: str, date: PartialDate | None = None, lang: str | None = None
) -> Analysis:
    """Read a draft (see ``read_draft``), dated today when it has no date of its own."""
    return read_draft(text, project, path, date, lang)[0]


def read_draft(
    text: str,
    project: Project,
    path: str,
    date: PartialDate | None = None,
    lang: str | None = None,
    undated: Callable[[], Dated] | None = None,
) -> tuple[Analysis, Dated]:
    """Read a draft, and say how it was dated. ``date`` overrides the front matter; without
    either, the seed's publication date (when the file is one of the story's seeds), else what
    ``undated`` assumes (today by default). The front matter's ``lang:`` picks the language,
    else ``lang`` (the config's), else the story's."""
    doc = parse_document(text, path, None, lang or project.story.lang, override=date)
    if date is not None:
        dated = Dated(date, "option")
    elif doc.date is not None:
        dated = Dated(doc.date, "front-matter")
    else:
        seed = project.story.seed(Path(path), text) if path not in ("-", "<stdin>") else None
        dated = Dated(seed.published, "seed") if seed is not None else (undated or today)()
        doc = Document(
            path=doc.path, text=doc.text, meta=doc.meta, body_start=doc.body_start, date=dated.date, lang=doc.lang
        )
    try:
        reader = project.reader_for(doc.lang)
    except FactlintError as exc:
        raise FactlintError(exc.message, f"{path}:{doc.meta_line('lang')}" if "lang" in doc.meta else path) from None
    return reader.analyse(doc), dated


class LintResult(NamedTuple):
    findings: list[Finding]
    unused_suppressions: list[Suppression]
    rule_errors: list[RuleError]
    dismissed: tuple[Dismissal, ...] = ()  # findings an editor's decision dismissed


def lint_document(
    text: str,
    project: Project,
    path: str,
    date: PartialDate | None = None,
    config: Config | None = None,
    undated: Callable[[], Dated] | None = None,
    decisions: Decisions | None = None,
) -> LintResult:
    """All findings for one draft, sorted, one per rule and span, after inline suppression,
    the config's per-path ignores and the editors' ``decisions`` (all applied here, once, never
    inside a check). ``undated`` dates a draft that has no date of its own (``read_draft``)."""
    analysis, dated = read_draft(text, project, path, date, config.lang if config is not None else None, undated)
    return lint_analysis(analysis, project, path, config, dated, decisions)


def lint_analysis(
    analysis: Analysis,
    project: Project,
    path: str,
    config: Config | None = None,
    dated: Dated | None = None,
    decisions: Decisions | None = None,
) -> LintResult:
    """``lint_document`` on a draft already read (``read_draft``), for a caller that keeps
    what was read (the archive's claims index)."""
    ctx = Context.of(analysis, project, dated)
    found: dict[tuple[str, int, int], Finding] = {}
    errors: list[RuleError] = []
    for rule in project.rules:
        kind = KINDS[rule.kind]
        try:
            for finding in list(kind.check(ctx, rule, kind)):
                found.setdefault((finding.rule, finding.offset, finding.end_offset), finding)
        except RuleError as exc:
            errors.append(exc)
    findings = sorted(_unsuperseded(found.values()), key=Finding.sort_key)
    findings, unused = apply_suppressions(findings, parse_suppressions(analysis.document))
    if config is not None and config.per_path_ignores and findings and path not in ("-", "<stdin>"):
        rel = config.relative(Path(path))
        findings = [f for f in findings if config.keeps(f, rel)]
    if decisions is not None:
        findings, dismissed = apply_decisions(findings, analysis, decisions)
        return LintResult(findings, unused, errors, tuple(dismissed))
    return LintResult(findings, unused, errors)


def _unsuperseded(findings: Iterable[Finding]) -> list[Finding]:
    """The findings less those another finding on the same span makes redundant (Kind.supersedes)."""
    findings = list(findings)
    over = {(f.offset, f.end_offset, lost) for f in findings for lost in KINDS[f.kind].supersedes}
    if not over:
        return findings
    return [f for f in findings if (f.offset, f.end_offset, f.kind) not in over]


def lint_text(
    text: str, project: Project, path: str, date: PartialDate | None = None, lang: str | None = None
) -> list[Finding]:
    """All findings for one draft (see ``lint_document``), in ``lang`` unless its front matter says."""
    analysis, dated = read_draft(text, project, path, date, lang)
    return lint_analysis(analysis, project, path, dated=dated).findings
