"""Safe YAML loading that remembers the line of every mapping and key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from lint.errors import FactlintError


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
            raise FactlintError("mapping keys must be plain values", f"{loader.name}:{key_node.start_mark.line + 1}")
        skey = str(key)
        if skey in mapping:
            raise FactlintError(f"duplicate key '{skey}'", f"{loader.name}:{key_node.start_mark.line + 1}")
        mapping[skey] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[skey] = key_node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

# An alias bomb expands a few lines into billions of nodes; stories never need that many.
MAX_ALIASES = 200


def load_yaml_text(text: str, name: str) -> Any:
    """Parse YAML safely; errors carry ``name:line``."""
    if text.count("*") > MAX_ALIASES and _count_aliases(text, name) > MAX_ALIASES:
        raise FactlintError(f"too many YAML aliases (more than {MAX_ALIASES})", name)
    loader = _Loader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = exc.problem or exc.context or "invalid YAML"
        raise FactlintError(f"invalid YAML: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise FactlintError(f"invalid YAML: {exc}", name) from None
    finally:
        loader.dispose()


def _count_aliases(text: str, name: str) -> int:
    try:
        return sum(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_Base))
    except yaml.YAMLError:
        return 0


def load_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FactlintError("no such file", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactlintError(f"cannot read: {exc}", str(path)) from None
    return load_yaml_text(text, str(path))
