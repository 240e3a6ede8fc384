"""Small archives for the archive tests: drafts of the benchmark's generator, in folders,
and a few written out, linted with `factlint lint` to compare with."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from lint.cli.main import main

from .conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    from bench import draft, seed_sentences
finally:
    sys.path.pop(0)

SEED_002 = "002_5255e69b3c7b895d.txt"
CITING = """---
date: 2025-07-01
---

Menurut Badan Intelijen Nasional Korea Selatan, sekitar 1.500 tentara Korea Utara telah dikerahkan ke Rusia.

Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.

Presiden Kim Jong-un bertemu Vladimir Putin.
"""
UNRELATED = "---\ndate: 2025-07-01\n---\n\nHujan turun di Jakarta sepanjang hari.\n"


def make_archive(root: Path, drafts: int = 24, seed_copy: bool = True) -> Path:
    """``root/archive``: generated drafts in two folders, an article citing known facts,
    one citing none and (with ``seed_copy``) a copy of seed 002 under its own name."""
    archive = root / "archive"
    rng = random.Random(7)
    sentences = seed_sentences()
    for i in range(drafts):
        folder = archive / ("2024" if i % 2 else "2025")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:03d}.md").write_text(draft(rng, sentences, 900), encoding="utf-8")
    notes = archive / "notes"
    notes.mkdir(parents=True)
    (notes / "citing.md").write_text(CITING, encoding="utf-8")
    (notes / "unrelated.md").write_text(UNRELATED, encoding="utf-8")
    if seed_copy:
        (notes / SEED_002).write_bytes((SEEDS / SEED_002).read_bytes())
    return archive


def lint_report(*args: str) -> tuple[int, dict[str, Any]]:
    """`factlint lint --format json` on ``args``: its exit code and report."""
    result = CliRunner().invoke(main, ["lint", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def by_path(findings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        out.setdefault(f["path"], []).append(f)
    return out
