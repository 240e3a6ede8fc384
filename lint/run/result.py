"""A run: drafts found, each linted under its own config, gathered into one result.

``lint_paths(paths, options) -> RunResult`` is the whole of ``factlint lint`` short of
printing and writing files: it reads, lints and judges, and says nothing. Each file keeps its
own policy (the ``fail-on`` of its config, unless the run gives one for all), and the run's
exit status is made from the files' own verdicts: a strict config for one directory does not
fail another directory's drafts. The CLI renders the result and applies fixes; the service
renders one draft's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint.findings import SEVERITY_RANK, Finding
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.reports.base import FileError, Report, UnusedSuppression
from lint.run.config import Config
from lint.run.decisions import Decisions, DecisionUse
from lint.run.inputs import DEFAULT_MAX_BYTES, Target

if TYPE_CHECKING:
    from lint.run.engine import LintResult
    from lint.run.project import Project
    from lint.run.runner import Job, Plan


PROGRESS_FROM = 50  # drafts in a run before progress is shown


class RunOptions(NamedTuple):
    date: PartialDate | None = None  # every draft's date, over its front matter
    fail_on: str | None = None  # every file's threshold, over its config's
    jobs: int = 1
    keep_text: bool = False  # keep each draft's text (to show spans, to fix)
    max_bytes: int = DEFAULT_MAX_BYTES
    report_unused: bool = False  # suppression comments that suppress nothing are reported (and fail)
    story_dir: Path | None = None
    rules_dirs: list[Path] | None = None
    config: Config | None = None  # one config for every file, instead of each file's own
    stdin: bytes | None = None
    exclude: tuple[str, ...] = ()  # globs of files not to lint, relative to the working directory
    select: tuple[str, ...] = ()  # rule ids or kinds: only these run (instead of the config's select)
    ignore: tuple[str, ...] = ()  # rule ids or kinds that do not run (besides the config's ignore)
    fix: bool = False  # apply the safe fixes; each file's findings are those left after them
    locale: str | None = None  # the language of messages, over the config's and the environment's


class FileResult(NamedTuple):
    """One draft's findings under its own policy; with fixes, those left after them."""

    target: Target
    display: str
    fail_on: str  # the least severity that fails this file
    findings: list[Finding]
    text: str | None  # when the run keeps texts: the draft as it was read
    fixed: tuple[Finding, ...] = ()  # the findings the safe fixes took care of
    fixed_text: str | None = None  # the draft with them applied, when there were any

    def fails(self) -> bool:
        threshold = SEVERITY_RANK[self.fail_on]
        return any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings)


class RunResult:
    """What a run found: the report every format renders, and each file's verdict."""

    __slots__ = ("files", "report")

    def __init__(self) -> None:
        self.report = Report(findings=[], files=0)
        self.files: list[FileResult] = []

    def exit_code(self) -> int:
        """2 when a file, rule or config could not be used; 1 when a file fails its own policy
        (or a suppression suppressed nothing, when those are reported); else 0."""
        if self.report.errors:
            return 2
        return 1 if any(f.fails() for f in self.files) or self.report.unused else 0


