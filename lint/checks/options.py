"""A check kind's options: a typed class each kind declares, validated when a rule is loaded.

A kind's options are a frozen dataclass whose fields say the option's name, type and default
(``min_ratio: float = 0.2``). A rule's ``options:`` mapping is checked against it: an option
the kind does not have, or a value of the wrong type or out of range, is an error naming the
rule file, the line and the option, before any draft is read.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from lint.i18n import _
from lint.schema import Checker
from lint.yamlio import Node

OptionsT = TypeVar("OptionsT", bound="Options")


@dataclasses.dataclass(frozen=True)
class Options:
    """No options: the base of every kind's options."""


def option(default: Any, *, low: float | None = None, high: float | None = None, about: str = "") -> Any:
    """A field with bounds for a number, and a line for the docs."""
    return dataclasses.field(default=default, metadata={"low": low, "high": high, "about": about})


# A loader for an option that is more than a plain value (a list of patterns to compile):
# given the checker, the options node, the value and what it is for; returns the value to keep.
Loader = Callable[[Checker, Node, Any, str], Any]


def load_options(
    cls: type[OptionsT], c: Checker, node: Any, parent: Node, what: str, loaders: dict[str, Loader]
) -> OptionsT:
    """``cls`` made from a rule's ``options:`` mapping (``node``), every value checked."""
    if node is None:
        node = Node()
    if not isinstance(node, dict):
        raise c.fail(parent, _("'options' in {what} must be a mapping").format(what=what), "options")
    where = node if isinstance(node, Node) else parent
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key, value in node.items():
        if key not in fields:
            known = ", ".join(sorted(fields)) or _("none")
            raise c.fail(
                where,
                _("unknown option '{key}' in {what} (its kind's options: {known})").format(
                    key=key, what=what, known=known
                ),
                key,
            )
        if key in loaders:
            values[key] = loaders[key](c, where, value, what)
        else:
            values[key] = _checked(c, where, key, value, hints[key], fields[key].metadata, what)
    return cls(**values)


def _checked(c: Checker, node: Node, key: str, value: Any, hint: Any, meta: Any, what: str) -> Any:
    if hint is bool:
        if not isinstance(value, bool):
            raise c.fail(
                node,
                _("option '{key}' in {what} must be true or false, not {value}").format(
                    key=key, what=what, value=repr(value)
                ),
                key,
            )
        return value
    if hint in (int, float):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (hint is int and not isinstance(value, int))
        ):
            kind = _("a whole number") if hint is int else _("a number")
            raise c.fail(
                node,
                _("option '{key}' in {what} must be {kind}, not {value}").format(
                    key=key, what=what, kind=kind, value=repr(value)
                ),
                key,
            )
        low, high = meta.get("low"), meta.get("high")
        if (low is not None and value < low) or (high is not None and value > high):
            raise c.fail(
                node,
                _("option '{key}' in {what} must be between {low} and {high}, not {value}").format(
                    key=key, what=what, low=f"{low:g}", high=f"{high:g}", value=repr(value)
                ),
                key,
            )
        return hint(value)
    if hint is str:
        if not isinstance(value, str):
            raise c.fail(
                node,
                _("option '{key}' in {what} must be a string, not {value}").format(
                    key=key, what=what, value=repr(value)
                ),
                key,
            )
        return value
    # tuple[str, ...], optionally | None: a list of words (or one word)
    if value is None and type(None) in typing.get_args(hint):
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v for v in items):
        raise c.fail(
            node,
            _("option '{key}' in {what} must be a list of words, not {value}").format(
                key=key, what=what, value=repr(value)
            ),
            key,
        )
    return tuple(items)


def describe(cls: type[Options]) -> list[str]:
    """Each option as the docs list it: ``min_ratio`` (number, default 0.2): what it does."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        names = {bool: "true or false", int: "whole number", float: "number", str: "string"}
        kind = names.get(hints[f.name], "list")
        default = f.default if f.default is not dataclasses.MISSING else None
        shown = "none" if default in (None, ()) else str(default).lower() if isinstance(default, bool) else f"{default}"
        about = f.metadata.get("about", "")
        out.append(f"`{f.name}` ({kind}, default {shown}){': ' + about if about else ''}")
    return out
