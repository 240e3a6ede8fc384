"""``factlint serve``: start the HTTP service. Starlette and uvicorn are imported only here,
when the command runs, so ``factlint lint`` does not pay for them at start-up."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.cli.helptext import Localized
from lint.cli.options import asked_locale, locale_option, rules_option, settle_locale, story_option
from lint.errors import FactlintError
from lint.i18n import N_, _

LOOPBACK = ("127.0.0.1", "::1", "localhost")
WILDCARDS = ("0.0.0.0", "::", "")


@click.command(
    "serve",
    cls=Localized,
    help=N_(
        "Serve POST /lint, GET /facts, GET /facts/ID/timeline, POST /dismiss, GET /healthz and "
        "the review page at / over HTTP."
    ),
)
@click.option("--host", default="127.0.0.1", show_default=True, help=N_("Interface to listen on."))
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help=N_("TCP port (0: any free port).")
)
@click.option(
    "--max-bytes",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(min=1),
    help=N_("Largest request body accepted; larger requests get 413."),
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.01),
    help=N_("Seconds one draft may take to check; a slower one is stopped and gets 503."),
)
@click.option(
    "--workers",
    "--threads",
    "workers",
    default=4,
    show_default=True,
    type=click.IntRange(min=1),
    help=N_("Drafts checked at once, each in a worker process."),
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help=N_(
        "A host name the service may be reached by (repeatable; '*' for any). Default: loopback names, and --host."
    ),
)
@click.option(
    "--dismiss/--no-dismiss",
    "dismiss",
    default=None,
    help=N_(
        "Let the review page dismiss findings (POST /dismiss), recorded in the decisions file "
        "that lint honours. Default: on when the service listens on loopback only."
    ),
)
@story_option
@rules_option
@locale_option
def serve_command(
    host: str,
    port: int,
    max_bytes: int,
    timeout: float,
    workers: int,
    allow_hosts: tuple[str, ...],
    dismiss: bool | None,
    story_dir: Path | None,
    rules_dirs: tuple[Path, ...],
) -> None:
    from lint.run.config import find_config
    from lint.run.project import load_project

    try:
        config = find_config(Path.cwd(), warn=lambda message: click.echo(f"factlint: warning: {message}", err=True))
        project = load_project(story_dir, list(rules_dirs) or None, config)
    except FactlintError as exc:
        click.echo(f"factlint: error: {exc}", err=True)
        sys.exit(2)
    settle_locale(asked_locale(), config.locale, project.story.lang)  # for requests that name no language
    for warning in project.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    try:
        import uvicorn

        from lint.service.app import LOOPBACK_HOSTS, Limits, create_app
    except ImportError as exc:
        needs = _("'factlint serve' needs the serve extra: pip install 'factlint[serve]' ({error})")
        click.echo("factlint: error: " + needs.format(error=exc), err=True)
        sys.exit(2)
    allowed = {*LOOPBACK_HOSTS, *allow_hosts}
    if host not in WILDCARDS:
        allowed.add(host)
    if host not in LOOPBACK:
        unguarded = _("the service has no authentication; expose it only behind your CMS or a proxy")
        click.echo("factlint: warning: " + unguarded, err=True)
        if host in WILDCARDS and not allow_hosts:
            loopback = _("only requests to a loopback name are answered; name the others with --allow-host")
            click.echo("factlint: warning: " + loopback, err=True)
    limits = Limits(max_bytes=max_bytes, timeout=timeout, workers=workers)
    # Recording decisions writes to the newsroom's repository: by default only for a service on
    # this machine alone, as 'factlint dismiss' would.
    decisions = None
    if dismiss or (dismiss is None and host in LOOPBACK):
        from lint.run.decisions import decisions_path

        decisions = decisions_path(config)
        recorded = _("decisions the review page makes are recorded in {path}").format(path=decisions)
        click.echo("factlint: " + recorded, err=True)
    try:
        app = create_app(project, config, limits, allowed_hosts=allowed, decisions=decisions)
    except FactlintError as exc:
        click.echo(f"factlint: error: {exc}", err=True)
        sys.exit(2)
    loaded = _("{rules} rules, {facts} facts loaded").format(
        rules=len(project.rules), facts=len(project.factbase.facts)
    )
    click.echo("factlint: " + loaded, err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
