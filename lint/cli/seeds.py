"""``factlint seeds add`` and ``factlint build --diff``: what a change to the story does to its
fact base, shown before it lands (and, for a pull request, after)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from lint.cli.options import HelpGroup, config_option, fail, story_option
from lint.errors import FactlintError


@click.group("seeds", cls=HelpGroup)
def seeds_group() -> None:
    """Grow the story: add the articles that report what it does not know yet."""


@seeds_group.command("add")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--outlet", required=True, help="Who published the article (seeds.yaml's 'outlet').")
@click.option(
    "--date", "date_text", required=True, metavar="YYYY-MM-DD", help="When it was published (YYYY-MM if no day)."
)
@click.option("--url", help="Where it was published.")
@click.option("--title", help="Its headline.")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@story_option
@config_option
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
    """Add ARTICLE to the story: copy it unchanged, record it in seeds.yaml, rebuild
    factbase.json, and show what changed. Nothing is written if the story, with the article,
    does not build."""
    from lint.cli.configured import config_for, story_dir_for
    from lint.facts.changes import change_lines, changes_dict
    from lint.facts.seeding import prepare, write
    from lint.reading.document import PartialDate

    published = PartialDate.parse(date_text)
    if published is None:
        raise click.BadParameter(f"'{date_text}' is not a date (use YYYY-MM-DD, or YYYY-MM)", param_hint="--date")
    try:
        addition = prepare(story_dir_for(story_dir, config_for(config_path)), article, outlet, published, url, title)
    except FactlintError as exc:
        fail(exc)
    story, seed, changes = addition.story, addition.seed, addition.changes
    written = False
    problem: FactlintError | None = None
    if changes.refused:
        problem = FactlintError("the story does not build with this article (see the conflicts); nothing written")
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
        click.echo(f"{seed.file}: {outlet.strip()}, {published.iso()} -> story '{story.name}' ({story.root})")
        if addition.stale:
            click.echo(
                f"  ({story.root.name}/factbase.json was out of date: changes are from a fresh build of the story)"
            )
        for line in change_lines(addition.story_after, changes):
            click.echo(line)
        if written:
            click.echo("written: " + ", ".join(str(p) for p in addition.paths))
        elif dry_run and problem is None:
            click.echo("dry run: nothing written")
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
        click.echo(f"from {label} to the story as it builds now ({story.root}):")
        if changes.seeds:
            click.echo("seeds added: " + ", ".join(changes.seeds))
        for line in change_lines(story, changes):
            click.echo(line)
    if changes.refused:
        click.echo("factlint: error: the story does not build (see the conflicts)", err=True)
        return 2
    return 0
