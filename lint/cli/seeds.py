"""``factlint seeds add`` and ``factlint build --diff``: what a change to the story does to its
fact base, shown before it lands (and, for a pull request, after)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from lint.cli.helptext import HelpGroup
from lint.cli.options import asked_locale, config_option, fail, locale_option, settle_locale, story_option
from lint.errors import FactlintError
from lint.i18n import N_, _


@click.group("seeds", cls=HelpGroup, help=N_("Grow the story: add the articles that report what it does not know yet."))
def seeds_group() -> None:
    pass


@seeds_group.command(
    "add",
    help=N_(
        "Add ARTICLE to the story: copy it unchanged, record it in seeds.yaml, rebuild "
        "factbase.json, and show what changed. Nothing is written if the story, with the article, "
        "does not build."
    ),
)
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--outlet", required=True, help=N_("Who published the article (seeds.yaml's 'outlet')."))
@click.option(
    "--date", "date_text", required=True, metavar="YYYY-MM-DD", help=N_("When it was published (YYYY-MM if no day).")
)
@click.option("--url", help=N_("Where it was published."))
@click.option("--title", help=N_("Its headline."))
@click.option("--dry-run", is_flag=True, help=N_("Show what would change; write nothing."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@story_option
@config_option
@locale_option
def add_command(
    article: Path,
    outlet: str,
    date_text: str,
    url: str | None,
    title: str | None,
    dry_run: bool,
    fmt: str,
    story_dir: Path | None,
    config_path: Path | None,
) -> None:
    from lint.cli.configured import config_for, story_dir_for
    from lint.facts.changes import change_lines, changes_dict
    from lint.facts.seeding import prepare, write
    from lint.reading.document import PartialDate

    published = PartialDate.parse(date_text)
    if published is None:
        message = _("'{text}' is not a date (use YYYY-MM-DD, or YYYY-MM)").format(text=date_text)
        raise click.BadParameter(message, param_hint="--date")
    try:
        config = config_for(config_path)
        addition = prepare(story_dir_for(story_dir, config), article, outlet, published, url, title)
    except FactlintError as exc:
        fail(exc)
    settle_locale(asked_locale(), config.locale, addition.story.lang)
    story, seed, changes = addition.story, addition.seed, addition.changes
    written = False
    problem: FactlintError | None = None
    if changes.refused:
        problem = FactlintError(_("the story does not build with this article (see the conflicts); nothing written"))
    elif not dry_run:
        try:
            write(addition)
            written = True
        except FactlintError as exc:
            problem = exc
    if fmt == "json":
        data = {
            "seed": {
                "file": seed.file,
                "outlet": outlet.strip(),
                "published": published.iso(),
                "url": url,
                "title": title,
            },
            "story": str(story.root),
            "dry_run": dry_run,
            "written": written,
            "stale": addition.stale,
            "changes": changes_dict(changes),
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        added = _("{outlet}, {date} -> story '{story}' ({path})")
        click.echo(
            f"{seed.file}: "
            + added.format(outlet=outlet.strip(), date=published.iso(), story=story.name, path=story.root)
        )
        if addition.stale:
            stale = _("({name}/factbase.json was out of date: changes are from a fresh build of the story)")
            click.echo("  " + stale.format(name=story.root.name))
        for line in change_lines(addition.story_after, changes):
            click.echo(line)
        if written:
            click.echo(_("written: {paths}").format(paths=", ".join(str(p) for p in addition.paths)))
        elif dry_run and problem is None:
            click.echo(_("dry run: nothing written"))
    if problem is not None:
        fail(problem)


def show_build_diff(story_root: Path, earlier: str, fmt: str) -> int:
    """``factlint build --diff OLD``: what the story at ``story_root``, built now, changes from the fact base OLD
    names. 0, or 2 when the story does not build (its conflicts are shown)."""
    from lint.facts.changes import change_lines, changes_dict, story_changes
    from lint.facts.earlier import load_earlier
    from lint.facts.story import load_story

    try:
        story = load_story(story_root)
        old, label = load_earlier(earlier, story.root)
        changes = story_changes(old, story)
    except FactlintError as exc:
        fail(exc)
    if fmt == "json":
        click.echo(json.dumps({"old": label, "changes": changes_dict(changes)}, ensure_ascii=False, indent=2))
    else:
        click.echo(_("from {old} to the story as it builds now ({path}):").format(old=label, path=story.root))
        if changes.seeds:
            click.echo(_("seeds added: {seeds}").format(seeds=", ".join(changes.seeds)))
        for line in change_lines(story, changes):
            click.echo(line)
    if changes.refused:
        click.echo("factlint: error: " + _("the story does not build (see the conflicts)"), err=True)
        return 2
    return 0
