"""What is written out from the kind registry: the report schema's kind lists and the docs'
table of kinds. ``python -m lint.checks.generated`` rewrites both; a test holds them equal to
what it would write, so a kind added to the registry cannot be missing from either.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from lint.checks.options import describe
from lint.checks.registry import KINDS

PACKAGE = Path(__file__).resolve().parent.parent
SCHEMA = PACKAGE / "report.schema.json"
DOCS = PACKAGE.parent / "docs" / "rules.md"
_TABLE = re.compile(r"(<!-- kinds: made by python -m lint\.checks\.generated -->\n)(?:.*?\n)?(<!-- /kinds -->)", re.S)


def schema_text(current: str) -> str:
    """``current`` (the schema file) with its kind enum and per-kind counts made from the registry."""
    names = json.dumps(list(KINDS))
    text = re.sub(r'("kind": \{\n\s*"enum": )\[[^\]]*\]', lambda m: m[1] + names, current, count=1)
    text = re.sub(r'("by_kind": \{.*?"required": )\[[^\]]*\]', lambda m: m[1] + names, text, count=1, flags=re.S)

    def properties(m: re.Match[str]) -> str:
        indent = m[2]
        lines = [f'{indent}{json.dumps(name)}: {{"$ref": "#/$defs/count"}}' for name in KINDS]
        return m[1] + ",\n".join(lines) + m[3]

    return re.sub(
        r'("by_kind": \{.*?"properties": \{\n)(\s*)"[^}]*?\}(?:,\n\s*"[^}]*?\})*(\n)',
        properties,
        text,
        count=1,
        flags=re.S,
    )


def kinds_table() -> str:
    rows = ["| kind | default severity | reports | message fields | options |", "|---|---|---|---|---|"]
    for kind in KINDS.values():
        fields = ", ".join(f"`{f}`" for f in kind.fields)
        options = "; ".join(describe(kind.options)) or "none"
        rows.append(f"| `{kind.name}` | {kind.default_severity} | {kind.summary} | {fields} | {options} |")
    return "\n".join(rows)


def docs_text(current: str) -> str:
    """``current`` (docs/rules.md) with its table of kinds made from the registry."""
    if not _TABLE.search(current):
        raise ValueError(f"{DOCS} has no table of kinds to fill (its markers are missing)")
    return _TABLE.sub(lambda m: m[1] + kinds_table() + "\n" + m[2], current, count=1)


def main() -> None:
    for path, make in ((SCHEMA, schema_text), (DOCS, docs_text)):
        old = path.read_text(encoding="utf-8")
        new = make(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: rewritten from the kind registry")
        else:
            print(f"{path}: up to date")


if __name__ == "__main__":
    main()
