"""Evidence names a seed as an editor knows it: by its outlet and date from seeds.yaml, with its
address when seeds.yaml gives one, in every format and listing; never by its file name alone."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main

from .conftest import SEEDS

TVRI = "https://www.tvrinews.com/berita/shoigu-pyongyang"
# line 5: a misattribution, whose evidence is TVRINews's article (seed 002)
DRAFT = (
    "---\ndate: 2025-07-01\n---\n\n"
    "Menurut Sergey Lavrov, Korea Utara akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi militer ke Kursk.\n"
)
SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """The shipped story, with an address for TVRINews's article in seeds.yaml."""
    root = tmp_path / "story"
    shutil.copytree(SEEDS, root)
    seeds = root / "seeds.yaml"
    text = seeds.read_text(encoding="utf-8")
    seeds.write_text(text.replace("  outlet: TVRINews\n", f"  outlet: TVRINews\n  url: {TVRI}\n"), encoding="utf-8")
    assert run("build", "--story", str(root)).exit_code == 0
    return root


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def lint(story: Path, draft: Path, fmt: str) -> str:
    result = run("lint", "--format", fmt, "--story", str(story), str(draft))
    assert result.exit_code == 1, result.output
    return result.stdout


def test_text_and_github_reports_link_the_article_behind_a_finding(story: Path, draft: Path) -> None:
    text = lint(story, draft, "text")
    assert "TVRINews, 2025-06-19" in text  # the message cites the outlet and date
    assert f"    see: TVRINews, 2025-06-19: {TVRI}\n" in text
    assert text.count(f"see: TVRINews, 2025-06-19: {TVRI}") == text.count("misattribution")  # once a finding
    assert not SEED_FILE.search(text)
    github = lint(story, draft, "github")
    assert f"%0Asee: TVRINews, 2025-06-19: {TVRI}" in github
    assert not SEED_FILE.search(github)


def test_json_evidence_keeps_the_seed_and_adds_outlet_date_and_address(story: Path, draft: Path) -> None:
    findings = json.loads(lint(story, draft, "json"))["findings"]
    evidence = [e for f in findings for e in f["evidence"] if e["outlet"] == "TVRINews"]
    assert evidence
    for e in evidence:
        assert (e["published"], e["url"]) == ("2025-06-19", TVRI)
        assert SEED_FILE.fullmatch(e["seed"])  # kept: a stable key for a CMS


def test_sarif_names_the_outlet_where_the_location_names_the_file(story: Path, draft: Path) -> None:
    (result, *_) = json.loads(lint(story, draft, "sarif"))["runs"][0]["results"]
    related = result["relatedLocations"]
    assert all(SEED_FILE.fullmatch(r["physicalLocation"]["artifactLocation"]["uri"]) for r in related)
    labels = [r["message"]["text"] for r in related]
    assert any(f"(TVRINews, 2025-06-19, {TVRI}): " in label for label in labels)
    assert not any(SEED_FILE.search(label) for label in labels)


def test_facts_lists_each_passage_by_outlet_and_date_first() -> None:
    listing = run("facts", "sappers-pledged").stdout.splitlines()
    assert listing[3].startswith("      TVRINews, 2025-06-19 (002_5255e69b3c7b895d.txt:")
    people = run("facts").stdout.split("people:\n")[1]
    assert "  Sergei Shoigu  [" in people and "]  TVRINews, 2025-06-19 (002_5255e69b3c7b895d.txt:" in people
    timeline = run("facts", "troops-deployed", "--timeline").stdout
    assert (
        "replaced as of 2025-02-27 by lebih dari 10.000 tentara Korea Utara, "
        "in unknown (reports an AFP story), 2025-02-27 (000_89031a1fd86b0abb.txt:2)"
    ) in timeline
