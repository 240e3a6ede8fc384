"""The project cache: a project comes back from it only while every file it was built from is unchanged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lint.cache import projects as project_cache
from lint.errors import FactlintError
from lint.reading import claims as claims_module
from lint.reading import dates as dates_module
from lint.reading import numbers as numbers_module
from lint.reading import scan as scan_module
from lint.reading.document import PartialDate
from lint.run import project as project_module
from lint.run.engine import lint_text
from lint.run.project import Project, load_project

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "Pakta itu ditandatangani pada Juni 2023. Menurut Budanov, sekitar 10.000 tentara dikirim."


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped story and an empty cache of this test's own."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    root = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", root)
    return root


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The story directories actually read (not taken from the cache), in order."""
    seen: list[Path] = []
    real = project_module._load

    def spy(story_root: Path, *args: object) -> Project:
        seen.append(story_root)
        return real(story_root, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(project_module, "_load", spy)
    return seen


def findings(project: Project) -> list[tuple[str, str, str]]:
    return [(f.kind, f.rule, f.text) for f in lint_text(DRAFT, project, "draft.md", PartialDate.parse("2025-07-01"))]


def test_a_project_from_the_cache_brings_back_what_was_made_from_it(
    story: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan's word index and the reading patterns come back with the project: a run
    that loads it from the cache builds none of them."""
    first = load_project(story)
    second = load_project(story)
    assert loads == [story]
    assert second.reader is not first.reader and second.reader.story is second.story
    assert second.reader.index.keyword_groups == first.reader.index.keyword_groups
    monkeypatch.setattr(scan_module, "words_pattern", _refuse)
    monkeypatch.setattr(claims_module, "words_pattern", _refuse)
    monkeypatch.setattr(dates_module, "words_pattern", _refuse)
    monkeypatch.setattr(numbers_module, "words_pattern", _refuse)
    assert findings(second) == findings(first) and findings(first)


def _refuse(*args: object, **kwargs: object) -> str:
    raise AssertionError("a pattern was built again for a project from the cache")


def test_the_second_load_comes_from_the_cache_and_lints_alike(story: Path, loads: list[Path]) -> None:
    first = load_project(story)
    second = load_project(story)
    assert loads == [story]
    assert second is not first
    assert findings(second) == findings(first) and findings(first)
    assert [r.id for r in second.rules] == [r.id for r in first.rules]
    assert second.factbase == first.factbase
    assert len(list((story.parent / "cache" / "projects").glob("*.pickle"))) == 1


def test_a_changed_fact_file_is_read_again_even_with_its_old_size_and_time(story: Path, loads: list[Path]) -> None:
    load_project(story)
    facts = story / "facts.yaml"
    before = facts.stat()
    text = facts.read_text(encoding="utf-8")
    assert "Kim Jong Un" in text
    facts.write_text(text.replace("Kim Jong Un", "Kim Jong Im", 1), encoding="utf-8")
    os.utime(facts, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert facts.stat().st_size == before.st_size and facts.stat().st_mtime_ns == before.st_mtime_ns
    project = load_project(story)
    assert loads == [story, story]
    assert any(p.name == "Kim Jong Im" for p in project.story.people.values())


def test_a_new_rule_file_is_read(story: Path, tmp_path: Path, loads: list[Path]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    assert {r.id for r in load_project(story, [rules]).rules}
    extra = rules / "zz-extra.yaml"
    source = next(iter(sorted((ROOT / "rules").glob("*.yaml"))))
    text = source.read_text(encoding="utf-8")
    extra.write_text(text.replace("- id: ", "- id: extra-", -1), encoding="utf-8")
    project = load_project(story, [rules])
    assert len(loads) == 2
    assert any(r.id.startswith("extra-") for r in project.rules)


def test_a_stale_fact_base_warning_comes_back_with_the_cached_project(story: Path, loads: list[Path]) -> None:
    seed = next(iter(sorted(story.glob("*.txt"))))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nSatu kalimat lagi.\n", encoding="utf-8")
    first = load_project(story)
    second = load_project(story)
    assert len(loads) == 1
    assert first.warnings and second.warnings == first.warnings
    assert "out of date" in second.warnings[0]


@pytest.mark.parametrize("content", [b"", b"\x80\x04 truncated", b"not a pickle at all"], ids=["empty", "cut", "junk"])
def test_a_damaged_cache_file_is_ignored_and_replaced(story: Path, loads: list[Path], content: bytes) -> None:
    load_project(story)
    (path,) = (story.parent / "cache" / "projects").glob("*.pickle")
    path.write_bytes(content)
    assert findings(load_project(story))
    assert len(loads) == 2
    assert path.read_bytes() != content
    load_project(story)
    assert len(loads) == 2


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
def test_a_cache_file_others_may_write_is_never_unpickled(story: Path, loads: list[Path]) -> None:
    # loading a pickle runs what it holds: one that another user could have written is refused
    load_project(story)
    (path,) = (story.parent / "cache" / "projects").glob("*.pickle")
    assert path.stat().st_mode & 0o777 == 0o600
    path.chmod(0o666)
    assert findings(load_project(story))
    assert len(loads) == 2
    assert path.stat().st_mode & 0o777 == 0o600  # replaced by a private one, used from now on
    load_project(story)
    assert len(loads) == 2


def test_nothing_is_cached_when_caching_is_off(story: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    load_project(story)
    load_project(story)
    assert len(loads) == 2
    assert not (story.parent / "cache").exists()


def test_a_load_that_fails_caches_nothing(story: Path) -> None:
    (story / "facts.yaml").write_text("story: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(FactlintError, match=r"facts\.yaml"):
            load_project(story)
    assert not list((story.parent / "cache").glob("projects/*.pickle"))


def test_only_the_most_recently_used_projects_are_kept(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_cache, "KEEP", 2)
    for name in ("one", "two", "three"):  # same story, different selections: different keys
        project_cache.cached([name], [story], lambda name=name: name)
    kept = list((tmp_path / "cache" / "projects").glob("*.pickle"))
    assert len(kept) == 2
    assert sorted(project_cache.cached([n], [story], lambda: "rebuilt") for n in ("two", "three")) == ["three", "two"]


def test_a_run_from_a_deleted_directory_loads_without_the_cache(
    story: Path, tmp_path: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert findings(load_project(story)) and findings(load_project(story))
    assert len(loads) == 2


def test_an_edit_to_a_seed_in_a_hidden_directory_is_seen(story: Path, loads: list[Path]) -> None:
    """A seed kept in '.archive/' (or a rule file named '.extra.yaml') was left out of what a
    cached project is compared with, so its edits were missed."""
    (story / ".archive").mkdir()
    seed = story / "001_4b7a29aaf83a8626.txt"
    seed.rename(story / ".archive" / seed.name)
    seeds_yaml = story / "seeds.yaml"
    seeds_yaml.write_text(
        seeds_yaml.read_text(encoding="utf-8").replace(f"file: {seed.name}", f"file: .archive/{seed.name}"), "utf-8"
    )
    first = load_project(story)
    hidden = story / ".archive" / seed.name
    hidden.write_text(hidden.read_text(encoding="utf-8").replace("Juni 2023", "Juni 2022"), encoding="utf-8")
    second = load_project(story)
    assert len(loads) == 2
    assert first.factbase != second.factbase
