"""Indented JSON, as the JSON and SARIF reports are written."""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from typing import Any


def pretty(value: Any, pad: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, character for character, for the
    types a report holds, with the first line at ``pad``'s depth. The standard library's
    indented encoder is written in Python and costs more than linting a draft does; this
    uses its C string encoder and nothing else. Anything else goes to ``json.dumps``."""
    if isinstance(value, str):
        return string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    inner = pad + "  "
    if type(value) is dict and all(type(k) is str for k in value):
        if not value:
            return "{}"
        items = (f"{inner}{string(k)}: {pretty(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if type(value) in (list, tuple):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + pretty(v, inner) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def string(text: str) -> str:
    """A JSON string, by the C encoder where the platform has it. A lone surrogate (how Python
    holds the bytes of a file name that is not UTF-8) is written as its escape, which every
    JSON reader accepts, instead of a character no UTF-8 output can hold."""
    encoded: str = encode_basestring(text)
    if encoded.isascii() or _LONE_SURROGATE.search(encoded) is None:
        return encoded
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", encoded)
