"""Linting many drafts, in this process or across worker processes (``--jobs``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from lint.errors import FactlintError
from lint.i18n import N_, _
from lint.reading.document import PartialDate
from lint.run.config import Config, find_config
from lint.run.dating import Dated, assumed_date
from lint.run.decisions import Decisions, decisions_path, load_decisions
from lint.run.engine import LintResult, lint_document
from lint.run.inputs import DEFAULT_MAX_BYTES, Target, collect, read_target
from lint.run.project import Project, UnknownRule, load_project


class Job(NamedTuple):
    target: Target
    project: int  # index into the run's projects
    config: Config
    decisions: Decisions | None = None  # the editors' decisions for the draft (lint/run/decisions.py)


class Outcome(NamedTuple):
    job: Job
    text: str | None  # kept only when the caller needs it (spans in text output, fixes)
    result: LintResult | None
    error: tuple[str, str] | None  # (where, message) when the draft could not be read


class Plan(NamedTuple):
    """What a run will do: each draft with its config and project, in input order."""

    projects: list[Project]
    jobs: list[Job]
    missing: dict[int, list[FactlintError]]  # input errors, keyed by the job they come before
    excluded: int = 0  # files named or found that the config or --exclude leaves out


def plan_run(
    paths: list[str],
    story_dir: Path | None,
    rules_dirs: list[Path] | None,
    fixed_config: Config | None,
    warn: Callable[[str], None],
    exclude: tuple[str, ...] = (),
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
) -> Plan:
    """Find every draft, its config and its project. Projects load once per distinct
    config; a bad config, rule or fact file raises before any draft is read. A file the
    config excludes (its story's seeds, its ``exclude`` globs), or one matching an
    ``exclude`` glob given here (a path relative to the working directory), is left out,
    named or found: a pre-commit hook names every file staged. ``select`` (rule ids or kinds)
    replaces each config's ``select``, and ``ignore`` is added to its ``ignore``."""
    projects: list[Project] = []
    by_key: dict[object, int] = {}
    jobs: list[Job] = []
    missing: dict[int, list[FactlintError]] = {}
    configs: dict[Path, Config] = {}
    decided: dict[Path, Decisions] = {}  # each decisions file, read once
    warned: set[str] = set()

    def warn_once(message: str) -> None:
        if message not in warned:
            warned.add(message)
            warn(message)

    excluded = 0
    for target in collect(paths):
        if isinstance(target, FactlintError):
            missing.setdefault(len(jobs), []).append(target)
            continue
        config = fixed_config or find_config(target.path if target.path else Path.cwd(), configs, warn_once)
        if target.path is not None and (config.excludes(target.path) or _excluded_here(target.path, exclude)):
            excluded += 1
            continue
        if select or ignore:
            config = config._replace(select=select or config.select, ignore=(*config.ignore, *ignore))
        key = (config.project_key(), config.select, config.ignore, tuple(sorted(config.severity.items())))
        if key not in by_key:
            try:
                project = load_project(story_dir, rules_dirs, config)
            except UnknownRule as exc:
                if exc.name in (*select, *ignore):
                    option = "--select" if exc.name in select else "--ignore"
                    message = _("{option}: no rule or kind is named '{name}'").format(option=option, name=exc.name)
                    raise FactlintError(message) from None
                raise
            for warning in project.warnings:
                warn(warning)
            by_key[key] = len(projects)
            projects.append(project)
        where = decisions_path(config)
        if where not in decided:
            decided[where] = load_decisions(where)
        jobs.append(Job(target, by_key[key], config, decided[where]))
    return Plan(projects, jobs, missing, excluded)


def _excluded_here(path: Path, patterns: tuple[str, ...]) -> bool:
    """Does a glob given on the command line match ``path``, relative to the working directory?"""
    if not patterns:
        return False
    from lint.run.config import excluded

    rel = Path(os.path.relpath(os.path.abspath(path))).as_posix()
    return any(excluded(rel, pattern) for pattern in patterns)


class _Run(NamedTuple):
    projects: list[Project]
    jobs: list[Job]
    date: PartialDate | None
    stdin: bytes | None
    keep_text: bool
    max_bytes: int


# Set before worker processes are forked, so they inherit the loaded projects and never
# parse rules or facts again.
_RUN: _Run | None = None


def lint_job(project: Project, job: Job, text: str, date: PartialDate | None) -> LintResult:
    """The draft of ``job``, as ``text`` reads, linted under its config and its editors' decisions."""
    return lint_document(text, project, job.target.display, date, job.config, _undated(job), job.decisions)


def _lint_one(index: int) -> Outcome:
    assert _RUN is not None
    job = _RUN.jobs[index]
    try:
        text = read_target(job.target, _RUN.stdin, _RUN.max_bytes)
        result = lint_job(_RUN.projects[job.project], job, text, _RUN.date)
    except FactlintError as exc:
        return Outcome(job, None, None, (exc.where or job.target.display, exc.message))
    return Outcome(job, text if _RUN.keep_text else None, result, None)


def _undated(job: Job) -> Callable[[], Dated] | None:
    """How a draft with no date of its own is dated: as its config's ``date-from`` says."""
    path, sources = job.target.path, job.config.date_from
    if not sources:
        return None
    return lambda: assumed_date(path, sources)


_Answer = tuple[str | None, LintResult | None, tuple[str, str] | None]
# What a draft whose worker died gets: a signal (the OOM killer, say) ends a process
# without a word, so which of its drafts did it is not known.
WORKER_DIED = N_("the worker process linting this file died (killed, or out of memory?); not linted")


def _lint_in_worker(start: int, stop: int) -> list[_Answer]:
    """``_lint_one`` for a chunk of drafts, less the jobs, which the parent has: they are not
    pickled back and forth."""
    return [_lint_one(index)[1:] for index in range(start, stop)]


def _fork_context() -> Any:
    import multiprocessing  # only a run with workers pays for it

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def run(
    projects: list[Project],
    jobs: list[Job],
    date: PartialDate | None,
    stdin: bytes | None,
    workers: int,
    keep_text: bool,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Outcome]:
    """Outcomes in the order of ``jobs``. Workers are forked where the platform allows it;
    elsewhere (or for one worker, or few files) everything runs in this process."""
    global _RUN
    this_run = _RUN = _Run(projects, jobs, date, stdin, keep_text, max_bytes)
    total = len(jobs)
    try:
        context = _fork_context() if workers > 1 and total > 1 else None
        if context is not None:
            yield from _in_workers(context, min(workers, total), jobs, progress)
        else:
            for index in range(total):
                outcome = _lint_one(index)
                if progress:
                    progress(index + 1, total)
                yield outcome
    finally:
        # A generator left unfinished is closed whenever it is collected, maybe during a
        # later run: only clear what is still this run's.
        if _RUN is this_run:
            _RUN = None


def _in_workers(
    context: Any, workers: int, jobs: list[Job], progress: Callable[[int, int], None] | None
) -> Iterator[Outcome]:
    """Outcomes in order, from forked worker processes. A worker that dies does not leave the
    run waiting for ever (as multiprocessing.Pool did): its drafts, and those no worker got to
    before the pool broke, come back as errors."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    total = len(jobs)
    chunk = max(1, min(32, total // (workers * 8)))
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        chunks = [(start, min(start + chunk, total)) for start in range(0, total, chunk)]
        futures = [pool.submit(_lint_in_worker, start, stop) for start, stop in chunks]
        for (start, stop), future in zip(chunks, futures, strict=True):
            try:
                answers = future.result()
            except BrokenProcessPool:
                died = _(WORKER_DIED)
                answers = [(None, None, (jobs[i].target.display, died)) for i in range(start, stop)]
            for index, answer in enumerate(answers, start):
                if progress:
                    progress(index + 1, total)
                yield Outcome(jobs[index], *answer)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
