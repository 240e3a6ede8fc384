"""The JSON report on whole corpora, held byte for byte against a reviewed snapshot.

A change to how drafts are read or checked shows up here as a diff of findings, to be read
and accepted on purpose: ``FACTLINT_UPDATE_GOLDEN=1 python -m pytest tests/test_reports_unchanged.py``
rewrites the snapshots, and ``git diff tests/golden`` shows what changed.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SHARED = ROOT.parent / "shared"
UPDATE = os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1"

CORPORA = {
    "seeds": ROOT / "seeds",
    "examples": SHARED / "examples" / "drafts",
    "newsroom-dev": SHARED / "newsroom-dev" / "drafts",
}


def _report(target: Path, *extra: str) -> str:
    # the corpus's own path is left out of the report: run from inside it
    cwd = os.getcwd()
    os.chdir(target)
    try:
        result = CliRunner().invoke(main, ["lint", "--format", "json", *extra, "."], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code in (0, 1, 2), result.output  # 2: a draft refused, named in the report
    return result.stdout


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path}; run with FACTLINT_UPDATE_GOLDEN=1 to write it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"report on {name} changed; review with FACTLINT_UPDATE_GOLDEN=1 and git diff"


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_report_is_unchanged(name: str) -> None:
    target = CORPORA[name]
    if not target.is_dir():
        pytest.skip(f"{target} is not here")
    _compare(f"{name}.json", _report(target))


def test_generated_corpus_report_is_unchanged(tmp_path: Path) -> None:
    """300 drafts of the benchmark's generated corpus (seed sentences with varied figures,
    sources and dates), as a digest of the report: the corpus is made afresh each time."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench import make_corpus
    finally:
        sys.path.pop(0)
    many, _, _, _ = make_corpus(tmp_path, 300, 0.001)
    digest = hashlib.sha256(_report(many).encode("utf-8")).hexdigest()
    _compare("generated-300.sha256", digest + "\n")
