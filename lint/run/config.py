"""Configuration: ``.factlint.yaml`` or ``[tool.factlint]`` in ``pyproject.toml``, found by walking up."""

from __future__ import annotations

import fnmatch
import functools
import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from lint.errors import FactlintError
from lint.files import others_may_write
from lint.findings import SEVERITIES, Finding
from lint.i18n import _
from lint.run.dating import DATE_SOURCES
from lint.schema import Checker
from lint.yamlio import Node, load_yaml_file

CONFIG_FILE = ".factlint.yaml"
_KEYS = {
    "story",
    "rules",
    "default-rules",
    "select",
    "ignore",
    "severity",
    "per-path-ignores",
    "fail-on",
    "lang",
    "exclude",
    "date-from",
    "locale",
}


class Config(NamedTuple):
    """Settings for the files under ``root``. Paths in it are relative to ``root``."""

    root: Path
    source: str  # the file it came from, or "" for defaults
    story: Path | None = None
    rules: tuple[Path, ...] = ()
    default_rules: bool = True
    select: tuple[str, ...] = ()  # rule ids or kinds; empty means all
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = {}  # rule id or kind -> severity; never changed once made
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str | None = None
    lang: str | None = None  # drafts without a lang: in their front matter are in this language
    exclude: tuple[str, ...] = ()  # path globs of files never linted
    date_from: tuple[str, ...] = ()  # where a draft with no date of its own gets one (lint/run/dating.py)
    locale: str | None = None  # the language of messages (lint/i18n.py), over the environment's

    def project_key(self) -> tuple[Path | None, tuple[Path, ...], bool]:
        return (self.story, self.rules, self.default_rules)

    def relative(self, path: Path) -> str:
        """``path`` as the per-path-ignores patterns are matched against it."""
        return _relative(path, self.root)

    def keeps(self, finding: Finding, rel: str | None) -> bool:
        """Is ``finding`` reported, in the file at ``rel`` (made ``relative`` once for all
        of a draft's findings)?"""
        names = {finding.rule, finding.kind}
        if self.select and not names & set(self.select):
            return False
        if names & set(self.ignore):
            return False
        if rel is not None:
            for pattern, rules in self.per_path_ignores:
                if _glob(rel, pattern) and ("*" in rules or names & set(rules)):
                    return False
        return True

    def excludes(self, path: Path) -> bool:
        """Is the file at ``path`` left unlinted: below the config's own story directory (its
        seeds hold the errors the story settles, and are no drafts), or matched by an
        ``exclude`` glob, itself or a directory it is in?"""
        if self.story is None and not self.exclude:
            return False
        where = _resolved_dir(path.parent) / path.name
        if self.story is not None and where.is_relative_to(_resolved_dir(self.story)):
            return True
        root = _resolved_dir(self.root)
        rel = where.relative_to(root).as_posix() if where.is_relative_to(root) else where.as_posix()
        return any(excluded(rel, pattern) for pattern in self.exclude)

    def severity_of(self, finding: Finding) -> str:
        return self.severity.get(finding.rule) or self.severity.get(finding.kind) or finding.severity


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, RuntimeError):  # elsewhere, or a link loop
        return path.as_posix()


@functools.lru_cache(maxsize=4096)
def _resolved_dir(directory: Path) -> Path:
    """A directory resolved once for all the files in it (a run names thousands)."""
    try:
        return directory.resolve()
    except RuntimeError:  # a link loop
        return Path(os.path.abspath(directory))


def excluded(rel: str, pattern: str) -> bool:
    """Does an exclude glob match the path, or a directory it is in? ``arsip`` and ``arsip/``
    leave out all of ``arsip/``; ``*.txt`` every text file at any depth; ``drafts/old/*``
    what ``fnmatch`` says."""
    path = PurePosixPath(rel)
    return any(_glob(p.as_posix(), pattern.rstrip("/")) for p in (path, *path.parents) if p.as_posix() != ".")


def _glob(rel: str, pattern: str) -> bool:
    if pattern.endswith("/"):
        pattern += "**"
    return fnmatch.fnmatch(rel, pattern) or PurePosixPath(rel).match(pattern)


def find_config(
    start: Path, seen: dict[Path, Config] | None = None, warn: Callable[[str], None] | None = None
) -> Config:
    """The nearest config at or above ``start`` (a file or directory), within its repository
    (see ``_find_config``); defaults if none. ``seen`` remembers the answer per directory, for
    a run over many files; ``warn`` is told of each config file that is ignored."""
    if seen is not None and _plain_file(start):
        # A plain file has its directory's config, wherever the directory resolves to; the
        # directory is remembered as given too, so its next file costs no walk through its
        # path. (Every key of ``seen`` stands for the config of what it resolves to.)
        directory = start.parent
        found = seen.get(directory)
        if found is None:
            found = seen[directory] = find_config(directory, seen, warn)
        return found
    try:
        here = start.resolve()
    except RuntimeError:  # a link that leads back to itself: look beside it
        here = Path(os.path.abspath(start))
    if not here.is_dir():
        here = here.parent
    if seen is None:
        return _find_config(here, warn)
    if here not in seen:
        seen[here] = _find_config(here, warn)
    return seen[here]


