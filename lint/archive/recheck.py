"""``factlint archive recheck``: after the fact base changed, read again only the articles
whose claims touch what changed, and say which findings that made and which it resolved.

The output is a whole archive check again (the other articles' findings and claims carried
over), so that the next recheck can start from it."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from lint.archive.articles import Article, partition_size, partitions
from lint.archive.check import RunOptions, failed_record, failure_reporter, summary_dict
from lint.archive.claims import PERSON
from lint.archive.cluster import connect, run_partitions, task_slots
from lint.archive.output import (
    CHANGES,
    CLAIMS,
    FACTBASE,
    FINDINGS,
    ClaimsWriter,
    FindingsWriter,
    Tally,
    claim_batches,
    counts_of,
    findings_file,
    paths_citing,
    prepare_out,
    read_finding_lines,
    write_summary,
)
from lint.archive.plan import Plan
from lint.archive.provenance import factbase_digest
from lint.archive.work import ArticleResult
from lint.errors import FactlintError
from lint.facts.diff import FactBaseDiff, diff_dict, diff_factbases
from lint.facts.factbase import FactBase, load_factbase
from lint.i18n import _
from lint.reading.people import norm_title
from lint.writing import write_atomically

Finding = dict[str, Any]  # a finding as the JSON report writes it


class Selection(NamedTuple):
    paths: list[str]  # the articles to read again, ordered by path
    facts: list[str]  # what changed that they cite: fact ids and person:<id>
    titles: list[str]
    seeds: list[str]  # seed files whose copies in the archive are read again


def check_unchanged_reading(previous: dict[str, Any], plan: Plan) -> None:
    """Refuse when more than the fact base changed since the check: the index then no
    longer says which articles a change can touch."""
    before = previous.get("reading", {})
    changed = sorted(k for k in plan.reading.keys() | before.keys() if plan.reading.get(k) != before.get(k))
    if changed:
        raise FactlintError(
            _(
                "since the archive was checked, more than the fact base changed ({changed}), which can "
                "change what any article says or is found to say: run 'factlint archive check' again"
            ).format(changed=", ".join(changed))
        )


def load_old_factbase(previous_out: Path, since: Path | None, summary: dict[str, Any]) -> FactBase:
    """The fact base the archive was checked against: ``since``, which must be it, or the
    copy the check kept."""
    old = load_factbase(since or previous_out / FACTBASE)
    expected = summary["factbase"]["digest"]
    if factbase_digest(old) != expected:
        raise FactlintError(
            _(
                "not the fact base the archive at {archive} was checked against "
                "(digest {digest}, the check's {expected})"
            ).format(archive=previous_out, digest=factbase_digest(old)[:12], expected=expected[:12]),
            str(since or previous_out / FACTBASE),
        )
    return old


def select(
    diff: FactBaseDiff, claims: Path, seeds: Iterable[str], depends: Mapping[str, Iterable[str]] | None = None
) -> Selection:
    """The articles whose findings the change can alter: those with a claim about a
    changed fact (or about a fact that ``depends`` on one: a total on its parts, a count on
    its related counts), a mention of a changed person, or a person named with a title
    someone gained or lost; and copies of a changed seed (a seed's copy is read at the
    seed's publication date; it cites the story's facts, so it is in the index). ``seeds``
    are the seed files of both fact bases."""
    changed_facts = set(diff.changed_facts)
    for fact, on in (depends or {}).items():
        if changed_facts.intersection(on):
            changed_facts.add(fact)
    facts = sorted(changed_facts | {PERSON + p for p in diff.changed_people})
    titles = sorted({norm_title(t) for t in diff.changed_titles})
    found = paths_citing(claims, facts, titles) if facts or titles else set()
    # which seeds seeds.yaml changed is not known from a digest: then all of them
    changed = sorted(set(seeds) if "seeds.yaml" in diff.inputs else set(seeds) & set(diff.inputs))
    if changed:
        names = {PurePath(s).name for s in changed}
        for batch in claim_batches(claims, ["path"]):
            found.update(p for p in pc.unique(batch["path"]).to_pylist() if PurePath(p).name in names)
    return Selection(sorted(found), facts, titles, changed)


def seed_files(old: FactBase, plan: Plan) -> set[str]:
    """The seed files of the old fact base (its inputs, less the story's other files) and the current story."""
    others = {"facts.yaml", "seeds.yaml"}
    old_seeds = {name for name in old.inputs if name not in others and not name.startswith("lexicon/")}
    return old_seeds | {seed.file for seed in plan.project.story.seeds}


def recheck_archive(
    previous_out: Path,
    previous: dict[str, Any],
    old: FactBase,
    plan: Plan,
    options: RunOptions,
    warn: Callable[[str], None],
) -> dict[str, Any]:
    started = time.monotonic()
    if options.out.resolve() == previous_out.resolve():
        raise FactlintError(_("write a recheck to a new directory: it reads the one it starts from"), str(options.out))
    diff = diff_factbases(old, plan.project.factbase)
    story = plan.project.story
    depends = {f.id: (*f.related, *f.parts) for f in story.facts.values() if f.related or f.parts}
    selection = select(diff, previous_out / CLAIMS, seed_files(old, plan), depends)
    prepare_out(options.out, options.force)
    cwd = Path(previous["cwd"])
    articles = [Article(p, str(p if Path(p).is_absolute() else cwd / p)) for p in selection.paths]
    findings = FindingsWriter(options.out / FINDINGS[options.fmt], options.fmt)
    claims = ClaimsWriter(options.out / CLAIMS)
    tally = Tally(previous)  # less what the articles read again had, plus what they have now
    counts = {"new": 0, "resolved": 0, "changed": 0}
    failed: list[dict[str, Any]] = list(previous["failed_partitions"])
    errors: list[dict[str, str]] = []
    reread: set[str] = set()
    run: dict[str, Any] = {"threads": 0, "partitions": 0, "partition_size": 0}
    unreadable = 0
    try:
        with (options.out / CHANGES).open("w", encoding="utf-8") as changes:
            new = _results(articles, plan, options, warn, claims, failed, run)
            for path, old_lines, result in _merged(read_finding_lines(findings_file(previous_out)), new):
                if result is None:  # not read again: what the check found stands
                    findings.write(b"".join(old_lines))
                    continue
                findings.write(result.findings)
                old_findings = [json.loads(line) for line in old_lines]
                new_findings = [json.loads(line) for line in result.findings.split(b"\n") if line]
                tally.add(counts_of(old_findings), -1)
                tally.add(counts_of(new_findings))
                errors.extend({"path": where, "message": message} for where, message in result.errors)
                reread.add(path)
                unreadable += not result.linted
                change = _change(path, old_findings, new_findings)
                for key in counts:
                    counts[key] += len(change[key])
                changes.write(json.dumps(change, ensure_ascii=False) + "\n")
        _carry_claims(previous_out / CLAIMS, reread, claims)
        errors = [e for e in previous["errors"] if e["path"] not in reread] + errors
    finally:
        findings.close()
        claims.close()
    write_atomically(options.out / FACTBASE, plan.project.factbase.to_json())
    archive = int(previous["files"])
    summary = summary_dict(
        "recheck",
        plan,
        options,
        files=archive - unreadable,
        tally=tally,
        errors=errors,
        failed=failed,
        run=run,
        seconds=time.monotonic() - started,
        outputs={"changes": CHANGES},
        recheck={
            "previous": str(previous_out.absolute()),
            "since": {"digest": factbase_digest(old), "inputs": dict(sorted(old.inputs.items()))},
            "diff": diff_dict(diff),
            "selected": {"facts": selection.facts, "titles": selection.titles, "seeds": selection.seeds},
            "reread": len(reread),
            "share": round(len(reread) / archive, 6) if archive else 0.0,
            **counts,
        },
    )
    write_summary(options.out, summary)
    return summary


def _results(
    articles: list[Article],
    plan: Plan,
    options: RunOptions,
    warn: Callable[[str], None],
    claims: ClaimsWriter,
    failed: list[dict[str, Any]],
    run: dict[str, Any],
) -> Iterator[tuple[str, ArticleResult | None]]:
    """Each selected article's new result, ordered by path; None for one whose partition
    failed (which is added to ``failed``). The articles' claims go to ``claims`` as their
    partitions come in; ``run`` is told how the cluster was used. No cluster is started
    for nothing to read."""
    if not articles:
        return
    with connect(options.scheduler, options.workers) as client:
        slots = task_slots(client)
        size = options.partition_size or partition_size(len(articles), slots)
        parts = partitions(articles, size)
        run.update(threads=slots, partitions=len(parts), partition_size=size)
        report = failure_reporter(warn, options.retries)
        for outcome in run_partitions(client, plan.setup, parts, options.retries, options.progress, report):
            if outcome.result is None:
                failed.append(failed_record(outcome, "recheck"))
                yield from ((a.display, None) for a in outcome.articles)
            else:
                claims.write(outcome.result.claims)
                yield from ((r.path, r) for r in outcome.result.articles)


def _merged(
    old: Iterable[tuple[str, bytes]], new: Iterator[tuple[str, ArticleResult | None]]
) -> Iterator[tuple[str, list[bytes], ArticleResult | None]]:
    """Every article with old findings or a new result, ordered by path: its old findings'
    lines (from the earlier output, which is ordered by path) and its new result, if any."""
    groups = ((path, [line for _, line in group]) for path, group in itertools.groupby(old, key=lambda pl: pl[0]))
    group = next(groups, None)
    for path, result in new:
        while group is not None and group[0] < path:
            yield group[0], group[1], None
            group = next(groups, None)
        if group is not None and group[0] == path:
            yield path, group[1], result
            group = next(groups, None)
        else:
            yield path, [], result
    while group is not None:
        yield group[0], group[1], None
        group = next(groups, None)


def _change(path: str, old: list[Finding], new: list[Finding]) -> dict[str, Any]:
    """An article's findings before and after, matched by rule and span."""

    def key(f: Finding) -> tuple[Any, ...]:
        return (f["rule"], f["line"], f["column"], f["end_line"], f["end_column"])

    before = {key(f): f for f in old}
    after = {key(f): f for f in new}
    return {
        "path": path,
        "new": [f for k, f in after.items() if k not in before],
        "resolved": [f for k, f in before.items() if k not in after],
        "changed": [{"old": before[k], "new": f} for k, f in after.items() if k in before and before[k] != f],
    }


def _carry_claims(previous: Path, reread: set[str], claims: ClaimsWriter) -> None:
    """The claims of the articles not read again, as the check indexed them."""
    dropped = pa.array(sorted(reread), pa.string())
    for batch in claim_batches(previous):
        claims.write(pa.Table.from_batches([batch]).filter(pc.invert(pc.is_in(batch["path"], dropped))))
