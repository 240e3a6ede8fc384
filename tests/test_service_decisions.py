"""POST /dismiss: an editor's decision from the review page, recorded as factlint dismiss records
it, honoured by /lint and by factlint lint; refused as every other request is when it should be."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from lint.cli.main import main
from lint.run.decisions import DECISIONS_FILE, load_decisions
from lint.run.project import Project
from lint.service.app import Limits, create_app
from tests.live_server import live_server

KILLED = "Menurut NIS, sekitar 2.000 tentara Korea Utara tewas di Rusia."
KIM = "Pemimpin Korea Utara Kim Jong-Un menyambut Sergei Shoigu."
DRAFT = f"---\ndate: 2025-09-20\n---\n\n{KILLED}\n\n{KIM}\n"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def client(project: Project, newsroom: Path) -> Iterator[httpx.Client]:
    app = create_app(project, limits=Limits(max_bytes=20_000), decisions=newsroom / DECISIONS_FILE)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def rules_of(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [f["rule"] for f in response.json()["findings"]]


def test_a_dismissal_is_recorded_and_honoured_by_the_service_and_the_cli(
    client: httpx.Client, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rules_of(client.post("/lint", json={"text": DRAFT, "path": "a.md"})) == [
        "figure-unverified",
        "name-spelling",
    ]
    wanted = {"text": DRAFT, "path": "a.md", "line": 5, "column": 14, "rule": "figure-unverified"}
    response = client.post("/dismiss", json={**wanted, "reason": "fact-base-out-of-date", "note": "NIS, 15/9"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["dismissed"] is True and body["file"] == DECISIONS_FILE
    decision = body["decision"]
    assert (decision["rule"], decision["fact"], decision["text"], decision["reason"], decision["note"]) == (
        "figure-unverified",
        "troops-killed",
        "sekitar 2.000",
        "fact-base-out-of-date",
        "NIS, 15/9",
    )
    assert rules_of(client.post("/lint", json={"text": DRAFT, "path": "a.md"})) == ["name-spelling"]
    # moved down a paragraph: still dismissed
    moved = DRAFT.replace(KILLED, f"Paragraf baru.\n\n{KILLED}")
    assert rules_of(client.post("/lint", json={"text": moved})) == ["name-spelling"]

    again = client.post("/dismiss", json={**wanted, "reason": "wrong-reading"})
    assert again.status_code == 200 and again.json()["dismissed"] is False
    assert again.json()["decision"]["reason"] == "fact-base-out-of-date"

    (recorded,) = load_decisions(newsroom / DECISIONS_FILE).entries
    assert (recorded.path, recorded.line) == ("a.md", 5)
    monkeypatch.chdir(newsroom)
    cli = CliRunner().invoke(main, ["lint", "--format", "json", "a.md"])
    assert [f["rule"] for f in json.loads(cli.stdout)["findings"]] == ["name-spelling"]


def test_a_kind_names_the_rule_and_a_missing_column_is_fine_when_one_finding_is_there(client: httpx.Client) -> None:
    response = client.post("/dismiss", json={"text": DRAFT, "line": 7, "rule": "spelling", "reason": "gaya rumah kami"})
    assert response.status_code == 201, response.text
    assert response.json()["decision"]["rule"] == "name-spelling"
    assert response.json()["decision"]["reason"] == "gaya rumah kami"
    assert response.json()["decision"]["path"] == "-"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"text": DRAFT, "line": 6, "rule": "spelling", "reason": "x"}, 404, "no_such_finding"),
        ({"text": DRAFT, "line": 7, "rule": "spelling"}, 422, "invalid_request"),
        ({"text": DRAFT, "line": 7, "rule": "spelling", "reason": "x", "extra": 1}, 422, "invalid_request"),
        ({"text": DRAFT, "line": 0, "rule": "spelling", "reason": "x"}, 422, "invalid_position"),
        ({"text": DRAFT, "line": "7", "rule": "spelling", "reason": "x"}, 422, "invalid_position"),
        ({"text": DRAFT, "line": 7, "rule": "spelling", "reason": "a\nb"}, 422, "invalid_reason"),
        ({"text": DRAFT, "line": 7, "rule": "spelling", "reason": "x" * 501}, 422, "invalid_reason"),
        ({"text": DRAFT, "line": 7, "rule": 3, "reason": "x"}, 422, "invalid_rule"),
        ({"text": DRAFT, "line": 7, "rule": "spelling", "reason": "x", "date": "kemarin"}, 422, "invalid_date"),
        ({"text": "a\x00b", "line": 1, "rule": "spelling", "reason": "x"}, 422, "unreadable_draft"),
    ],
)
def test_bad_dismissals_get_clear_errors_and_record_nothing(
    client: httpx.Client, newsroom: Path, body: dict[str, object], status: int, code: str
) -> None:
    response = client.post("/dismiss", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"] == code
    assert not (newsroom / DECISIONS_FILE).exists()


def test_dismiss_keeps_the_services_guards(client: httpx.Client, newsroom: Path) -> None:
    body = {"text": DRAFT, "line": 7, "rule": "spelling", "reason": "accepted-style"}
    assert (
        client.post("/dismiss", content=b"not json", headers={"content-type": "application/json"}).json()["error"]
        == "malformed_json"
    )
    assert client.post("/dismiss", content=DRAFT.encode(), headers={"content-type": "text/plain"}).status_code == 415
    big = client.post("/dismiss", json={**body, "text": DRAFT + "x" * 30_000})
    assert big.status_code == 413 and big.json()["error"] == "too_large"
    other_site = client.post("/dismiss", json=body, headers={"origin": "https://evil.example"})
    assert other_site.status_code == 403 and other_site.json()["error"] == "cross_origin"
    other_host = client.post("/dismiss", json=body, headers={"host": "evil.example"})
    assert other_host.status_code == 400 and other_host.json()["error"] == "invalid_host"
    assert client.get("/dismiss").status_code == 405
    assert not (newsroom / DECISIONS_FILE).exists()
    same_site = client.post("/dismiss", json=body, headers={"origin": str(client.base_url).rstrip("/")})
    assert same_site.status_code == 201


def test_a_service_without_a_decisions_file_refuses_to_dismiss(project: Project) -> None:
    with live_server(create_app(project)) as url, httpx.Client(base_url=url, timeout=30) as c:
        response = c.post("/dismiss", json={"text": DRAFT, "line": 7, "rule": "spelling", "reason": "x"})
    assert response.status_code == 403 and response.json()["error"] == "dismiss_disabled"


def test_a_decisions_file_edited_by_hand_is_read_again(client: httpx.Client, newsroom: Path, project: Project) -> None:
    assert (
        client.post("/dismiss", json={"text": DRAFT, "line": 7, "rule": "spelling", "reason": "x"}).status_code == 201
    )
    assert rules_of(client.post("/lint", json={"text": DRAFT})) == ["figure-unverified"]
    (newsroom / DECISIONS_FILE).write_text("# every decision taken back\n", encoding="utf-8")
    assert rules_of(client.post("/lint", json={"text": DRAFT})) == ["figure-unverified", "name-spelling"]


def test_a_malformed_decisions_file_stops_the_service_from_starting(project: Project, newsroom: Path) -> None:
    from lint.errors import FactlintError

    (newsroom / DECISIONS_FILE).write_text("- rule: r\n", encoding="utf-8")
    with pytest.raises(FactlintError, match="missing key"):
        create_app(project, decisions=newsroom / DECISIONS_FILE)
