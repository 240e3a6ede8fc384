"""The fact base, built end to end from the seed articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main
from lint.errors import FactlintError
from lint.facts.build import build_factbase
from lint.facts.factbase import FACTBASE_FILE, FactBase, load_factbase
from lint.facts.story import load_story
from tests.conftest import SEEDS, copy_story


@pytest.fixture(scope="module")
def built() -> tuple[FactBase, list[str]]:
    base, report = build_factbase(load_story(SEEDS))
    return base, report.lines


def test_build_reproduces_the_committed_fact_base_byte_for_byte(built: tuple[FactBase, list[str]]) -> None:
    base, _ = built
    committed = (SEEDS / FACTBASE_FILE).read_text(encoding="utf-8")
    assert base.to_json() == committed


def test_build_is_deterministic() -> None:
    first, _ = build_factbase(load_story(SEEDS))
    second, _ = build_factbase(load_story(SEEDS))
    assert first.to_json() == second.to_json()


def test_build_reports_the_treaty_conflict_and_its_resolution(built: tuple[FactBase, list[str]]) -> None:
    _, lines = built
    text = "\n".join(lines)
    assert "conflict: seeds disagree on 'treaty-signed'" in text
    assert "2023-06    rejected 001_4b7a29aaf83a8626.txt:33" in text
    assert "resolved to 2024" in text


def test_multi_source_troop_figures_stay_separate_with_source_and_date(built: tuple[FactBase, list[str]]) -> None:
    base, _ = built
    records = base.facts["troops-deployed"].records
    got = {(r.value, r.bound, r.source, r.via, r.as_of) for r in records}
    assert got == {
        ("1500", "approx", "nis", None, "2024-10-22"),
        ("10000", "lower", "nis", "afp", "2025-02-27"),
        ("15000", "approx", "joint-assessment", None, "2025-06-19"),
        ("11000", "approx", "western-intelligence", None, "2025-07"),
    }
    assert base.facts["troops-deployed"].canonical is None
    # Budanov's "saat ini terdapat 11.000 tentara ... yang sedang berlatih": troops there now
    (present,) = base.facts["troops-present"].records
    assert (present.value, present.source, present.as_of) == ("11000", "kyrylo-budanov", "2024-10-22")


def test_every_record_carries_evidence_quoted_from_its_seed(built: tuple[FactBase, list[str]]) -> None:
    base, _ = built
    for fact in base.facts.values():
        for r in fact.records:
            seed_lines = (SEEDS / r.evidence.seed).read_text(encoding="utf-8").splitlines()
            assert r.evidence.quote in seed_lines[r.evidence.line - 1], (fact.id, r)


@pytest.mark.parametrize(
    ("fact", "value", "source"),
    [
        ("troops-killed", "600", "nis"),
        ("shells-supplied", "10000000", "nis"),
        ("workers-sent", "15000", "nis"),
        ("sappers-pledged", "1000", "sergei-shoigu"),
        ("builders-pledged", "5000", "sergei-shoigu"),
        ("kursk-personnel-total", "6000", "sergei-shoigu"),
    ],
)
def test_single_source_figures(built: tuple[FactBase, list[str]], fact: str, value: str, source: str) -> None:
    base, _ = built
    assert [(r.value, r.source) for r in base.facts[fact].records] == [(value, source)]


@pytest.mark.parametrize(
    ("fact", "canonical"),
    [
        ("treaty-signed", "2024-06"),
        ("invasion-began", "2022-02"),
        ("kursk-withdrawal", "2025-01"),
        ("north-korea-confirms-deployment", "2025-04-28"),
        ("shoigu-announces-kursk-help", "2025-06-17"),
        ("kcna-confirms-kursk-cooperation", "2025-06-18"),
        ("trilateral-air-exercise", "2025-06-18"),
        ("seoul-voices-concern", "2025-06-19"),
    ],
)
def test_dated_events(built: tuple[FactBase, list[str]], fact: str, canonical: str) -> None:
    base, _ = built
    assert base.facts[fact].canonical == canonical


def test_treaty_records_keep_the_rejected_outlier(built: tuple[FactBase, list[str]]) -> None:
    base, _ = built
    entry = base.facts["treaty-signed"]
    rejected = [r for r in entry.records if r.status == "rejected"]
    assert [(r.value, r.evidence.seed, r.evidence.line) for r in rejected] == [
        ("2023-06", "001_4b7a29aaf83a8626.txt", 33)
    ]
    assert entry.conflict is not None
    assert entry.conflict.values == ("2023-06", "2024")


def test_people_and_titles_come_from_the_seeds(built: tuple[FactBase, list[str]]) -> None:
    base, _ = built
    shoigu = base.people["sergei-shoigu"]
    assert {t.title for t in shoigu.titles} == {"Sekretaris Dewan Keamanan Rusia", "Kepala Dewan Keamanan Rusia"}
    assert base.people["kyrylo-budanov"].titles[0].title == "Kepala intelijen militer Ukraina"


def test_total_is_checked_against_its_parts(built: tuple[FactBase, list[str]]) -> None:
    _, lines = built
    assert any("kursk-personnel-total" in line and "adds up: 1.000 + 5.000 = 6.000" in line for line in lines)


def _story_copy(tmp_path: Path) -> Path:
    return copy_story(tmp_path / "seeds")


def test_a_range_in_a_seed_gives_its_least_and_its_most(tmp_path: Path) -> None:
    root = _story_copy(tmp_path)
    seed = root / "004_2e650f3cde23e645.txt"
    said = "Menurut NIS, antara 20.000 hingga 30.000 pekerja Korea Utara dikirim ke Rusia."
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\n" + said + "\n", encoding="utf-8")
    base, _ = build_factbase(load_story(root))
    ranged = [r for r in base.facts["workers-sent"].records if r.evidence.quote == said]
    assert [(r.value, r.bound, r.source) for r in ranged] == [("20000", "lower", "nis"), ("30000", "upper", "nis")]
    assert {r.display for r in ranged} == {"antara 20.000 hingga 30.000 pekerja Korea Utara"}


def test_resolution_without_supporting_evidence_fails_the_build(tmp_path: Path) -> None:
    root = _story_copy(tmp_path)
    facts = root / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace('value: "2024-06"', 'value: "2022"'), encoding="utf-8")
    with pytest.raises(FactlintError, match="no supporting evidence"):
        build_factbase(load_story(root))


def test_a_combined_resolution_needs_a_seed_for_each_of_its_parts(tmp_path: Path) -> None:
    """June 2024 takes its year from three seeds and its month from a fourth; August 2024 has
    the year but no seed gives August."""
    root = _story_copy(tmp_path)
    facts = root / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace('value: "2024-06"', 'value: "2024-08"'), encoding="utf-8"
    )
    with pytest.raises(FactlintError, match="no seed gives its month"):
        build_factbase(load_story(root))


def test_conflict_without_resolution_fails_the_build(tmp_path: Path) -> None:
    root = _story_copy(tmp_path)
    facts = root / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index('    resolution:\n      value: "2024-06"')
    end = text.index("  - id: invasion-began")
    facts.write_text(text[:start] + "\n" + text[end:], encoding="utf-8")
    with pytest.raises(FactlintError, match="seeds disagree on 'treaty-signed'"):
        build_factbase(load_story(root))


def test_build_command_writes_and_checks(tmp_path: Path) -> None:
    root = _story_copy(tmp_path)
    (root / FACTBASE_FILE).unlink()
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--story", str(root)])
    assert result.exit_code == 0, result.output
    assert "conflict: seeds disagree on 'treaty-signed'" in result.output
    assert "written" in result.output
    assert load_factbase(root / FACTBASE_FILE).story == "north-korean-troops-in-russia"
    assert runner.invoke(main, ["build", "--story", str(root), "--check"]).exit_code == 0
    seed = root / "002_5255e69b3c7b895d.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("sekitar 15.000 tentara", "sekitar 16.000 tentara"), encoding="utf-8"
    )
    assert runner.invoke(main, ["build", "--story", str(root), "--check"]).exit_code == 1


def test_seed_files_are_the_shared_originals() -> None:
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for original in sorted(shared.iterdir()):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes(), original.name


def test_a_copy_of_a_seed_is_read_at_its_publication_date(tmp_path: Path) -> None:
    """An installed factlint has its own copy of the seeds; the checkout's copies are the same seeds."""
    from lint.run.engine import lint_text
    from lint.run.project import load_project

    project = load_project()
    copy = tmp_path / "000_89031a1fd86b0abb.txt"
    shutil.copy(SEEDS / copy.name, copy)
    text = copy.read_text(encoding="utf-8")
    assert [f.kind for f in lint_text(text, project, str(copy))] == []  # "tahun lalu" is 2024 as of 2025-02-27
    assert project.story.seed(copy, text) is not None
    edited = text.replace("Kursk.", "Kursk!", 1)  # not the seed any more: read as of the draft's own date
    assert project.story.seed(copy, edited) is None
