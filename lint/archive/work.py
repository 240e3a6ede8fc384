"""What a worker runs: one partition of the archive through the pure core, the project
loaded once per worker process (from factlint's cache where it can be)."""

from __future__ import annotations

import gc
import threading
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa

from lint.archive.articles import Article
from lint.archive.claims import ClaimRow, claim_rows
from lint.archive.output import claims_table
from lint.archive.provenance import factbase_digest
from lint.errors import FactlintError
from lint.findings import EvidenceRef, Finding
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.reports.json_report import finding_line
from lint.run.config import Config
from lint.run.engine import lint_analysis, read_draft
from lint.run.inputs import Target, read_target
from lint.run.project import Project, load_project


class Setup(NamedTuple):
    """What every partition of a run is linted with. Paths are absolute: a worker may run
    in another directory, or on another machine that sees the same files."""

    story_dir: Path | None
    rules_dirs: tuple[Path, ...] | None
    config: Config
    date: PartialDate | None
    max_bytes: int
    factbase: str  # digest of the fact base the run started with (lint/archive/provenance.py)

    def project_key(self) -> tuple[object, ...]:
        """The loaded project's key in a worker. The fact base's digest is part of it: a
        worker outlives a run, and the next run may come after the story was edited."""
        c = self.config
        selection = (c.select, c.ignore, tuple(sorted(c.severity.items())))
        return (self.story_dir, self.rules_dirs, c.project_key(), selection, self.factbase)


class ArticleResult(NamedTuple):
    path: str  # as reports name it
    findings: bytes  # JSON Lines (UTF-8): the JSON report's finding dicts, in its order
    errors: list[tuple[str, str]]  # (where, message): the article could not be read, or a rule failed on it
    linted: bool  # False when the article could not be read


class PartitionResult(NamedTuple):
    """What a partition sends back, made ready to write on the worker: the client that
    gathers the results of many workers only writes them out."""

    articles: list[ArticleResult]
    claims: pa.Table  # the articles' rows of the claims index (lint/archive/claims.py)
    counts: dict[tuple[str, str], int]  # findings by kind and severity


class ArticleFailed(Exception):
    """Linting an article raised what a bad input never should: the partition fails, is
    retried, and is reported with the article named."""

    def __str__(self) -> str:
        return f"{self.args[0]}: {self.args[1]}"


_PROJECTS: dict[tuple[object, ...], Project] = {}  # the latest few, oldest first
_KEEP = 4
_LOADING = threading.Lock()  # a worker may run partitions in threads


def project_for(setup: Setup) -> Project:
    key = setup.project_key()
    with _LOADING:
        project = _PROJECTS.get(key)
        if project is None:
            rules = list(setup.rules_dirs) if setup.rules_dirs is not None else None
            project = load_project(setup.story_dir, rules, setup.config)
            found = factbase_digest(project.factbase)
            if found != setup.factbase:
                raise FactlintError(
                    _(
                        "this worker's fact base ({found}) is not the one the run started with "
                        "({expected}): every worker must see the same story at the same path"
                    ).format(found=found[:12], expected=setup.factbase[:12]),
                    str(project.story.root),
                )
            _PROJECTS[key] = project
            while len(_PROJECTS) > _KEEP:
                del _PROJECTS[next(iter(_PROJECTS))]
            # As `factlint lint` does once loaded: the collector need not walk the project
            # (nor the worker's own long-lived objects) again on every full collection.
            gc.freeze()
    return project


def lint_partition(setup: Setup, articles: list[Article]) -> PartitionResult:
    """Each article's findings and claims, in the partition's order."""
    project = project_for(setup)
    results: list[ArticleResult] = []
    rows: list[ClaimRow] = []
    counts: Counter[tuple[str, str]] = Counter()
    evidence: dict[tuple[EvidenceRef, ...], str] = {}  # findings share a few fact-base records
    for article in articles:
        try:
            text = read_target(Target(article.display, Path(article.path)), None, setup.max_bytes)
            analysis, dated = read_draft(text, project, article.display, setup.date)
            result = lint_analysis(analysis, project, article.display, setup.config, dated)
        except FactlintError as exc:
            results.append(ArticleResult(article.display, b"", [(exc.where or article.display, exc.message)], False))
            continue
        except Exception as exc:
            raise ArticleFailed(article.display, f"{type(exc).__name__}: {exc}") from exc
        errors = [(e.where or article.display, e.message) for e in result.rule_errors]
        results.append(ArticleResult(article.display, json_lines(result.findings, evidence), errors, True))
        rows.extend(claim_rows(article.display, analysis, project.fact_index.figure_facts))
        counts.update((f.kind, f.severity) for f in result.findings)
    return PartitionResult(results, claims_table(rows), dict(counts))


def json_lines(findings: list[Finding], evidence: dict[tuple[EvidenceRef, ...], str]) -> bytes:
    """The findings as JSON Lines (``evidence``: each evidence list's JSON, written once)."""
    return "".join(finding_line(f, evidence) for f in findings).encode("utf-8")
