"""Safe fixes (spellings of known names): which findings have one, and the draft with them applied."""

from __future__ import annotations

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


def fix_text(text: str, findings: list[Finding]) -> tuple[str, tuple[Finding, ...]]:
    """``text`` with the safe fixes applied, and the findings they fixed."""
    out = []
    applied = []
    pos = 0
    for f in fixable(findings):
        if text[f.offset : f.end_offset] != f.text:
            continue  # the text moved under us; never guess
        out.append(text[pos : f.offset])
        out.append(f.suggestion or f.text)
        applied.append(f)
        pos = f.end_offset
    out.append(text[pos:])
    return "".join(out), tuple(applied)
