"""Every command works under the config ``factlint lint`` finds: an article repository with its
own story in ``.factlint.yaml`` is built, checked, listed and explained from that story."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main
from tests.conftest import ROOT, SEEDS

CHANGED = ("sekitar 600 tentara Korea Utara tewas", "sekitar 700 tentara Korea Utara tewas")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article repository whose story is a copy of the shipped one, one seed edited after
    its fact base was built (so the committed fact base is stale), with rules of its own."""
    root = tmp_path / "articles"
    (root / ".git").mkdir(parents=True)  # the repository's root: the config search stops here
    story = root / "cerita"
    shutil.copytree(SEEDS, story)
    seed = story / "002_5255e69b3c7b895d.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(*CHANGED), encoding="utf-8")
    shutil.copytree(ROOT / "rules", root / "aturan")
    (root / ".factlint.yaml").write_text("story: cerita\nrules: [aturan]\ndefault-rules: false\n", encoding="utf-8")
    (root / "drafts").mkdir()
    monkeypatch.chdir(root / "drafts")  # below the config: it is found by walking up
    return root


def test_build_check_checks_the_configured_story_and_names_it(articles: Path) -> None:
    story = articles / "cerita"
    result = run("build", "--check")
    assert result.exit_code == 1, result.output
    assert f"{story / 'factbase.json'}: out of date; run 'factlint build --story {story}'" in result.stderr
    # the shipped story, which the command used to check whatever the config said, is up to date
    shipped = run("build", "--check", "--story", str(SEEDS))
    assert shipped.exit_code == 0, shipped.output


def test_build_writes_the_configured_story(articles: Path) -> None:
    story = articles / "cerita"
    before = (SEEDS / "factbase.json").read_bytes()
    result = run("build")
    assert result.exit_code == 0, result.output
    assert f"{story / 'factbase.json'}: written" in result.stdout
    assert "700" in (story / "factbase.json").read_text(encoding="utf-8")
    assert (SEEDS / "factbase.json").read_bytes() == before
    assert run("build", "--check").exit_code == 0


def test_stale_warning_names_the_story_directory(articles: Path) -> None:
    result = run("facts", "troops-killed")
    assert result.exit_code == 0, result.output
    assert "sekitar 700 tentara Korea Utara" in result.stdout  # the configured story's fresh build
    story = articles / "cerita"
    (warning,) = [line for line in result.stderr.splitlines() if "out of date" in line]
    assert f"Run 'factlint build --story {story}' to update it." in warning


def test_rules_and_explain_use_the_configured_rules(articles: Path) -> None:
    rules = articles / "aturan" / "figures.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("id: figure-unverified", "id: angka-belum-terverifikasi"),
        encoding="utf-8",
    )
    checked = run("rules", "check")
    assert checked.exit_code == 0, checked.output
    tested = run("rules", "test", "angka-belum-terverifikasi")
    assert tested.exit_code == 0, tested.output
    assert "0 failed" in tested.stdout
    explained = run("explain", "troops-killed")
    assert explained.exit_code == 0, explained.output
    assert "angka-belum-terverifikasi (unverified, info)" in explained.stdout
    assert "sekitar 700 tentara Korea Utara" in explained.stdout


def test_a_config_named_with_config_is_used_from_anywhere(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run("build", "--check", "--config", str(articles / ".factlint.yaml"))
    assert result.exit_code == 1
    assert str(articles / "cerita" / "factbase.json") in result.stderr


def test_build_diff_and_seeds_add_take_the_story_from_config(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = articles / "cerita"
    diff = run("build", "--diff", str(SEEDS / "factbase.json"))
    assert diff.exit_code == 0, diff.output
    assert f"to the story as it builds now ({story})" in diff.stdout
    assert "sekitar 700 tentara Korea Utara" in diff.stdout  # the edited seed, not the shipped story
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    article = ROOT / "tests" / "data" / "story" / "nis-korban-tewas-2000.txt"
    added = run(
        "seeds", "add", str(article), "--outlet", "Kompas.com", "--date", "2025-09-15", "--dry-run",
        "--config", str(articles / ".factlint.yaml"),
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert f"-> story 'north-korean-troops-in-russia' ({story})" in added.stdout


def test_rules_list_lists_the_configured_rules(articles: Path) -> None:
    rules = articles / "aturan" / "figures.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("id: figure-unverified", "id: angka-belum-terverifikasi"),
        encoding="utf-8",
    )
    listed = run("rules", "list")
    assert listed.exit_code == 0, listed.output
    ids = [line.split()[0] for line in listed.stdout.splitlines() if line and not line.startswith(" ")]
    assert "angka-belum-terverifikasi" in ids and "figure-unverified" not in ids
