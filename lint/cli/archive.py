"""``factlint archive``: a newsroom's archive linted on a Dask cluster, and re-checked after
a fact change. Dask and pyarrow are imported only when one of these commands runs, so
``factlint lint`` does not pay for them at start-up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from lint.cli.helptext import HelpGroup
from lint.cli.options import date_option, fail, parse_date, rules_option, story_option
from lint.errors import FactlintError
from lint.i18n import N_, _
from lint.run.inputs import EXTENSIONS

if TYPE_CHECKING:
    from lint.archive.check import RunOptions

FORMATS = ("jsonl", "parquet")


@click.group(
    "archive",
    cls=HelpGroup,
    help=N_("Lint an archive of articles on a Dask cluster; re-check what a fact change touches."),
)
def archive_group() -> None:
    pass


def _cluster_options(command: Any) -> Any:
    options = [
        click.option(
            "--out", type=click.Path(file_okay=False, path_type=Path), required=True, help=N_("Output directory.")
        ),
        click.option("--force", is_flag=True, help=N_("Replace the outputs in a non-empty output directory.")),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            help=N_("An existing Dask cluster (tcp://HOST:PORT); its workers must see the articles at the same paths."),
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            help=N_("Worker processes of the local cluster. [default: one per CPU]"),
        ),
        click.option(
            "--partition-size", type=click.IntRange(min=1), help=N_("Articles per task. [default: from the size]")
        ),
        click.option(
            "--retries",
            default=2,
            show_default=True,
            type=click.IntRange(min=0),
            help=N_("Retries of a failed partition."),
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@archive_group.command(
    "check",
    help=N_(
        "Lint every article under PATHS (directories, files, or quoted glob patterns such as "
        "'archive/**/*.md') and write findings, the claims index and a summary to --out."
    ),
)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help=N_("How findings are written."),
)
@_cluster_options
@date_option
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help=N_("Use this config file instead of the one the articles' directories find."),
)
@click.option(
    "--max-file-size",
    "max_mb",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help=N_("Refuse articles larger than this many MB."),
)
@story_option
@rules_option
def check_command(
    paths: tuple[str, ...],
    fmt: str,
    out: Path,
    force: bool,
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
    retries: int,
    date_text: str | None,
    config_path: Path | None,
    max_mb: float,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    date = parse_date(date_text)
    _needs_archive_extra()
    from lint.archive.articles import find_articles
    from lint.archive.check import check_archive
    from lint.archive.plan import archive_config, make_plan

    options = _run_options(out, fmt, force, scheduler, workers, partition_size, retries)
    try:
        articles, errors = find_articles(list(paths))
        if errors:
            for error in errors:
                click.echo(f"factlint: error: {error}", err=True)
            sys.exit(2)
        if not articles:
            message = _("no articles ({extensions}) in {paths}")
            raise FactlintError(message.format(extensions=", ".join(EXTENSIONS), paths=" ".join(paths)))
        config = archive_config(articles, config_path)
        plan = make_plan(story_dir, list(rules_dirs) or None, config, date, int(max_mb * 1_048_576), _warn)
        summary = check_archive(articles, plan, options, _warn)
    except FactlintError as exc:
        fail(exc)
    except OSError as exc:
        fail(FactlintError(_("cannot run: {error}").format(error=exc)))
    _finish(summary, out)


@archive_group.command(
    "recheck",
    help=N_(
        "Re-lint only the articles of PREVIOUS (an 'archive check' or 'archive recheck' output) "
        "whose claims touch facts that changed since, with the story's current fact base; write "
        "the whole updated output and the changes (changes.jsonl) to --out."
    ),
)
@click.argument("previous", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--since",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help=N_("The fact base PREVIOUS was checked against (a factbase.json). [default: PREVIOUS/factbase.json]"),
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), help=N_("How findings are written. [default: as in PREVIOUS]")
)
@_cluster_options
def recheck_command(
    previous: Path,
    since: Path | None,
    fmt: str | None,
    out: Path,
    force: bool,
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
    retries: int,
) -> None:
    _needs_archive_extra()
    from lint.archive.output import findings_file, read_summary
    from lint.archive.plan import plan_from_record
    from lint.archive.recheck import check_unchanged_reading, load_old_factbase, recheck_archive

    try:
        summary = read_summary(previous)
        fmt = fmt or ("parquet" if findings_file(previous).suffix == ".parquet" else "jsonl")
        old = load_old_factbase(previous, since, summary)
        plan = plan_from_record(summary, _warn)
        check_unchanged_reading(summary, plan)
        options = _run_options(out, fmt, force, scheduler, workers, partition_size, retries)
        result = recheck_archive(previous, summary, old, plan, options, _warn)
    except FactlintError as exc:
        fail(exc)
    except OSError as exc:
        fail(FactlintError(_("cannot run: {error}").format(error=exc)))
    change = result["recheck"]
    click.echo(
        _(
            "{reread} of {files} articles read again ({share}%): "
            "{new} new findings, {resolved} resolved, {changed} changed"
        ).format(
            reread=change["reread"],
            files=result["files"],
            share=f"{100 * change['share']:.2f}",
            new=change["new"],
            resolved=change["resolved"],
            changed=change["changed"],
        )
    )
    _finish(result, out)


def _run_options(
    out: Path,
    fmt: str,
    force: bool,
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
    retries: int,
) -> RunOptions:
    from lint.archive.check import RunOptions

    if scheduler and workers:
        raise click.UsageError(_("--workers sizes a local cluster; an existing one (--scheduler) has its own"))
    # Dask's bar is drawn on stdout, and only for a person watching.
    return RunOptions(out, fmt, force, scheduler, workers, partition_size, retries, sys.stdout.isatty())


def _finish(summary: dict[str, Any], out: Path) -> NoReturn:
    from lint.archive.check import exit_status

    for error in summary["errors"]:
        click.echo(f"factlint: error: {error['path']}: {error['message']}", err=True)
    for command, what in (
        ("check", _("{count} partitions ({files} files) not linted; see the summary")),
        (
            "recheck",
            _("{count} partitions ({files} files) not linted again; their earlier findings are kept; see the summary"),
        ),
    ):
        failed = [p for p in summary["failed_partitions"] if p["command"] == command]
        if failed:
            files = sum(len(p["files"]) for p in failed)
            click.echo("factlint: error: " + what.format(count=len(failed), files=files), err=True)
    click.echo(
        _("{files} files, {findings} findings, in {seconds} s: {path}").format(
            files=summary["files"],
            findings=summary["findings"],
            seconds=f"{summary['duration_seconds']:.1f}",
            path=out / "summary.json",
        )
    )
    sys.exit(exit_status(summary))


def _needs_archive_extra() -> None:
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        message = _("'factlint archive' needs the archive extra: pip install 'factlint[archive]' ({error})")
        fail(FactlintError(message.format(error=exc)))


def _warn(message: str) -> None:
    click.echo(f"factlint: warning: {message}", err=True)
