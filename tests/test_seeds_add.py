"""The story grows: ``factlint seeds add`` and ``factlint build --diff`` on a copy of the shipped
story, with articles written for the tests (tests/data/story/)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import lint.facts.seeding
from lint.cli.main import main
from lint.errors import FactlintError
from lint.facts.build import build_factbase
from lint.facts.factbase import load_factbase
from lint.facts.story import load_story
from lint.reading.document import PartialDate

from .conftest import ROOT, SEEDS

ARTICLES = ROOT / "tests" / "data" / "story"
KILLED = ARTICLES / "nis-korban-tewas-2000.txt"
SAPPERS = ARTICLES / "shoigu-2000-sapper.txt"
TREATY = ARTICLES / "pakta-juni-2023.txt"
DRAFT = "---\ndate: 2025-09-20\n---\n\nMenurut NIS, sekitar 2.000 tentara Korea Utara tewas di Rusia.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    root = tmp_path / "story"
    shutil.copytree(SEEDS, root)
    return root


def files_of(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir())}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def add(story: Path, article: Path, *extra: str, outlet: str = "Warta Semenanjung", date: str = "2025-09-15") -> Result:
    return run("seeds", "add", str(article), "--outlet", outlet, "--date", date, "--story", str(story), *extra)


def lint_draft(story: Path, tmp_path: Path) -> Any:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run("lint", "--format", "json", "--story", str(story), str(draft))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_a_new_article_adds_its_record_and_the_unverified_draft_is_then_clean(story: Path, tmp_path: Path) -> None:
    before = lint_draft(story, tmp_path)
    assert [(f["kind"], f["fact"]) for f in before["findings"]] == [("unverified", "troops-killed")]
    seeds_yaml = (story / "seeds.yaml").read_text(encoding="utf-8")

    result = add(story, KILLED, "--url", "https://warta.example/nis-2000", "--title", "NIS: korban tewas 2.000")
    assert result.exit_code == 0, result.output
    out = result.stdout
    (new_file,) = set(files_of(story)) - set(files_of(SEEDS))
    assert new_file.startswith("005_") and new_file.endswith(".txt")
    # the new record: value, source, date, quote
    assert (
        f"troops-killed: + sekitar 2.000 tentara Korea Utara = 2000 (approx; South Korea's National Intelligence Service"
        f" (NIS); as of 2025-09-15; Warta Semenanjung, 2025-09-15 ({new_file}:4))" in out
    )
    assert (
        f'Warta Semenanjung, 2025-09-15 ({new_file}:4): "Dalam laporan terbarunya pada Senin (15/9/2025), NIS menyatakan sekitar 2.000'
        in out
    )
    # NIS's April figure is replaced: a draft still giving it as current is now outdated
    replaced = out[out.index("replaced") :]
    assert "troops-killed: sekitar 600 tentara Korea Utara = 600" in replaced
    assert "by sekitar 2.000 tentara Korea Utara = 2000" in replaced
    # a figure the story has no fact for
    assert f"{new_file}:5:43: 'sekitar 250 peluncur roket ganda'" in out
    assert "conflicts" not in out
    assert out.rstrip().endswith("factbase.json")

    # the article unchanged, its entry appended with the file's comments kept, the fact base current
    assert (story / new_file).read_bytes() == KILLED.read_bytes()
    assert (story / "seeds.yaml").read_text(encoding="utf-8") == seeds_yaml + (
        f"- file: {new_file}\n  outlet: Warta Semenanjung\n  published: 2025-09-15\n"
        "  url: https://warta.example/nis-2000\n  title: 'NIS: korban tewas 2.000'\n"
    )
    loaded = load_story(story)
    assert loaded.seeds[-1].url == "https://warta.example/nis-2000"
    assert load_factbase(story / "factbase.json") == build_factbase(loaded)[0]
    assert run("build", "--check", "--story", str(story)).exit_code == 0

    after = lint_draft(story, tmp_path)
    assert after["findings"] == []


def test_a_conflicting_article_shows_the_conflict_and_writes_nothing(story: Path) -> None:
    before = files_of(story)
    result = add(story, SAPPERS, outlet="Kabar Kursk", date="2025-09-20")
    assert result.exit_code == 2
    out = result.stdout
    assert "sappers-pledged (facts.yaml:" in out and "the seeds give 1000, 2000" in out
    assert (
        "known: 1.000 sapper = 1000 (exact; Sergei Shoigu; as of 2025-06-19; TVRINews, 2025-06-19 (002_5255e69b3c7b895d.txt:7))"
        in out
    )
    assert "new: 2.000 sapper = 2000 (exact; Sergei Shoigu; as of 2025-09-20; Kabar Kursk, 2025-09-20 (005_" in out
    assert "add a 'resolution' with 'value' and 'why' to the fact" in out
    assert "resolution:" in out and "value:" in out and "why:" in out
    assert "nothing written" in result.stderr
    assert files_of(story) == before


def test_an_article_the_resolution_settles_is_added_with_its_record_rejected(story: Path) -> None:
    result = add(story, TREATY, outlet="Contoh", date="2025-10-01")
    assert result.exit_code == 0, result.output
    assert "treaty-signed (facts.yaml:" in result.stdout
    assert (
        "new: Juni 2023 = 2023-06 (exact; unattributed; as of 2025-10-01, rejected; Contoh, 2025-10-01 (005_"
        in result.stdout
    )
    assert "settled by its resolution to 2024-06" in result.stdout
    treaty = load_factbase(story / "factbase.json").facts["treaty-signed"]
    assert treaty.canonical == "2024-06"
    assert [r.status for r in treaty.records if r.evidence.seed.startswith("005_")] == ["rejected"]


def test_dry_run_shows_the_changes_and_writes_nothing(story: Path) -> None:
    before = files_of(story)
    result = add(story, KILLED, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "troops-killed: + sekitar 2.000 tentara Korea Utara" in result.stdout
    assert result.stdout.rstrip().endswith("dry run: nothing written")
    assert files_of(story) == before


def test_json_output(story: Path) -> None:
    result = add(story, KILLED, "--format", "json", "--dry-run")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["written"] is False and data["dry_run"] is True and data["stale"] is False
    assert data["seed"]["published"] == "2025-09-15"
    changes = data["changes"]
    assert changes["seeds"] == [data["seed"]["file"]] and changes["refused"] is False
    assert [(r["fact"], r["value"], r["source"]) for r in changes["added"]] == [("troops-killed", "2000", "nis")]
    assert [(p["old"]["value"], p["new"]["value"]) for p in changes["replaced"]] == [("600", "2000")]
    assert [u["text"] for u in changes["unmatched"]][-1] == "sekitar 250 peluncur roket ganda"
    assert {"story", "inputs", "facts", "people"} <= set(changes)


def test_the_same_article_twice_is_refused(story: Path, tmp_path: Path) -> None:
    assert add(story, KILLED).exit_code == 0
    before = files_of(story)
    copy = tmp_path / "again.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + KILLED.read_bytes())  # a byte-order mark does not make it another text
    result = add(story, copy, date="2025-09-16")
    assert result.exit_code == 2
    assert "already in the story as 005_" in result.stderr and "nothing added" in result.stderr
    assert files_of(story) == before
    shipped = add(story, SEEDS / "002_5255e69b3c7b895d.txt")
    assert shipped.exit_code == 2 and "already in the story as 002_5255e69b3c7b895d.txt" in shipped.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--date", "15/9/2025"], "is not a date"),
        (["--url", "javascript:alert(1)"], "is not an http or https address"),
        (["--title", "two\nlines"], "--title must be one line"),
    ],
)
def test_bad_options_are_refused(story: Path, extra: list[str], message: str) -> None:
    before = files_of(story)
    result = add(story, KILLED, *extra)
    assert result.exit_code == 2 and message in result.output
    assert files_of(story) == before


def test_an_article_that_is_not_utf8_is_refused(story: Path, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Pasukan Korea Utara tiba di Kursk, kata pejabat Rusia à Moskow.".encode("latin-1"))
    result = add(story, latin)
    assert result.exit_code == 2 and "not UTF-8 text" in result.stderr


def test_the_story_named_by_the_config_is_the_one_that_grows(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".factlint.yaml").write_text("story: story\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("seeds", "add", str(KILLED), "--outlet", "Warta Semenanjung", "--date", "2025-09-15")
    assert result.exit_code == 0, result.output
    assert any(name.startswith("005_") for name in files_of(story))
    # build and facts read the same story
    assert run("build", "--check").exit_code == 0
    assert "sekitar 2.000 tentara Korea Utara" in run("facts", "troops-killed", "--timeline").stdout


def test_factlints_own_installed_story_is_never_written(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lint.facts.seeding, "_INSTALLED", story)
    before = files_of(story)
    result = add(story, KILLED)
    assert result.exit_code == 2 and "factlint's own copy of the story" in result.stderr
    assert files_of(story) == before


def test_a_failed_write_undoes_what_was_written(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = files_of(story)
    real = lint.facts.seeding.write_bytes_atomically

    def full_disk(path: Path, data: bytes, private: bool = False) -> None:
        if path.name == "seeds.yaml":
            raise OSError(28, "No space left on device", str(path))
        real(path, data, private)

    monkeypatch.setattr(lint.facts.seeding, "write_bytes_atomically", full_disk)
    result = add(story, KILLED)
    assert result.exit_code == 2 and "No space left on device; nothing written" in result.stderr
    assert files_of(story) == before


def test_a_story_changed_meanwhile_is_not_overwritten(story: Path) -> None:
    addition = lint.facts.seeding.prepare(story, KILLED, "Warta Semenanjung", PartialDate(2025, 9, 15))
    seeds = story / "seeds.yaml"
    seeds.write_text(seeds.read_text(encoding="utf-8") + "# an editor's note\n", encoding="utf-8")
    before = files_of(story)
    with pytest.raises(FactlintError, match=r"seeds\.yaml changed while the article was being added"):
        lint.facts.seeding.write(addition)
    assert files_of(story) == before


def test_a_seeds_file_written_as_a_flow_list_is_left_to_a_person(story: Path) -> None:
    data = load_story(story).seeds
    flow = "[" + ", ".join(f"{{file: {s.file}, outlet: x, published: {s.published.iso()}}}" for s in data) + "]\n"
    (story / "seeds.yaml").write_text(flow, encoding="utf-8")
    result = add(story, KILLED)
    assert result.exit_code == 2 and "add the article's entry by hand" in result.stderr


def test_a_stale_fact_base_is_said_and_written_afresh(story: Path) -> None:
    (story / "factbase.json").unlink()
    result = add(story, KILLED)
    assert result.exit_code == 0, result.output
    assert "factbase.json was out of date" in result.stdout
    assert run("build", "--check", "--story", str(story)).exit_code == 0


# --- build --diff ----------------------------------------------------------------------------


def test_build_diff_against_a_fact_base_file(story: Path, tmp_path: Path) -> None:
    old = tmp_path / "old-factbase.json"
    shutil.copy(story / "factbase.json", old)
    assert add(story, KILLED).exit_code == 0
    result = run("build", "--story", str(story), "--diff", str(old))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"from {old} to the story as it builds now")
    assert "seeds added: 005_" in result.stdout
    assert "troops-killed: + sekitar 2.000 tentara Korea Utara" in result.stdout
    assert "by sekitar 2.000 tentara Korea Utara" in result.stdout
    data = json.loads(run("build", "--story", str(story), "--diff", str(old), "--format", "json").stdout)
    assert data["old"] == str(old)
    assert [f["fact"] for f in data["changes"]["facts"]] == ["troops-killed"]
    same = run("build", "--story", str(story), "--diff", str(story / "factbase.json"))
    assert same.exit_code == 0 and "the fact base does not change" in same.stdout


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_build_diff_against_a_git_revision(tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    story = repo / "stories" / "korea"
    shutil.copytree(SEEDS, story)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "the story")
    assert add(story, KILLED).exit_code == 0
    result = run("build", "--story", str(story), "--diff", "HEAD")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("from HEAD:stories/korea/factbase.json to the story")
    assert "troops-killed: + sekitar 2.000 tentara Korea Utara" in result.stdout
    # a conflict in the working tree is shown, and the status says the story does not build
    assert add(story, SAPPERS, date="2025-09-20").exit_code == 2
    for bad, message in [
        ("no-such-revision", "is neither a fact base file nor a revision"),
        ("--upload-pack=touch", "is neither a fact base file nor a git revision"),
    ]:
        refused = run("build", "--story", str(story), "--diff", bad)
        assert refused.exit_code == 2 and message in refused.stderr
    git(repo, "rm", "-q", "--cached", "stories/korea/factbase.json")
    git(repo, "commit", "-q", "-m", "no fact base")
    missing = run("build", "--story", str(story), "--diff", "HEAD")
    assert missing.exit_code == 2 and "has no stories/korea/factbase.json" in missing.stderr


def test_build_diff_shows_a_conflict_and_fails(story: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    shutil.copy(story / "factbase.json", old)
    seeds = story / "seeds.yaml"
    shutil.copy(SAPPERS, story / "005_sappers.txt")
    seeds.write_text(
        seeds.read_text(encoding="utf-8") + "- file: 005_sappers.txt\n  outlet: x\n  published: 2025-09-20\n",
        encoding="utf-8",
    )
    result = run("build", "--story", str(story), "--diff", str(old))
    assert result.exit_code == 2
    assert "sappers-pledged (facts.yaml:" in result.stdout and "the story does not build" in result.stderr
    data = json.loads(run("build", "--story", str(story), "--diff", str(old), "--format", "json").stdout)
    assert data["changes"]["refused"] is True
    assert [c["fact"] for c in data["changes"]["conflicts"]] == ["sappers-pledged"]


def test_docs_story_shows_what_seeds_add_prints(story: Path) -> None:
    """docs/story.md's example is this test's article added to the shipped story."""
    doc = (ROOT / "docs" / "story.md").read_text(encoding="utf-8")
    result = add(story, KILLED, "--dry-run", outlet="Kompas.com")
    assert result.exit_code == 0, result.output
    printed = result.stdout.splitlines()
    shown = [line for line in printed if "..." not in line and line.strip()]
    in_doc = [line for line in shown if line in doc.splitlines()]
    assert "new records:" in in_doc and "dry run: nothing written" in in_doc
    assert any(line.startswith("  troops-killed: + sekitar 2.000 tentara Korea Utara = 2000") for line in in_doc)
    assert any("'sekitar 250 peluncur roket ganda'" in line for line in in_doc)
