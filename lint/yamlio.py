"""Safe YAML loading that remembers the line of every mapping and key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from lint.errors import FactlintError
from lint.files import NotRegularFile, read_regular_file
from lint.i18n import _


class Node(dict[str, Any]):
    """A YAML mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's parser when PyYAML has it (eight times faster: start-up matters in a pre-commit
# hook); the constructor is the safe one either way, so python tags are refused.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """A safe loader (no python tags) whose mappings are ``Node``s."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Node:
    loader.flatten_mapping(node)
    mapping = Node()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool):
            raise FactlintError(_("mapping keys must be plain values"), f"{loader.name}:{key_node.start_mark.line + 1}")
        skey = str(key)
        if skey in mapping:
            raise FactlintError(
                _("duplicate key '{key}'").format(key=skey), f"{loader.name}:{key_node.start_mark.line + 1}"
            )
        mapping[skey] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[skey] = key_node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

# An alias bomb expands a few lines into billions of nodes; stories never need that many.
MAX_ALIASES = 200


def load_yaml_text(text: str, name: str) -> Any:
    """Parse YAML safely; errors carry ``name:line``."""
    if text.count("*") > MAX_ALIASES and _count_aliases(text, name) > MAX_ALIASES:
        raise FactlintError(_("too many YAML aliases (more than {count})").format(count=MAX_ALIASES), name)
    loader = _Loader(text)
    loader.name = name
    try:
        data = loader.get_single_data()
        _check_shape(data, name)
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = exc.problem or exc.context or _("invalid YAML")
        raise FactlintError(_("invalid YAML: {problem}").format(problem=problem), where) from None
    except yaml.YAMLError as exc:
        raise FactlintError(_("invalid YAML: {problem}").format(problem=exc), name) from None
    finally:
        loader.dispose()


# Aliases share what they point to, so a few lines can hold a list nested thousands deep, or
# one that is billions of values long once written out (and repr(), str() or json write it
# out: a RecursionError, or no end). No story needs either.
MAX_DEPTH = 100
MAX_VALUES = 100_000


def _check_shape(data: Any, name: str) -> None:
    """Refuse data nested deeper than MAX_DEPTH, holding more than MAX_VALUES values once
    written out, or holding itself. Each shared list or mapping is measured once, without
    recursion."""
    measured: dict[int, tuple[int, int]] = {}  # id -> (depth, values written out)
    open_: set[int] = set()  # lists and mappings whose contents are being measured
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, children_done = stack.pop()
        if not isinstance(node, list | dict) or (not children_done and id(node) in measured):
            continue
        children = [c for c in (node.values() if isinstance(node, dict) else node) if isinstance(c, list | dict)]
        if not children_done:
            if id(node) in open_:
                raise FactlintError(_("YAML that holds itself (an alias inside its own anchor)"), name)
            open_.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children)
            continue
        depth, values = 1, len(node) + 1
        for child in children:
            child_depth, child_values = measured[id(child)]
            depth, values = max(depth, child_depth + 1), values + child_values
        if depth > MAX_DEPTH:
            raise FactlintError(_("YAML nested more than {count} levels deep").format(count=MAX_DEPTH), name)
        if values > MAX_VALUES:
            raise FactlintError(
                _("YAML aliases expand to more than {count} values").format(count=f"{MAX_VALUES:,}"), name
            )
        open_.discard(id(node))
        measured[id(node)] = (depth, values)


def _count_aliases(text: str, name: str) -> int:
    try:
        return sum(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_Base))
    except yaml.YAMLError:
        return 0


# No story, rule or lexicon file is anywhere near this; a link to /dev/zero would be endless.
MAX_YAML_BYTES = 50 * 1024 * 1024


def load_yaml_file(path: Path) -> Any:
    try:
        data = read_regular_file(path, MAX_YAML_BYTES + 1)
        if len(data) > MAX_YAML_BYTES:
            raise FactlintError(_("larger than {size} MB").format(size=MAX_YAML_BYTES // 1_048_576), str(path))
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise FactlintError(_("no such file"), str(path)) from None
    except NotRegularFile:
        raise FactlintError(_("not a regular file (a FIFO, socket or device)"), str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactlintError(_("cannot read: {reason}").format(reason=exc), str(path)) from None
    return load_yaml_text(text, str(path))
