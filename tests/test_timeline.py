"""A fact's timeline (lint/facts/timeline.py): who said what when, and evidence in date order."""

from __future__ import annotations

import json

import httpx
from click.testing import CliRunner

from lint.cli.main import main
from lint.facts.timeline import by_date, fact_timeline, supersedes, timeline_dict, timeline_lines
from lint.findings import EvidenceRef
from lint.run.project import Project, load_project
from lint.service.app import create_app
from tests.live_server import live_server

from .conftest import LintFn


def ref(date: str | None, published: str | None, seed: str = "s.txt") -> EvidenceRef:
    return EvidenceRef(seed, 1, "q", None, date, None, published, None)


def test_evidence_is_ordered_by_as_of_date_then_publication() -> None:
    given = [
        ref("2025-06-19", "2025-06-19", "a"),
        ref("2025-02-27", "2025-02-27", "b"),
        ref("2025-04", "2025-06-19", "c"),
        ref("2025-04", "2025-05-01", "d"),
        ref("2024", "2024-10-22", "e"),
    ]
    assert [e.seed for e in by_date(given)] == ["e", "b", "d", "c", "a"]


def test_evidence_without_dates_keeps_its_order_after_the_dated() -> None:
    given = [ref(None, None, "x"), ref("2025-01", None, "y"), ref(None, None, "z"), ref("9999-99", None, "w")]
    assert [e.seed for e in by_date(given)] == ["y", "x", "z", "w"]


def test_an_outdated_finding_lists_its_newer_records_oldest_first(lint: LintFn) -> None:
    (finding,) = [
        f
        for f in lint("NIS menyebutkan sekitar 1.500 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01")
        if f.kind == "outdated"
    ]
    dates = [e.date for e in finding.evidence]
    assert len(dates) >= 2 and dates == sorted(dates)
    assert finding.expected == "sekitar 15.000 tentara Korea Utara"  # still the newest


def test_timeline_lists_who_said_what_when(project: Project) -> None:
    timeline = fact_timeline(project.story, project.factbase, "troops-deployed")
    said = [(t.record.as_of, t.record.value, t.source) for t in timeline.entries]
    assert said == [
        ("2024-10-22", "1500", "South Korea's National Intelligence Service (NIS)"),
        ("2025-02-27", "10000", "South Korea's National Intelligence Service (NIS)"),
        ("2025-06-19", "15000", "Joint assessment of South Korea, the US and Ukraine"),
        ("2025-07", "11000", "Western intelligence"),
    ]
    first = timeline.entries[0]
    assert (first.outlet, first.published) == ("Medcom (medcom.id)", "2024-10-22")
    assert first.newer is not None and first.newer.value == "10000"  # NIS's own later figure
    assert timeline.entries[1].via == "AFP"
    joint = timeline.entries[1].newer  # NIS is part of the joint assessment
    assert joint is not None and joint.value == "15000"
    assert timeline.entries[3].newer is None  # Western intelligence said nothing later


def test_timeline_text_and_json(project: Project) -> None:
    timeline = fact_timeline(project.story, project.factbase, "treaty-signed")
    lines = timeline_lines(timeline)
    assert lines[0] == "treaty-signed: Russia and North Korea sign their mutual defence treaty (single-valued date)"
    assert lines[1] == "  settled: 2024-06"
    assert any("Juni 2023" in line and "[rejected]" in line for line in lines)
    data = timeline_dict(timeline)
    assert [e["as_of"] for e in data["entries"]] == ["2024-10-22", "2025-02-27", "2025-06-19", "2025-06-19"]
    assert data["entries"][0]["quote"].startswith("Hubungan militer antara Korea Utara dan Rusia")
    assert all(e["newer"] is None for e in data["entries"])  # a date is settled, not replaced


def test_only_a_later_figure_from_the_same_body_supersedes(project: Project) -> None:
    records = {(r.value, r.source): r for r in project.factbase.facts["troops-deployed"].records}
    nis_early, nis_later = records[("1500", "nis")], records[("10000", "nis")]
    western = records[("11000", "western-intelligence")]
    assert supersedes(project.story, nis_later, nis_early)
    assert not supersedes(project.story, nis_early, nis_later)  # older
    assert not supersedes(project.story, western, nis_later)  # another body


def test_facts_timeline_command_text_and_json() -> None:
    runner = CliRunner()
    text = runner.invoke(main, ["facts", "troops-killed", "--timeline"])
    assert text.exit_code == 0, text.output
    assert text.stdout.splitlines()[:4] == [
        "troops-killed: North Korean soldiers killed in the war (multi-source figure)",
        "  2025-04     sekitar 600 tentara Korea Utara  (600, approx)  South Korea's National Intelligence Service (NIS)",
        "      published: TVRINews, 2025-06-19",
        '      002_5255e69b3c7b895d.txt:14: "Badan intelijen Korea Selatan pada April lalu bahkan menyatakan sekitar'
        ' 600 tentara Korea Utara tewas di medan perang Rusia-Ukraina."',
    ]
    data = json.loads(runner.invoke(main, ["facts", "troops-deployed", "--timeline", "--format", "json"]).stdout)
    (timeline,) = data["timelines"]
    assert [e["value"] for e in timeline["entries"]] == ["1500", "10000", "15000", "11000"]
    assert timeline["entries"][0]["outlet"] == "Medcom (medcom.id)"
    every = json.loads(runner.invoke(main, ["facts", "--timeline", "--format", "json"]).stdout)
    assert len(every["timelines"]) == len(load_project().factbase.facts)
    unknown = runner.invoke(main, ["facts", "no-such-fact", "--timeline"])
    assert unknown.exit_code == 2 and "no such fact 'no-such-fact'" in unknown.stderr


def test_service_serves_each_facts_timeline(project: Project) -> None:
    with live_server(create_app(project)) as url, httpx.Client(base_url=url, timeout=30) as client:
        response = client.get("/facts/troops-deployed/timeline")
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        cli = CliRunner().invoke(main, ["facts", "troops-deployed", "--timeline", "--format", "json"]).stdout
        assert response.json() == json.loads(cli)["timelines"][0]
        unknown = client.get("/facts/no-such-fact/timeline")
        assert unknown.status_code == 404 and unknown.json()["error"] == "unknown_fact"
        assert client.get("/facts/troops-deployed/timeline", headers={"host": "evil.example"}).status_code == 400


def test_service_serves_a_timeline_in_the_language_asked_for(project: Project) -> None:
    with live_server(create_app(project)) as url, httpx.Client(base_url=url, timeout=30) as client:
        indonesian = client.get("/facts/troops-deployed/timeline", params={"lang": "id"}).json()
        english = client.get("/facts/troops-deployed/timeline", params={"lang": "en"}).json()
        cli = CliRunner().invoke(main, ["facts", "troops-deployed", "--timeline", "--format", "json", "--locale", "id"])
        assert indonesian == json.loads(cli.stdout)["timelines"][0]
    assert indonesian["about"] == "tentara Korea Utara yang dikirim ke Rusia"
    assert english["about"] == "North Korean troops sent to Russia"
    assert indonesian["entries"][0]["source"] == "Badan Intelijen Nasional Korea Selatan (NIS)"
    assert english["entries"][0]["source"] == "South Korea's National Intelligence Service (NIS)"
    # what the fact is and who said it change; the records do not
    same = ("as_of", "value", "display", "seed", "line", "quote", "outlet", "published")
    assert [[e[k] for k in same] for e in indonesian["entries"]] == [[e[k] for k in same] for e in english["entries"]]
