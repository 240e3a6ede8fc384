"""Diffing two fact bases (lint/facts/diff.py): records, settled values, people and titles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lint.facts.build import build_factbase
from lint.facts.diff import diff_dict, diff_factbases, diff_lines
from lint.facts.factbase import FactBase, Title, load_factbase
from lint.facts.story import load_story

from .conftest import SEEDS

WORKERS_SENTENCE = (
    " NIS juga mengungkapkan 15.000 pekerja Korea Utara telah dikirim ke Rusia di bawah program kerja sama"
    " industri bilateral."
)


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_factbase(SEEDS / "factbase.json")


def edited_story(tmp_path: Path, file: str, old: str, new: str) -> FactBase:
    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    path = story / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    base, _ = build_factbase(load_story(story))
    return base


def test_the_same_fact_base_has_no_changes(shipped: FactBase) -> None:
    diff = diff_factbases(shipped, shipped)
    assert diff.empty
    assert diff.facts == diff.people == diff.inputs == ()
    assert diff_lines(diff) == []


def test_a_changed_resolution_changes_the_records_status_and_the_settled_value(
    tmp_path: Path, shipped: FactBase
) -> None:
    new = edited_story(tmp_path, "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')
    diff = diff_factbases(shipped, new)
    assert diff.changed_facts == {"treaty-signed"}
    assert diff.inputs == ("facts.yaml",)
    assert not diff.people
    (change,) = diff.facts
    assert change.status == "changed"
    assert change.added == change.removed == ()
    assert {(c.old.value, c.old.status, c.new.status) for c in change.changed} == {
        ("2023-06", "rejected", "accepted"),
        ("2024", "accepted", "rejected"),
    }
    assert all(c.fields == ("status",) for c in change.changed)
    assert change.settled == ("2024-06", "2023-06")
    assert change.fields == ("conflict",)
    assert "treaty-signed: settled value 2024-06 -> 2023-06" in diff_lines(diff)


def test_a_removed_seed_sentence_removes_its_records(tmp_path: Path, shipped: FactBase) -> None:
    new = edited_story(tmp_path, "002_5255e69b3c7b895d.txt", WORKERS_SENTENCE, "")
    diff = diff_factbases(shipped, new)
    assert diff.changed_facts == {"workers-sent"}
    assert diff.inputs == ("002_5255e69b3c7b895d.txt",)
    (change,) = diff.facts
    assert [(r.value, r.source, r.evidence.seed) for r in change.removed] == [
        ("15000", "nis", "002_5255e69b3c7b895d.txt")
    ]
    assert change.added == change.changed == ()
    assert diff_lines(diff) == [
        "workers-sent: - '15.000 pekerja Korea Utara' = 15000 (exact, nis, accepted; 002_5255e69b3c7b895d.txt:19)"
    ]


def test_a_moved_record_is_changed_not_removed_and_added(shipped: FactBase) -> None:
    entry = shipped.facts["coffins-shown"]
    (record,) = entry.records
    moved = record._replace(evidence=record.evidence._replace(line=record.evidence.line + 1))
    new = shipped._replace(facts={**shipped.facts, "coffins-shown": entry._replace(records=(moved,))})
    (change,) = diff_factbases(shipped, new).facts
    assert change.added == change.removed == ()
    assert [(c.old, c.new, c.fields) for c in change.changed] == [(record, moved, ("evidence",))]


def test_facts_added_and_removed(shipped: FactBase) -> None:
    facts = dict(shipped.facts)
    coffins = facts.pop("coffins-shown")
    facts["coffins-counted"] = coffins._replace(id="coffins-counted")
    diff = diff_factbases(shipped, shipped._replace(facts=facts))
    assert [(f.fact, f.status, len(f.added), len(f.removed)) for f in diff.facts] == [
        ("coffins-counted", "added", 1, 0),
        ("coffins-shown", "removed", 0, 1),
    ]


def test_a_title_gained_is_a_changed_person_and_a_changed_title(shipped: FactBase) -> None:
    putin = shipped.people["vladimir-putin"]
    evidence = putin.titles[0].evidence
    gained = putin._replace(titles=(*putin.titles, Title("Panglima Tertinggi", evidence)))
    diff = diff_factbases(shipped, shipped._replace(people={**shipped.people, "vladimir-putin": gained}))
    assert not diff.facts
    assert diff.changed_people == {"vladimir-putin"}
    assert diff.changed_titles == {"Panglima Tertinggi"}
    (change,) = diff.people
    assert (change.titles_added, change.titles_removed, change.name, change.evidence) == (
        ("Panglima Tertinggi",),
        (),
        None,
        False,
    )
    assert diff_lines(diff) == ["person:vladimir-putin: + title Panglima Tertinggi"]


def test_every_differing_entry_is_in_the_diff_and_no_other(tmp_path: Path, shipped: FactBase) -> None:
    new = edited_story(tmp_path, "003_a3e0b40061c9393a.txt", "enam peti mati", "tujuh peti mati")
    diff = diff_factbases(shipped, new)
    assert diff.changed_facts == {
        f for f in shipped.facts.keys() | new.facts.keys() if shipped.facts.get(f) != new.facts.get(f)
    }
    assert diff.changed_people == {
        p for p in shipped.people.keys() | new.people.keys() if shipped.people.get(p) != new.people.get(p)
    }
    assert "coffins-shown" in diff.changed_facts


def test_the_diff_as_json(tmp_path: Path, shipped: FactBase) -> None:
    new = edited_story(tmp_path, "facts.yaml", '      value: "2024-06"', '      value: "2023-06"')
    data = json.loads(json.dumps(diff_dict(diff_factbases(shipped, new))))
    (fact,) = data["facts"]
    assert fact["fact"] == "treaty-signed"
    assert fact["settled"] == ["2024-06", "2023-06"]
    assert {c["new"]["status"] for c in fact["changed"]} == {"accepted", "rejected"}
    assert data["inputs"] == ["facts.yaml"] and data["people"] == [] and data["story"] is None
