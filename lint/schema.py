"""Small load-time checks for YAML data: each error names file, line and key."""

from __future__ import annotations

from typing import Any

from lint.errors import FactlintError
from lint.i18n import Texts, _
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
            raise self.fail(
                parent if parent is not None else node, _("{what} must be a mapping").format(what=what), key
            )
        return node

    def keys(self, node: Node, allowed: set[str], required: set[str], what: str) -> None:
        for key in node:
            if key not in allowed:
                raise self.fail(node, _("unknown key '{key}' in {what}").format(key=key, what=what), key)
        for key in sorted(required - set(node)):
            raise self.fail(node, _("missing key '{key}' in {what}").format(key=key, what=what))

    def string(self, node: Node, key: str, what: str, default: str | None = None) -> str:
        value = node.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(node, _("'{key}' in {what} must be a non-empty string").format(key=key, what=what), key)
        return value

    def texts(self, node: Node, key: str, what: str) -> tuple[str, Texts]:
        """Words for people given for every language (a string) or per language (``{id: ...,
        en: ...}``): the first text, shown where no text is in the messages' language, and each
        language's (lint/i18n.py: in_language)."""
        value = node.get(key)
        if not isinstance(value, dict):
            return self.string(node, key, what), ()
        inner = _("'{key}' of {what}").format(key=key, what=what)
        by_lang = self.mapping(value, inner, node, key)
        texts = tuple((str(code), self.string(by_lang, str(code), inner)) for code in by_lang)
        if not texts:
            raise self.fail(
                node,
                _("'{key}' in {what} must be a string, or a mapping of language codes to strings").format(
                    key=key, what=what
                ),
                key,
            )
        return texts[0][1], texts

    def strings(self, node: Node, key: str, what: str) -> tuple[str, ...]:
        value = node.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(node, _("'{key}' in {what} must be a list of strings").format(key=key, what=what), key)
        return tuple(value)

    def boolean(self, node: Node, key: str, what: str, default: bool) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(node, _("'{key}' in {what} must be true or false").format(key=key, what=what), key)
        return value

    def choice(self, node: Node, key: str, what: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = node.get(key, default)
        if value not in choices:
            raise self.fail(
                node,
                _("'{key}' in {what} must be one of {choices} (got {value})").format(
                    key=key, what=what, choices=", ".join(choices), value=repr(value)
                ),
                key,
            )
        return str(value)