def lint_paths(
    paths: list[str],
    options: RunOptions,
    *,
    warn: Callable[[str], None] | None = None,
    on_error: Callable[[FileError], None] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    before_reading: Callable[[], None] | None = None,
) -> RunResult:
    """Lint ``paths`` (files, directories, ``-``). Problems with the config, rules or facts
    raise FactlintError before any draft is read; problems with one draft are the result's
    errors (``on_error`` hears each as it happens), and the other drafts are still linted.
    ``on_file`` hears each file's result in input order (to write its fixes, say; a
    FactlintError it raises is that file's error, and its findings are then those before any
    fix); ``before_reading``
    is called once everything is loaded, before the first draft is read."""
    from lint.errors import FactlintError
    from lint.run.runner import plan_run, run

    decided = DecisionUse()
    plan = plan_run(
        paths,
        options.story_dir,
        options.rules_dirs,
        options.config,
        warn or (lambda _: None),
        options.exclude,
        options.select,
        options.ignore,
    )
    _choose_locale(plan, options)
    if before_reading is not None:
        before_reading()
    result = RunResult()
    report = result.report
    report.excluded = plan.excluded

    def error(where: str, message: str) -> None:
        report.errors.append(FileError(where, message))
        if on_error is not None:
            on_error(report.errors[-1])

    outcomes = run(
        plan.projects,
        plan.jobs,
        options.date,
        options.stdin,
        options.jobs,
        options.keep_text,
        progress if len(plan.jobs) >= PROGRESS_FROM else None,
        options.max_bytes,
    )
    for index in range(len(plan.jobs) + 1):
        for missing in plan.missing.get(index, []):
            error(missing.where or "", missing.message)
        if index == len(plan.jobs):
            break
        outcome = next(outcomes)
        target, config = outcome.job.target, outcome.job.config
        if outcome.error is not None or outcome.result is None:
            error(*(outcome.error or (target.display, _("not linted"))))
            continue
        first = outcome.result
        for rule_error in first.rule_errors:  # this draft's other findings still count
            error(rule_error.where or target.display, rule_error.message)
        fail_on = options.fail_on or config.fail_on or "error"
        file, lint = FileResult(target, target.display, fail_on, first.findings, outcome.text), first
        if options.fix and outcome.text is not None:
            file, lint = _fixed(file, first, plan.projects[outcome.job.project], outcome.job, options)
        if on_file is not None:
            try:
                on_file(file)
            except FactlintError as exc:  # not done (a fix not written, say); its findings still count
                error(exc.where or target.display, exc.message)
                file, lint = file._replace(findings=first.findings, fixed=(), fixed_text=None), first
        result.files.append(file)
        report.findings.extend(file.findings)
        report.fixed += len(file.fixed)
        if outcome.job.decisions is not None:
            decisions = outcome.job.decisions
            report.dismissed.extend((d.finding, decisions.entries[d.decision]) for d in lint.dismissed)
            decided.saw(decisions, target.path, lint.dismissed)
        if options.report_unused:
            report.unused.extend(
                UnusedSuppression(target.display, s.line, s.column, ", ".join(sorted(s.names)))
                for s in lint.unused_suppressions
            )
        if outcome.text is not None:
            report.sources[target.display] = file.fixed_text or outcome.text
        report.files += 1
    _stale_decisions(decided, report, options.report_unused, warn)
    for project in plan.projects:  # rule metadata for formats that describe rules (SARIF)
        report.rules.extend(r for r in project.rules if all(r.id != seen.id for seen in report.rules))
    return result


def _fixed(
    file: FileResult, first: LintResult, project: Project, job: Job, options: RunOptions
) -> tuple[FileResult, LintResult]:
    """``file`` with its safe fixes applied, and linted again as fixed: what is left to report,
    at its place in the fixed draft (and the editors' decisions applied to that)."""
    from lint.run.fixes import fix_text
    from lint.run.runner import lint_job

    assert file.text is not None
    new, applied = fix_text(file.text, file.findings)
    if not applied:
        return file, first
    again = lint_job(project, job, new, options.date)
    return file._replace(findings=again.findings, fixed=applied, fixed_text=new), again


def _choose_locale(plan: Plan, options: RunOptions) -> None:
    """The run's one language, chosen before any draft is read (workers inherit it): the first
    draft's config and story speak for the run, as its first line of output would."""
    from lint import i18n
    from lint.errors import FactlintError

    config = plan.jobs[0].config if plan.jobs else options.config
    story = plan.projects[plan.jobs[0].project].story if plan.jobs else None
    try:
        i18n.use(i18n.choose(options.locale, config.locale if config else None, story.lang if story else None))
    except ValueError as exc:
        raise FactlintError(str(exc)) from None


def _stale_decisions(decided: DecisionUse, report: Report, as_unused: bool, warn: Callable[[str], None] | None) -> None:
    """Decisions made on a draft this run read that dismissed nothing: the sentence was edited
    or the finding is gone. Said on stderr; with ``report_unused``, reported (and failing) as
    unused suppressions are."""
    import os

    for stale in decided.stale():
        path = stale.decisions.path
        shown = os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd().resolve()) else str(path)
        d = stale.decision
        if warn is not None:
            message = _("the dismissal of '{rule}' on {path} ('{text}') matches no finding any more; remove it")
            warn(f"{shown}:{d.at}: " + message.format(rule=d.key.rule, path=d.path, text=d.key.text))
        if as_unused:
            report.unused.append(UnusedSuppression(shown, d.at, 1, d.key.rule))


def check_text(
    data: bytes,
    project: Project,
    path: str,
    date: PartialDate | None = None,
    config: Config | None = None,
    decisions: Decisions | None = None,
) -> RunResult:
    """One draft given as bytes (a request's body, say), linted as a file would be: the result
    of a run of one file, or of none with the reason it could not be read."""
    from lint.errors import FactlintError
    from lint.run.engine import lint_document
    from lint.run.inputs import decode

    result = RunResult()
    report = result.report
    try:
        text = decode(data, path)
        lint = lint_document(text, project, path, date, config, decisions=decisions)
    except FactlintError as exc:
        report.errors.append(FileError(exc.where or path, exc.message))
        return result
    fail_on = (config.fail_on if config else None) or "error"
    result.files.append(FileResult(Target(path, None), path, fail_on, lint.findings, text))
    report.findings.extend(lint.findings)
    if decisions is not None:
        report.dismissed.extend((d.finding, decisions.entries[d.decision]) for d in lint.dismissed)
    report.sources[path] = text
    report.files = 1
    return result
