"""Small load-time checks for YAML data: each error names file, line and key."""

from __future__ import annotations

from typing import Any

from lint.errors import FactlintError
from lint.yamlio import Node


class Checker:
    """Validates one YAML file's nodes, reporting ``path:line: message``."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: Any, message: str, key: str | None = None) -> FactlintError:
        line = node.line_of(key) if isinstance(node, Node) and key else getattr(node, "line", 0)
        return FactlintError(message, f"{self.path}:{line}" if line else self.path)

    def mapping(self, node: Any, what: str, parent: Any = None, key: str | None = None) -> Node:
        if not isinstance(node, Node):
            raise self.fail(parent if parent is not None else node, f"{what} must be a mapping", key)
        return node

    def keys(self, node: Node, allowed: set[str], required: set[str], what: str) -> None:
        for key in node:
            if key not in allowed:
                raise self.fail(node, f"unknown key '{key}' in {what}", key)
        for key in sorted(required - set(node)):
            raise self.fail(node, f"missing key '{key}' in {what}")

    def string(self, node: Node, key: str, what: str, default: str | None = None) -> str:
        value = node.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(node, f"'{key}' in {what} must be a non-empty string", key)
        return value

    def strings(self, node: Node, key: str, what: str) -> tuple[str, ...]:
        value = node.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(node, f"'{key}' in {what} must be a list of strings", key)
        return tuple(value)

    def boolean(self, node: Node, key: str, what: str, default: bool) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(node, f"'{key}' in {what} must be true or false", key)
        return value

    def choice(self, node: Node, key: str, what: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = node.get(key, default)
        if value not in choices:
            raise self.fail(node, f"'{key}' in {what} must be one of {', '.join(choices)} (got {value!r})", key)
        return str(value)
