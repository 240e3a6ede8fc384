"""A project: the story (seeds, facts, fact base), the rules and the language, loaded once."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lint.cache.projects import cached
from lint.checks.base import Rule
from lint.checks.rules import load_rules
from lint.errors import FactlintError
from lint.facts.factbase import FACTBASE_FILE, FactBase, input_digests, load_factbase
from lint.facts.index import FactIndex, index_facts
from lint.facts.story import Story, load_story
from lint.i18n import N_, _
from lint.reading.language import LANG_DIR, Lexicon, load_lexicon
from lint.reading.reader import Reader
from lint.run.config import Config

_PACKAGE = Path(__file__).resolve().parent.parent  # lint/


def _shipped(name: str) -> Path:
    """The story and rules shipped with factlint: inside the wheel, or beside the package in a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FactlintError(_("factlint's own '{name}' directory is missing from this installation").format(name=name))


def default_story_dir() -> Path:
    return _shipped("seeds")


def default_rules_dir() -> Path:
    return _shipped("rules")


class Notice(NamedTuple):
    """A warning kept with the project, and so with its cache: a message (an ``N_`` msgid) and
    its values, written out in the language of the run that shows it."""

    where: str
    message: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        return f"{self.where}: " + _(self.message).format(**dict(self.values))


class Project(NamedTuple):
    story: Story
    factbase: FactBase
    rules: list[Rule]
    lexicon: Lexicon
    notices: list[Notice]  # see ``warnings``
    reader: Reader  # patterns and tables made from the lexicon and story, to read drafts with
    fact_index: FactIndex  # the fact base as the checks cite it
    readers: dict[str, Reader]  # by language: the story's, and each other one a draft was written in

    @property
    def warnings(self) -> list[str]:
        """What loading found to warn of (a stale fact base), in the run's language."""
        return [notice.text() for notice in self.notices]

    def reader_for(self, lang: str) -> Reader:
        """The reader for drafts in ``lang``, made the first time a draft asks for it; an
        unknown language is a FactlintError."""
        found = self.readers.get(lang)
        if found is None:
            found = self.readers[lang] = Reader(load_lexicon(lang, self.story.lang_dirs), self.story)
        return found


def load_project(
    story_dir: Path | None = None, rules_dirs: list[Path] | None = None, config: Config | None = None
) -> Project:
    """Load and validate everything before the first draft is read.

    Explicit ``story_dir`` and ``rules_dirs`` win over the config's; the config's rule
    selection and severities are applied here, once, to the rules themselves.

    If the seeds, facts or lexicon changed since ``factbase.json`` was built, the fact base
    is rebuilt in memory and a warning says so: stale facts are never used silently.

    What was loaded is cached between runs (lint/cache/projects.py), keyed by every file
    it comes from.
    """
    story_root = story_dir or (config.story if config else None) or default_story_dir()
    if rules_dirs is None:
        rules_dirs = []
        if config is None or config.default_rules:
            rules_dirs.append(default_rules_dir())
        rules_dirs.extend(config.rules if config else ())
    selection = (config.select, config.ignore, sorted(config.severity.items())) if config else None
    directories = [story_root, *rules_dirs, LANG_DIR]
    return cached((story_root, rules_dirs, selection), directories, lambda: _load(story_root, rules_dirs, config))


def _load(story_root: Path, rules_dirs: list[Path], config: Config | None) -> Project:
    story = load_story(story_root)
    lexicon = load_lexicon(story.lang, story.lang_dirs)
    rules = load_rules(rules_dirs, set(story.facts))
    if config is not None:
        rules = _configured(rules, config)
    notices: list[Notice] = []
    reader = Reader(lexicon, story)
    factbase = _current_factbase(story, reader, notices)
    return Project(story, factbase, rules, lexicon, notices, reader, index_facts(factbase, story), {story.lang: reader})


class UnknownRule(FactlintError):
    """A name in a rule selection that is no rule's id and no kind."""

    def __init__(self, name: str, where: str | None) -> None:
        super().__init__(_("config names unknown rule or kind '{name}'").format(name=name), where)
        self.name = name


def _configured(rules: list[Rule], config: Config) -> list[Rule]:
    known = {r.id for r in rules} | {r.kind for r in rules}
    for name in (*config.select, *config.ignore, *config.severity):
        if name not in known:
            raise UnknownRule(name, config.source or None)
    out = []
    for rule in rules:
        names = {rule.id, rule.kind}
        if (config.select and not names & set(config.select)) or names & set(config.ignore):
            continue
        severity = config.severity.get(rule.id) or config.severity.get(rule.kind)
        out.append(rule._replace(severity=severity) if severity else rule)
    return out


def _current_factbase(story: Story, reader: Reader, notices: list[Notice]) -> FactBase:
    from lint.facts.build import build_factbase, story_inputs

    path = story.root / FACTBASE_FILE
    digests = input_digests(story_inputs(story))
    if path.exists():
        base = load_factbase(path)
        if base.inputs == digests:
            return base
        changed = sorted(k for k in digests.keys() | base.inputs.keys() if digests.get(k) != base.inputs.get(k))
        stale = N_(
            "fact base is out of date ({changed} changed); using a fresh build in memory. "
            "Run 'factlint build --story {story}' to update it."
        )
        notices.append(Notice(str(path), stale, (("changed", ", ".join(changed)), ("story", str(story.root)))))
    else:
        missing = N_(
            "no fact base yet; using a fresh build in memory. Run 'factlint build --story {story}' to write it."
        )
        notices.append(Notice(str(path), missing, (("story", str(story.root)),)))
    base = build_factbase(story, reader)[0]
    return base
