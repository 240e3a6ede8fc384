"""`factlint archive recheck`: after a fact change, only the articles citing the changed
facts are read again, and the result is what linting the whole archive again gives."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

pytest.importorskip("distributed", reason="the archive extra is not installed")
pytest.importorskip("pyarrow", reason="the archive extra is not installed")

from distributed import LocalCluster

from lint.archive import work
from lint.cli.main import main
from lint.facts.matching import match
from lint.run.engine import analyse_text
from lint.run.project import load_project

from .archive_corpus import SEED_002, by_path, lint_report, make_archive, read_jsonl
from .conftest import SEEDS
from .test_factbase_diff import WORKERS_SENTENCE


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles the workers read, in the order they read them."""
    seen: list[str] = []
    original = work.read_target

    def recording(target: Any, *args: Any) -> str:
        seen.append(target.display)
        return original(target, *args)

    monkeypatch.setattr(work, "read_target", recording)
    return seen


def archive(*args: str) -> Result:
    return CliRunner().invoke(main, ["archive", *args], catch_exceptions=False)


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data


def checked(tmp_path: Path, scheduler: str) -> tuple[Path, Path, Path]:
    """An archive checked against a copy of the shipped story: (story, archive, output)."""
    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    archive_dir = make_archive(tmp_path)
    out = tmp_path / "checked"
    result = archive("check", str(archive_dir), "--story", str(story), "--out", str(out), "--scheduler", scheduler)
    assert result.exit_code == 0, result.output
    return story, archive_dir, out


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def citing(story: Path, archive_dir: Path, fact: str) -> set[str]:
    """The articles with a figure about ``fact``, read here without the index."""
    project = load_project(story)
    found = set()
    for path in sorted(archive_dir.rglob("*.*")):
        analysis = analyse_text(path.read_text(encoding="utf-8"), project, str(path), None)
        if any(fact in m.facts for m in match(analysis, project.fact_index, project.story).figures):
            found.add(str(path))
    return found


def canon(findings: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(f, sort_keys=True) for f in findings)


def test_a_removed_seed_sentence_rereads_only_the_articles_citing_its_fact(
    tmp_path: Path, scheduler: str, read: list[str]
) -> None:
    story, archive_dir, before = checked(tmp_path, scheduler)
    old_factbase = tmp_path / "old-factbase.json"
    shutil.copy(story / "factbase.json", old_factbase)
    _, old_report = lint_report(str(archive_dir), "--story", str(story))
    expected = citing(story, archive_dir, "workers-sent") | {str(archive_dir / "notes" / SEED_002)}
    assert 0 < len(expected) < summary(before)["files"] - 5
    # the story's one record of workers sent to Russia is gone
    edit(story / SEED_002, WORKERS_SENTENCE, "")
    assert CliRunner().invoke(main, ["build", "--story", str(story)]).exit_code == 0
    read.clear()

    after = tmp_path / "rechecked"
    result = archive(
        "recheck", str(before), "--since", str(old_factbase), "--out", str(after), "--scheduler", scheduler
    )

    assert result.exit_code == 0, result.output
    assert sorted(read) == sorted(expected)
    _, new_report = lint_report(str(archive_dir), "--story", str(story))
    assert read_jsonl(after / "findings.jsonl") == new_report["findings"]
    old, new = by_path(old_report["findings"]), by_path(new_report["findings"])
    changes = {c["path"]: c for c in read_jsonl(after / "changes.jsonl")}
    assert set(changes) == expected
    for path in old.keys() | new.keys():
        if path not in expected:
            assert old.get(path) == new.get(path), path  # the articles left alone needed no reading
            continue
        was, now = old.get(path, []), new.get(path, [])
        assert canon(changes[path]["resolved"] + [c["old"] for c in changes[path]["changed"]]) == canon(
            [f for f in was if f not in now]
        )
        assert canon(changes[path]["new"] + [c["new"] for c in changes[path]["changed"]]) == canon(
            [f for f in now if f not in was]
        )
    done = summary(after)
    assert done["recheck"]["selected"] == {"facts": ["workers-sent"], "titles": [], "seeds": [SEED_002]}
    assert done["recheck"]["reread"] == len(expected)
    assert done["recheck"]["share"] == round(len(expected) / done["files"], 6)
    assert done["recheck"]["resolved"] > 0
    assert [f["fact"] for f in done["recheck"]["diff"]["facts"]] == ["workers-sent"]
    assert (done["findings"], done["by_kind"], done["files"]) == (
        new_report["summary"]["findings"],
        new_report["summary"]["by_kind"],
        new_report["summary"]["files"],
    )
    assert json.loads((after / "factbase.json").read_text(encoding="utf-8")) == json.loads(
        (story / "factbase.json").read_text(encoding="utf-8")
    )


