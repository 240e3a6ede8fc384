"""``factlint lint --fix`` and ``--diff``: the fixed draft as a diff, and written as the file was encoded."""

from __future__ import annotations

import difflib


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)


def encode_like(original: bytes, text: str) -> bytes:
    """Encode fixed text the way the original file was encoded: UTF-8, UTF-8 with a BOM, or
    UTF-16 in the byte order its BOM says (Python's "utf-16" would write the machine's)."""
    if original.startswith(b"\xfe\xff"):
        return b"\xfe\xff" + text.encode("utf-16-be")
    if original.startswith(b"\xff\xfe"):
        return b"\xff\xfe" + text.encode("utf-16-le")
    if original.startswith(b"\xef\xbb\xbf"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")