def _plain_file(path: Path) -> bool:
    """A regular file, not a link (a link's config is looked for beside what it points to)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def _find_config(here: Path, warn: Callable[[str], None] | None) -> Config:
    """The first config from ``here`` up, stopping at the repository's root (a directory that
    holds ``.git``): what lies above a repository is not its own. A config file that another
    user owns, or that others may write, is skipped with a warning: anyone who can put a
    ``.factlint.yaml`` in /tmp could otherwise turn every check off for drafts below it."""
    for directory in (here, *here.parents):
        yaml_path = directory / CONFIG_FILE
        if yaml_path.is_file():
            problem = _untrusted(yaml_path)
            if problem is None:
                return load_config(yaml_path)
            if warn is not None:
                warn(_("{path}: ignored: {problem}").format(path=yaml_path, problem=problem))
        toml_path = directory / "pyproject.toml"
        if toml_path.is_file():
            problem = _untrusted(toml_path)
            if problem is None:
                table = _pyproject_table(toml_path)
                if table is not None:
                    return _config_from(table, directory, str(toml_path), Checker(str(toml_path)))
            elif warn is not None and _names_factlint(toml_path):
                warn(_("{path}: ignored: {problem}").format(path=toml_path, problem=problem))
        if os.path.lexists(directory / ".git"):
            break
    return Config(root=here, source="")


def _untrusted(path: Path) -> str | None:
    """Why a config file may not be trusted: another user (not root) owns it, or others may
    write it; None when it is this user's own. As git trusts only a repository its user owns
    (safe.directory)."""
    if not hasattr(os, "getuid"):  # elsewhere a user's files are private
        return None
    st = path.stat()
    if st.st_uid not in (os.getuid(), 0):
        return _("owned by another user (uid {uid})").format(uid=st.st_uid)
    if others_may_write(st):  # (a group of the user's own, as with umask 002, does not count)
        return _("others may write it (mode {mode})").format(mode=f"{stat.S_IMODE(st.st_mode):04o}")
    return None


def _names_factlint(path: Path) -> bool:
    try:
        return _pyproject_table(path) is not None
    except FactlintError:
        return False


def load_config(path: Path) -> Config:
    data = load_yaml_file(path)
    c = Checker(str(path))
    if data is None:
        data = Node()
    node = c.mapping(data, CONFIG_FILE)
    return _config_from(node, path.parent, str(path), c)


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only a repository with a pyproject.toml pays for it

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FactlintError(_("cannot read: {reason}").format(reason=exc), str(path)) from None
    table = data.get("tool", {}).get("factlint")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise FactlintError(_("[tool.factlint] must be a table"), str(path))
    return table


def _config_from(table: dict[str, Any], root: Path, source: str, c: Checker) -> Config:
    node = table if isinstance(table, Node) else _as_node(table)
    for key in node:
        if key not in _KEYS:
            raise c.fail(
                node,
                _("unknown key '{key}' in factlint config (keys: {keys})").format(
                    key=key, keys=", ".join(sorted(_KEYS))
                ),
                key,
            )
    severity = node.get("severity", {})
    if not isinstance(severity, dict) or not all(v in SEVERITIES for v in severity.values()):
        raise c.fail(
            node,
            _("'severity' must map rule ids or kinds to one of {severities}").format(severities=", ".join(SEVERITIES)),
            "severity",
        )
    ppi = node.get("per-path-ignores", {})
    if not isinstance(ppi, dict):
        raise c.fail(
            node, _("'per-path-ignores' must map path globs to lists of rule ids or kinds"), "per-path-ignores"
        )
    per_path: list[tuple[str, tuple[str, ...]]] = []
    for pattern, rules in ppi.items():
        rules = [rules] if isinstance(rules, str) else rules
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise c.fail(
                node,
                _("'per-path-ignores' entry '{pattern}' must be a list of rule ids or kinds").format(pattern=pattern),
                "per-path-ignores",
            )
        per_path.append((str(pattern), tuple(rules)))
    fail_on = node.get("fail-on")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise c.fail(
            node, _("'fail-on' must be one of {severities}").format(severities=", ".join(SEVERITIES)), "fail-on"
        )
    lang = node.get("lang")
    if lang is not None and (not isinstance(lang, str) or not lang.strip()):
        raise c.fail(node, _("'lang' must be a language code such as id or en"), "lang")
    config = _("factlint config")
    date_from = c.strings(node, "date-from", config)
    for source in date_from:
        if source not in DATE_SOURCES:
            raise c.fail(
                node,
                _("'date-from' may list {sources}, not '{source}'").format(
                    sources=", ".join(DATE_SOURCES), source=source
                ),
                "date-from",
            )
    locale = _locale(c, node)
    story = node.get("story")
    if story is not None and not isinstance(story, str):
        raise c.fail(node, _("'story' must be a directory path"), "story")
    return Config(
        root=root,
        source=source,
        story=(root / story).resolve() if story else None,
        rules=tuple((root / r).resolve() for r in c.strings(node, "rules", config)),
        default_rules=c.boolean(node, "default-rules", config, True),
        select=c.strings(node, "select", config),
        ignore=c.strings(node, "ignore", config),
        severity={str(k): str(v) for k, v in severity.items()},
        per_path_ignores=tuple(per_path),
        fail_on=fail_on,
        lang=lang,
        exclude=c.strings(node, "exclude", config),
        date_from=date_from,
        locale=locale,
    )


def _locale(c: Checker, node: Node) -> str | None:
    """The config's ``locale:``, one factlint has messages in: a typo fails the config rather
    than leaving every editor with messages in another language."""
    from lint import i18n

    locale = node.get("locale")
    if locale is None:
        return None
    code = i18n.language_of(locale) if isinstance(locale, str) else None
    if code is None or code not in i18n.available():
        raise c.fail(node, _("'locale' must be one of {locales}").format(locales=", ".join(i18n.available())), "locale")
    return code


def _as_node(table: dict[str, Any]) -> Node:
    node = Node(table)
    node.line = 0
    node.key_lines = {}
    return node
