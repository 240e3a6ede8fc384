"""``factlint lint --fix``: apply the safe suggestions (spellings of known names) to a draft."""

from __future__ import annotations

import difflib

from lint.checks.registry import FIXABLE
from lint.findings import Finding


def fixable(findings: list[Finding]) -> list[Finding]:
    """Findings with a safe replacement, without overlaps (the first one wins)."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.offset, f.end_offset)):
        if f.kind not in FIXABLE or f.suggestion is None or f.suggestion == f.text:
            continue
        if chosen and f.offset < chosen[-1].end_offset:
            continue
        chosen.append(f)
    return chosen


def apply_fixes(text: str, findings: list[Finding]) -> str:
    out = []
    pos = 0
    for f in fixable(findings):
        if text[f.offset : f.end_offset] != f.text:
            continue  # the text moved under us; never guess
        out.append(text[pos : f.offset])
        out.append(f.suggestion or f.text)
        pos = f.end_offset
    out.append(text[pos:])
    return "".join(out)


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