def test_a_recheck_can_be_rechecked(tmp_path: Path, scheduler: str, read: list[str]) -> None:
    """A recheck's output is a whole check: undoing the change and rechecking from it gives
    the first check's findings back (its fact base taken from the output it starts from)."""
    story, _, before = checked(tmp_path, scheduler)
    original = (story / "facts.yaml").read_text(encoding="utf-8")
    edit(story / "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')
    first = tmp_path / "first"
    assert archive("recheck", str(before), "--out", str(first), "--scheduler", scheduler).exit_code == 0
    assert summary(first)["recheck"]["selected"]["facts"] == ["treaty-signed"]
    assert read_jsonl(first / "findings.jsonl") != read_jsonl(before / "findings.jsonl")
    (story / "facts.yaml").write_text(original, encoding="utf-8")
    read.clear()

    second = tmp_path / "second"
    result = archive("recheck", str(first), "--out", str(second), "--scheduler", scheduler)

    assert result.exit_code == 0, result.output
    assert read_jsonl(second / "findings.jsonl") == read_jsonl(before / "findings.jsonl")
    changes = read_jsonl(second / "changes.jsonl")
    assert sorted(read) == [c["path"] for c in changes]
    assert sum(len(c["resolved"]) for c in changes) == summary(first)["recheck"]["new"]


def test_nothing_changed_reads_nothing(tmp_path: Path, scheduler: str, read: list[str]) -> None:
    _, _, before = checked(tmp_path, scheduler)
    read.clear()

    after = tmp_path / "after"
    result = archive("recheck", str(before), "--out", str(after))  # no cluster is needed for nothing

    assert result.exit_code == 0, result.output
    assert read == []
    assert "0 of 27 articles read again (0.00%): 0 new findings, 0 resolved, 0 changed" in result.stdout
    assert read_jsonl(after / "findings.jsonl") == read_jsonl(before / "findings.jsonl")
    assert (after / "changes.jsonl").read_text(encoding="utf-8") == ""


def test_another_fact_base_than_the_checked_one_is_refused(tmp_path: Path, scheduler: str) -> None:
    _, _, before = checked(tmp_path, scheduler)
    other = tmp_path / "other.json"
    other.write_text((SEEDS / "factbase.json").read_text(encoding="utf-8").replace('"2024"', '"2025"', 1))

    result = archive("recheck", str(before), "--since", str(other), "--out", str(tmp_path / "after"))

    assert result.exit_code == 2
    assert "not the fact base the archive" in result.stderr
    assert not (tmp_path / "after").exists()


def test_a_change_to_how_claims_are_read_asks_for_a_new_check(tmp_path: Path, scheduler: str) -> None:
    story, _, before = checked(tmp_path, scheduler)
    edit(story / "facts.yaml", "aliases: [AFP,", "aliases: [AFP, Agence France Presse,")

    result = archive("recheck", str(before), "--out", str(tmp_path / "after"))

    assert result.exit_code == 2
    assert "more than the fact base changed (definitions)" in result.stderr
    assert "run 'factlint archive check' again" in result.stderr
    assert not (tmp_path / "after").exists()


def test_the_claims_of_articles_not_read_again_are_kept(tmp_path: Path, scheduler: str) -> None:
    import pyarrow.parquet as pq

    story, _, before = checked(tmp_path, scheduler)
    edit(story / "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')
    after = tmp_path / "after"
    assert archive("recheck", str(before), "--out", str(after), "--scheduler", scheduler).exit_code == 0

    def rows(out: Path) -> list[tuple[Any, ...]]:
        return sorted(tuple(r.values()) for r in pq.read_table(out / "claims.parquet").to_pylist())

    # the change alters what the fact base says, not what the articles claim
    assert rows(after) == rows(before)


def test_a_parquet_check_is_rechecked_in_parquet(tmp_path: Path, scheduler: str) -> None:
    import pyarrow.parquet as pq

    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    archive_dir = make_archive(tmp_path, drafts=12)
    before = tmp_path / "checked"
    check = ["check", str(archive_dir), "--story", str(story), "--out", str(before), "--format", "parquet"]
    assert archive(*check, "--scheduler", scheduler).exit_code == 0
    edit(story / "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')

    after = tmp_path / "after"
    result = archive("recheck", str(before), "--out", str(after), "--scheduler", scheduler)

    assert result.exit_code == 0, result.output
    _, report = lint_report(str(archive_dir), "--story", str(story))
    assert pq.read_table(after / "findings.parquet").to_pylist() == report["findings"]
    assert summary(after)["findings"] == report["summary"]["findings"]
    assert summary(after)["recheck"]["new"] > 0


def test_a_partition_failing_in_a_recheck_keeps_its_articles_findings(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    story, archive_dir, before = checked(tmp_path, scheduler)
    edit(story / "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')
    analyse = work.read_draft

    def failing(text: str, project: Any, path: str, date: Any = None) -> Any:
        if path.endswith("citing.md"):
            raise RuntimeError("disk hiccup")
        return analyse(text, project, path, date)

    monkeypatch.setattr(work, "read_draft", failing)
    after = tmp_path / "after"
    result = archive("recheck", str(before), "--out", str(after), "--scheduler", scheduler, "--partition-size", "1")

    assert result.exit_code == 2
    assert "1 partitions (1 files) not linted again; their earlier findings are kept" in result.stderr
    citing = str(archive_dir / "notes" / "citing.md")
    (failed,) = summary(after)["failed_partitions"]
    assert (failed["command"], failed["files"]) == ("recheck", [citing])
    kept = [f for f in read_jsonl(after / "findings.jsonl") if f["path"] == citing]
    assert kept == [f for f in read_jsonl(before / "findings.jsonl") if f["path"] == citing] != []
    assert citing not in {c["path"] for c in read_jsonl(after / "changes.jsonl")}


def test_a_check_under_a_pyproject_config_is_rechecked_under_it(tmp_path: Path, scheduler: str) -> None:
    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    archive_dir = make_archive(tmp_path, drafts=6)
    (archive_dir / "pyproject.toml").write_text('[tool.factlint]\nignore = ["spelling"]\n', encoding="utf-8")
    before, after = tmp_path / "checked", tmp_path / "after"
    check = ["check", str(archive_dir), "--story", str(story), "--out", str(before), "--scheduler", scheduler]
    assert archive(*check).exit_code == 0
    assert summary(before)["setup"]["config"] == str(archive_dir / "pyproject.toml")
    edit(story / "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')

    result = archive("recheck", str(before), "--out", str(after), "--scheduler", scheduler)

    assert result.exit_code == 0, result.output
    _, report = lint_report(str(archive_dir), "--story", str(story))
    assert read_jsonl(after / "findings.jsonl") == report["findings"]
    assert not any(f["kind"] == "spelling" for f in report["findings"])


def test_a_change_to_a_fact_rereads_the_articles_about_facts_that_depend_on_it(tmp_path: Path) -> None:
    """A count of troops there now is judged with the deployed counts (facts.yaml's related),
    a total with its parts: a change to either changes their articles' findings."""
    from types import SimpleNamespace

    from lint.archive.claims import ClaimRow
    from lint.archive.output import ClaimsWriter, claims_table
    from lint.archive.recheck import select

    def row(path: str, fact: str) -> ClaimRow:
        return ClaimRow(path, 1, 1, "figure", fact, "10000", "exact", None, None, None, None, "10.000")

    claims = tmp_path / "claims.parquet"
    writer = ClaimsWriter(claims)
    writer.write(claims_table([row("present.md", "troops-present"), row("total.md", "kursk-personnel-total")]))
    writer.write(claims_table([row("killed.md", "troops-killed")]))
    writer.close()
    depends = {"troops-present": ("troops-deployed",), "kursk-personnel-total": ("sappers-pledged", "builders-pledged")}

    def selected(*changed: str) -> list[str]:
        diff = SimpleNamespace(
            changed_facts=frozenset(changed), changed_people=frozenset(), changed_titles=frozenset(), inputs=()
        )
        return select(diff, claims, [], depends).paths  # type: ignore[arg-type]

    assert selected("troops-deployed") == ["present.md"]
    assert selected("builders-pledged") == ["total.md"]
    assert selected("troops-killed") == ["killed.md"]
    assert selected("coffins-shown") == []
