"""The core: read a draft, check it against the project, return findings. No I/O here."""

from __future__ import annotations

import datetime as dt

from lint.checks import CHECKS, Context
from lint.claims import Analysis, analyse
from lint.document import PartialDate, parse_document
from lint.findings import Finding
from lint.project import Project


def draft_date(meta_date: PartialDate | None, override: PartialDate | None, today: dt.date | None = None) -> PartialDate:
    return override or meta_date or PartialDate.of(today or dt.date.today())


def analyse_text(text: str, project: Project, path: str, date: PartialDate | None = None) -> Analysis:
    """Read a draft. ``date`` overrides the front matter; without either, the seed's
    publication date (when the file is one of the story's seeds) or today is used."""
    from pathlib import Path

    fallback = None
    seed = project.story.seed(Path(path)) if path not in ("-", "<stdin>") else None
    if seed is not None:
        fallback = seed.published
    doc = parse_document(text, path, fallback, project.story.lang)
    doc.date = draft_date(doc.date, date)
    return analyse(doc, project.story, project.lexicon)


def lint_text(text: str, project: Project, path: str, date: PartialDate | None = None) -> list[Finding]:
    """All findings for one draft, sorted, one per rule and span."""
    analysis = analyse_text(text, project, path, date)
    ctx = Context(analysis, project.factbase, project.story, project.lexicon)
    findings: dict[tuple[str, int, int], Finding] = {}
    for rule in project.rules:
        kind = CHECKS[rule.kind]
        for finding in kind.check(ctx, rule, kind):
            findings.setdefault((finding.rule, finding.offset, finding.end_offset), finding)
    return sorted(findings.values(), key=Finding.sort_key)
