"""What an archive run lints with: the archive's one config, the project, what the workers
are given, and how a summary records it so that a recheck can load the same again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from lint.archive.articles import Article
from lint.archive.provenance import factbase_digest, reading_digests
from lint.archive.work import Setup
from lint.errors import FactlintError
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.run.config import Config, find_config, load_config
from lint.run.project import Project, load_project


class Plan(NamedTuple):
    project: Project
    setup: Setup
    reading: dict[str, str]  # lint/archive/provenance.py


def archive_config(articles: list[Article], config_path: Path | None) -> Config:
    """``--config``, or the config every article's directory finds. `factlint lint` looks for
    one per file; an archive is linted with one, so articles under different configs are
    refused rather than linted with the wrong one."""
    if config_path is not None:
        return load_config(config_path.absolute())  # a recheck may run from elsewhere
    seen: dict[Path, Config] = {}
    found: dict[str, tuple[Config, str]] = {}
    for directory in sorted({str(Path(a.path).parent) for a in articles}):
        config = find_config(Path(directory), seen)
        found.setdefault(config.source, (config, directory))
    if len(found) > 1:
        a, b = (directory for _config, directory in list(found.values())[:2])
        raise FactlintError(
            _(
                "articles under {first} and {second} have different factlint configs; check them separately, "
                "or pass --config"
            ).format(first=a, second=b)
        )
    if not found:
        return find_config(Path.cwd())
    return next(iter(found.values()))[0]


def make_plan(
    story_dir: Path | None,
    rules_dirs: list[Path] | None,
    config: Config,
    date: PartialDate | None,
    max_bytes: int,
    warn: Callable[[str], None],
) -> Plan:
    """Load and validate the project before any article is read. Paths are made absolute
    so that they mean the same in every worker."""
    story = story_dir.absolute() if story_dir is not None else None
    rules = tuple(d.absolute() for d in rules_dirs) if rules_dirs else None
    project = load_project(story, list(rules) if rules is not None else None, config)
    for warning in project.warnings:
        warn(warning)
    setup = Setup(story, rules, config, date, max_bytes, factbase_digest(project.factbase))
    return Plan(project, setup, reading_digests(project, config, date))


def plan_record(plan: Plan) -> dict[str, Any]:
    """What a summary keeps of the plan: how to load it again, and what it was made of."""
    setup, base = plan.setup, plan.project.factbase
    return {
        "setup": {
            "story": str(setup.story_dir) if setup.story_dir else None,
            "rules": [str(d) for d in setup.rules_dirs] if setup.rules_dirs is not None else None,
            "config": setup.config.source or None,
            "config_root": str(setup.config.root),
            "date": setup.date.iso() if setup.date else None,
            "max_bytes": setup.max_bytes,
        },
        "story": str(plan.project.story.root.absolute()),
        "factbase": {"story": base.story, "digest": setup.factbase, "inputs": dict(sorted(base.inputs.items()))},
        "reading": plan.reading,
    }


def plan_from_record(summary: dict[str, Any], warn: Callable[[str], None]) -> Plan:
    """The plan of an earlier run, loaded afresh: the same story, rules, config and date,
    with whatever the story's files hold now."""
    try:
        record = summary["setup"]
        config = _config_again(record["config"], Path(record["config_root"]))
        date = PartialDate.parse(record["date"]) if record["date"] else None
        story = Path(record["story"]) if record["story"] else None
        rules = [Path(d) for d in record["rules"]] if record["rules"] is not None else None
        max_bytes = int(record["max_bytes"])
    except (KeyError, TypeError, ValueError) as exc:
        raise FactlintError(
            _("summary.json does not say how the archive was checked ({reason})").format(reason=exc)
        ) from None
    return make_plan(story, rules, config, date, max_bytes, warn)


def _config_again(source: str | None, root: Path) -> Config:
    """The config a check used, read again from where it came from: a config file, the
    ``[tool.factlint]`` table of a pyproject.toml (found again as it was found), or none."""
    if not source:
        return Config(root, "")
    if Path(source).name == "pyproject.toml":
        return find_config(Path(source).parent)
    return load_config(Path(source))
