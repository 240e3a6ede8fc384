"""``factlint archive check``: every article linted on the cluster; findings, the claims
index, the fact base used and a summary written to the output directory."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from lint import __version__
from lint.archive.articles import Article, partition_size, partitions
from lint.archive.cluster import PartitionOutcome, connect, run_partitions, task_slots
from lint.archive.output import (
    CLAIMS,
    FACTBASE,
    FINDINGS,
    SCHEMA_VERSION,
    ClaimsWriter,
    FindingsWriter,
    Tally,
    prepare_out,
    write_summary,
)
from lint.archive.plan import Plan, plan_record
from lint.i18n import _, ngettext
from lint.writing import write_atomically


class RunOptions(NamedTuple):
    """Where the output goes and how the cluster is used (the command line's options)."""

    out: Path
    fmt: str  # jsonl | parquet
    force: bool
    scheduler: str | None  # an existing cluster's address; None: a local cluster
    workers: int | None  # the local cluster's worker processes; None: one per CPU
    partition_size: int | None  # None: chosen from the archive's size and the workers
    retries: int
    progress: bool


def check_archive(
    articles: list[Article], plan: Plan, options: RunOptions, warn: Callable[[str], None]
) -> dict[str, Any]:
    """Lint ``articles`` (ordered by path) and write the output; the summary written is returned."""
    started = time.monotonic()
    prepare_out(options.out, options.force)
    findings = FindingsWriter(options.out / FINDINGS[options.fmt], options.fmt)
    claims = ClaimsWriter(options.out / CLAIMS)
    tally = Tally()
    files = 0
    errors: list[dict[str, str]] = []
    failed: list[dict[str, Any]] = []
    try:
        with connect(options.scheduler, options.workers) as client:
            slots = task_slots(client)
            size = options.partition_size or partition_size(len(articles), slots)
            parts = partitions(articles, size)
            report = failure_reporter(warn, options.retries)
            for outcome in run_partitions(client, plan.setup, parts, options.retries, options.progress, report):
                if outcome.result is None:
                    failed.append(failed_record(outcome, "check"))
                    continue
                result = outcome.result
                findings.write(b"".join(a.findings for a in result.articles))
                claims.write(result.claims)
                tally.add(result.counts)
                for article in result.articles:
                    errors.extend({"path": where, "message": message} for where, message in article.errors)
                    files += article.linted
    finally:
        findings.close()
        claims.close()
    write_atomically(options.out / FACTBASE, plan.project.factbase.to_json())
    summary = summary_dict(
        "check",
        plan,
        options,
        files=files,
        tally=tally,
        errors=errors,
        failed=failed,
        run={"threads": slots, "partitions": len(parts), "partition_size": size},
        seconds=time.monotonic() - started,
    )
    write_summary(options.out, summary)
    return summary


def failed_record(outcome: PartitionOutcome, command: str) -> dict[str, Any]:
    """A failed partition as the summary lists it. In a recheck, its articles keep the
    findings and claims they had."""
    return {
        "partition": outcome.number,
        "command": command,
        "error": outcome.error,
        "files": [a.display for a in outcome.articles],
    }


def failure_reporter(warn: Callable[[str], None], retries: int) -> Callable[[PartitionOutcome], None]:
    def report(outcome: PartitionOutcome) -> None:
        tried = ngettext("{count} attempt", "{count} attempts", retries + 1).format(count=retries + 1)
        warn(
            _("partition {number} ({files} files) failed after {tried}: {error}").format(
                number=outcome.number, files=len(outcome.articles), tried=tried, error=outcome.error
            )
        )

    return report


def summary_dict(
    command: str,
    plan: Plan,
    options: RunOptions,
    *,
    files: int,
    tally: Tally,
    errors: list[dict[str, str]],
    failed: list[dict[str, Any]],
    run: dict[str, Any],
    seconds: float,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factlint", "version": __version__},
        "command": command,
        "cwd": os.getcwd(),
        "files": files,
        "findings": tally.findings,
        "by_kind": tally.by_kind,
        "by_severity": tally.by_severity,
        "errors": errors,
        "failed_partitions": failed,
        "outputs": {
            "findings": FINDINGS[options.fmt],
            "claims": CLAIMS,
            "factbase": FACTBASE,
            **extra.pop("outputs", {}),
        },
        **plan_record(plan),
        "cluster": {"scheduler": options.scheduler or "local", **run},
        "duration_seconds": round(seconds, 3),
        **extra,
    }


def exit_status(summary: dict[str, Any]) -> int:
    """0 when every article was linted, 2 when one could not be read or a partition failed.
    Findings do not change it: an archive has findings, and the summary counts them."""
    return 2 if summary["errors"] or summary["failed_partitions"] else 0
