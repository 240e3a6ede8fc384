"""``factlint serve``: POST /lint answers with the very report the CLI prints for the same draft;
bad requests get clear JSON errors; the service holds up under 200 concurrent requests."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from starlette.applications import Starlette

import lint.service.app
from lint.cli.main import main
from lint.run.project import Project
from lint.service.app import STATIC, Limits, create_app
from lint.service.requests import Draft
from tests.conftest import ROOT, SHARED_EXAMPLES
from tests.live_server import HealthWatch, live_server

FACTLINT = Path(sys.executable).parent / "factlint"
DRAFTS = SHARED_EXAMPLES / "drafts"
SHARED_DRAFTS = sorted(DRAFTS.glob("*.md")) if DRAFTS.is_dir() else []
TREATY = "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023."
SYNTHETIC = {
    "treaty.md": f"{TREATY}\n",
    "crlf.md": "---\r\ndate: 2025-03-10\r\n---\r\n\r\nKedua negara menandatangani pakta pertahanan bersama dua tahun lalu.\r\n",
    "spelling.txt": "Kim Jong-Un menyatakan dukungan bagi Rusia. 🇰🇵 Sekitar 15.000 tentara Korea Utara kini berada di Rusia.\n",
    "clean.md": "Cuaca di Pyongyang cerah.\n",
}


@pytest.fixture(scope="module")
def app(project: Project) -> Starlette:
    return create_app(project)


@pytest.fixture(scope="module")
def client(app: Starlette) -> Iterator[httpx.Client]:
    """A real uvicorn on loopback, as a CMS would reach it."""
    with live_server(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


@contextmanager
def client_for(app: Starlette) -> Iterator[httpx.Client]:
    with live_server(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("drafts")
    made = []
    for name, text in SYNTHETIC.items():
        (folder / name).write_bytes(text.encode("utf-8"))
        made.append(folder / name)
    return made + SHARED_DRAFTS


def cli_stdout(*args: str, stdin: bytes | None = None) -> str:
    """What ``factlint lint --format json`` prints, run in-process."""
    result = CliRunner().invoke(main, ["lint", "--format", "json", *args], input=stdin)
    assert result.exit_code in (0, 1, 2), result.output
    return result.stdout


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error", "message"} and body["message"], body
    code: str = body["error"]
    return code


# --- the same report as the CLI ---------------------------------------------------------------


def test_json_body_gives_the_cli_report(client: httpx.Client, drafts: list[Path]) -> None:
    for draft in drafts:
        text = draft.read_bytes().decode("utf-8")  # not read_text(): keep CRLF as the CLI sees it
        response = client.post("/lint", json={"text": text, "path": str(draft)})
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.text == cli_stdout(str(draft)), draft.name


def test_plain_text_body_gives_the_cli_report(client: httpx.Client, drafts: list[Path]) -> None:
    for draft in drafts:
        response = client.post(
            "/lint",
            params={"path": str(draft)},
            content=draft.read_bytes(),
            headers={"content-type": "text/plain; charset=utf-8"},
        )
        assert response.status_code == 200
        assert response.text == cli_stdout(str(draft)), draft.name


def test_date_overrides_front_matter_as_on_the_command_line(client: httpx.Client, drafts: list[Path]) -> None:
    draft = next(d for d in drafts if d.name == "crlf.md")
    expected = cli_stdout("--date", "2025-07-01", str(draft))
    assert expected != cli_stdout(str(draft)), "the date must matter for this draft"
    text = draft.read_bytes().decode("utf-8")
    assert client.post("/lint", json={"text": text, "path": str(draft), "date": "2025-07-01"}).text == expected
    plain = client.post(
        "/lint",
        params={"path": str(draft), "date": "2025-07-01"},
        content=text.encode(),
        headers={"content-type": "text/markdown"},
    )
    assert plain.text == expected


def test_without_a_path_it_is_stdin(client: httpx.Client) -> None:
    expected = cli_stdout("--date", "2025-07-01", "-", stdin=TREATY.encode())
    response = client.post("/lint", json={"text": TREATY, "date": "2025-07-01"})
    assert response.text == expected
    report = response.json()
    assert report["findings"][0]["path"] == "-" and report["findings"][0]["text"] == "Juni 2023"


def test_byte_order_mark_is_dropped_as_the_cli_does(client: httpx.Client) -> None:
    expected = cli_stdout("--date", "2025-07-01", "-", stdin=b"\xef\xbb\xbf" + TREATY.encode())
    assert client.post("/lint", json={"text": "\ufeff" + TREATY, "date": "2025-07-01"}).text == expected


def test_unreadable_draft_gets_422_and_the_cli_report(client: httpx.Client, tmp_path: Path) -> None:
    for name, data in (
        ("latin1.md", "Berita 15.000 tentara\n\xe9t\xe9\n".encode("latin-1")),
        ("front.md", b"---\ndate: [\n---\nTeks.\n"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        expected = cli_stdout(str(path))
        assert json.loads(expected)["summary"]["errors"], name
        response = client.post(
            "/lint", params={"path": str(path)}, content=data, headers={"content-type": "text/plain"}
        )
        assert response.status_code == 422
        assert response.text == expected


# --- request errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, status, code",
    [
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "malformed_json"),
        ({"content": b"\xff\xfe{", "headers": {"content-type": "application/json"}}, 400, "malformed_json"),
        ({"content": b"[" * 100_000, "headers": {"content-type": "application/json"}}, 400, "malformed_json"),
        ({"json": ["text"]}, 422, "invalid_request"),
        ({"json": {"draft": TREATY}}, 422, "invalid_request"),
        ({"json": {"date": "2025-07-01"}}, 422, "missing_text"),
        ({"json": {"text": 42}}, 422, "invalid_text"),
        ({"json": {"text": TREATY, "date": "2025-13-01"}}, 422, "invalid_date"),
        ({"json": {"text": TREATY, "date": "1 Juli 2025"}}, 422, "invalid_date"),
        ({"json": {"text": TREATY, "date": 20250701}}, 422, "invalid_date"),
        ({"json": {"text": TREATY, "path": "a\x00b.md"}}, 422, "invalid_path"),
        ({"json": {"text": TREATY, "path": ["a.md"]}}, 422, "invalid_path"),
        (
            {"params": {"date": "kemarin"}, "content": TREATY.encode(), "headers": {"content-type": "text/plain"}},
            422,
            "invalid_date",
        ),
        (
            {"content": TREATY.encode(), "headers": {"content-type": "application/x-www-form-urlencoded"}},
            415,
            "unsupported_media_type",
        ),
        (
            {"content": TREATY.encode("latin-1"), "headers": {"content-type": "text/plain; charset=latin-1"}},
            415,
            "unsupported_charset",
        ),
    ],
)
def test_bad_requests_get_clear_json_errors(
    client: httpx.Client, kwargs: dict[str, Any], status: int, code: str
) -> None:
    response = client.post("/lint", **kwargs)
    assert response.status_code == status
    assert error_of(response) == code


def test_too_large_gets_413(project: Project) -> None:
    with client_for(create_app(project, limits=Limits(max_bytes=1000))) as small:
        assert small.post("/lint", json={"text": "a" * 980}).status_code == 200
        response = small.post("/lint", json={"text": "a" * 1000})
        assert response.status_code == 413 and error_of(response) == "too_large"
        plain = small.post("/lint", content=b"a" * 1001, headers={"content-type": "text/plain"})
        assert plain.status_code == 413
        # No Content-Length (chunked): refused while reading, not after.
        chunked = small.post("/lint", content=iter([b"a" * 600, b"a" * 600]), headers={"content-type": "text/plain"})
        assert chunked.status_code == 413 and error_of(chunked) == "too_large"


def test_default_limit_is_one_megabyte(client: httpx.Client) -> None:
    response = client.post("/lint", content=b"a" * 1_000_001, headers={"content-type": "text/plain"})
    assert response.status_code == 413


def test_slow_lint_gets_503(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: Any) -> tuple[int, str]:
        time.sleep(1.0)
        return 200, "{}"

    monkeypatch.setattr(lint.service.app, "lint_report", slow)
    with client_for(create_app(project, limits=Limits(timeout=0.05))) as c:
        started = time.monotonic()
        response = c.post("/lint", json={"text": TREATY})
        assert time.monotonic() - started < 0.9, "the answer must not wait for the lint to finish"
    assert response.status_code == 503 and error_of(response) == "timeout"
    assert response.headers["retry-after"] == "5"


def test_no_free_worker_gets_503_busy(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every worker is checking a draft within its time: the next draft is told so."""

    def slow(*args: Any) -> tuple[int, str]:
        time.sleep(1.5)
        return 200, "{}"

    monkeypatch.setattr(lint.service.app, "lint_report", slow)
    with (
        client_for(create_app(project, limits=Limits(workers=1, timeout=10, queue_timeout=0.2))) as c,
        ThreadPoolExecutor(2) as both,
    ):
        first = both.submit(c.post, "/lint", json={"text": TREATY})
        time.sleep(0.3)
        second = both.submit(c.post, "/lint", json={"text": TREATY})
        statuses = sorted((r.status_code, r.text) for r in (first.result(), second.result()))
    assert statuses[0] == (200, "{}")
    assert statuses[1][0] == 503 and json.loads(statuses[1][1])["error"] == "busy"


def hold_the_interpreter(draft: Draft, *args: Any) -> tuple[int, str]:
    """A lint stuck in the regex engine for seconds, holding the interpreter all along: no
    other thread of its process runs until it ends. It first says where it runs."""
    Path(draft.path).write_text(str(os.getpid()))
    re.match(r"(a+)+$", "a" * 27 + "b")
    return 200, "{}"


def test_a_lint_that_holds_the_interpreter_is_stopped_and_the_service_keeps_answering(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(lint.service.app, "lint_report", hold_the_interpreter)
    pid_file = tmp_path / "pid"
    with client_for(create_app(project, limits=Limits(workers=1, timeout=1.0))) as c:
        watch = HealthWatch(str(c.base_url).rstrip("/"), seconds=30)
        time.sleep(0.5)
        started = time.monotonic()
        response = c.post("/lint", json={"text": TREATY, "path": str(pid_file)})
        took = time.monotonic() - started
        time.sleep(0.5)
        slowest, answers = watch.result()
        assert response.status_code == 503 and error_of(response) == "timeout"
        assert took < 3, "stopped at its time limit"
        assert slowest < 1.0 and answers >= 5, "/healthz answered throughout"
        with pytest.raises(ProcessLookupError):  # stopped, not left running
            os.kill(int(pid_file.read_text()), 0)
        # The next draft gets a fresh worker (forked now, so with this lint) at once.
        monkeypatch.setattr(lint.service.app, "lint_report", lambda *args: (200, "{}"))
        before = time.monotonic()
        assert c.post("/lint", json={"text": TREATY}).status_code == 200
        assert time.monotonic() - before < 5


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_a_date_at_the_end_of_the_calendar_is_not_a_server_error(client: httpx.Client, date: str) -> None:
    """These ended in OverflowError and a 500."""
    text = "KCNA mengonfirmasi hal itu kemarin, Senin (1/1), dan Selasa (31/12) lalu."
    assert client.post("/lint", json={"text": text, "date": date}).status_code == 200
    dated = client.post("/lint", json={"text": f"---\ndate: {date}\n---\n{text}\n"})
    assert dated.status_code == 200 and dated.json()["summary"]["errors"] == []


def test_findings_and_the_report_are_bounded_per_draft(project: Project) -> None:
    """A draft made of one figure said over and over gave a report of hundreds of megabytes."""
    text = "1.000 tentara " * 3000
    with client_for(create_app(project, limits=Limits(max_findings=100))) as c:
        response = c.post("/lint", json={"text": text})
    assert response.status_code == 200
    report = response.json()
    assert len(report["findings"]) == report["summary"]["findings"] == 100
    (error,) = report["summary"]["errors"]
    assert re.fullmatch(r"\d+ findings; only the first 100 are reported", error["message"])
    assert int(error["message"].split()[0]) > 1000
    with client_for(create_app(project, limits=Limits(max_findings=100, max_response_bytes=20_000))) as c:
        response = c.post("/lint", json={"text": text})
    assert response.status_code == 422 and error_of(response) == "report_too_large"
    assert len(response.content) < 1000


def test_requests_that_name_another_host_are_refused(client: httpx.Client) -> None:
    """A page on another site can reach a loopback service through a name it controls (DNS
    rebinding): the Host header then names that site."""
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example"):
        response = client.get("/healthz", headers={"host": host})
        assert response.status_code == 400 and error_of(response) == "invalid_host", host
        assert client.post("/lint", json={"text": TREATY}, headers={"host": host}).status_code == 400
    for host in ("127.0.0.1", "localhost:8000", "[::1]:8000", "LOCALHOST"):
        assert client.get("/healthz", headers={"host": host}).status_code == 200, host


def test_a_page_of_another_origin_cannot_send_drafts(client: httpx.Client) -> None:
    """A browser says which page sent a request; only the service's own page may."""
    own = str(client.base_url).rstrip("/")
    port = own.rsplit(":", 1)[1]
    for origin in ("http://evil.example", f"http://127.0.0.1:{int(port) + 1}", "https://" + own[7:], "null"):
        response = client.post(
            "/lint", content=TREATY.encode(), headers={"content-type": "text/plain", "origin": origin}
        )
        assert response.status_code == 403 and error_of(response) == "cross_origin", origin
    assert client.post("/lint", json={"text": TREATY}, headers={"origin": own}).status_code == 200
    assert client.post("/lint", json={"text": TREATY}).status_code == 200  # no Origin: not a browser page


def test_the_allowed_hosts_can_be_named(project: Project) -> None:
    with client_for(create_app(project, allowed_hosts={"factlint.internal"})) as c:
        assert c.get("/healthz", headers={"host": "factlint.internal:8000"}).status_code == 200
        assert c.get("/healthz").status_code == 400  # 127.0.0.1 is not among them now
    with client_for(create_app(project, allowed_hosts={"*"})) as c:
        assert c.get("/healthz", headers={"host": "anything.example"}).status_code == 200


def test_crash_gets_500_json(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any) -> tuple[int, str]:
        raise RuntimeError("boom")

    monkeypatch.setattr(lint.service.app, "lint_report", broken)
    with client_for(create_app(project)) as c:
        response = c.post("/lint", json={"text": TREATY})
    assert response.status_code == 500 and error_of(response) == "internal_error"
    assert "boom" not in response.text


def test_unknown_route_and_method(client: httpx.Client) -> None:
    missing = client.get("/nope")
    assert missing.status_code == 404 and error_of(missing) == "not_found"
    wrong = client.get("/lint")
    assert wrong.status_code == 405 and error_of(wrong) == "method_not_allowed"
    assert "POST" in wrong.headers["allow"]


# --- facts, health, page ----------------------------------------------------------------------


def test_facts_is_the_fact_base_json(client: httpx.Client) -> None:
    result = CliRunner().invoke(main, ["facts", "--format", "json"])
    response = client.get("/facts")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert response.text == result.stdout
    one = client.get("/facts", params={"id": "troops-deployed"}).json()
    assert [f["id"] for f in one["facts"]] == ["troops-deployed"]
    unknown = client.get("/facts", params={"id": "no-such-fact"})
    assert unknown.status_code == 404 and error_of(unknown) == "unknown_fact"


def test_healthz(client: httpx.Client, project: Project) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["rules"] == len(project.rules) > 0 and body["facts"] == len(project.factbase.facts) > 0


def test_review_page_and_its_files_are_served_with_a_strict_policy(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert served.headers["content-security-policy"]


def test_review_page_loads_nothing_from_elsewhere() -> None:
    """No CDN, no web fonts, no analytics: every reference is to this server."""
    for path in (p for p in STATIC.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?:src|href|url\()\s*=?\s*[\"']?(?:https?:)?//", text), path.name
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text, path.name


# --- the command ------------------------------------------------------------------------------


def test_lint_does_not_import_the_web_stack() -> None:
    code = "import sys, lint.cli.main; print(sorted(m for m in ('starlette', 'uvicorn', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_serve_command_starts_and_answers(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [str(FACTLINT), "serve", "--port", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        url = None
        deadline = time.monotonic() + 30
        assert process.stderr is not None
        while url is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            found = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
            url = found[1] if found else None
        assert url, "factlint serve did not report its address"
        assert httpx.get(f"{url}/healthz", timeout=10).json()["status"] == "ok"
        report = httpx.post(f"{url}/lint", json={"text": TREATY, "date": "2025-07-01"}, timeout=10).json()
        assert [f["text"] for f in report["findings"]] == ["Juni 2023"]
    finally:
        process.terminate()
        process.wait(timeout=15)


# --- under load -------------------------------------------------------------------------------


def test_200_concurrent_requests_match_the_cli(project: Project, drafts: list[Path]) -> None:
    """A real uvicorn on loopback; each answer byte-identical to ``factlint lint --format json``."""
    expected = {}
    for draft in drafts:
        run = subprocess.run(
            [str(FACTLINT), "lint", "--format", "json", str(draft)], capture_output=True, text=True, timeout=60
        )
        assert run.returncode in (0, 1), run.stderr
        expected[draft] = run.stdout
    bodies = {d: d.read_bytes() for d in drafts}

    async def one(client: httpx.AsyncClient, url: str, i: int) -> tuple[Path, httpx.Response]:
        draft = drafts[i % len(drafts)]
        if i % 2:
            response = await client.post(
                f"{url}/lint", json={"text": bodies[draft].decode("utf-8"), "path": str(draft)}
            )
        else:
            response = await client.post(
                f"{url}/lint",
                params={"path": str(draft)},
                content=bodies[draft],
                headers={"content-type": "text/plain"},
            )
        return draft, response

    async def all_of_them(url: str) -> list[tuple[Path, httpx.Response]]:
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:
            return await asyncio.wait_for(asyncio.gather(*(one(client, url, i) for i in range(200))), timeout=120)

    with live_server(create_app(project)) as url:  # default limits, as `factlint serve` runs
        started = time.monotonic()
        answers = asyncio.run(all_of_them(url))
        elapsed = time.monotonic() - started
    assert len(answers) == 200
    for draft, response in answers:
        assert response.status_code == 200, response.text
        assert response.text == expected[draft], draft.name
    print(f"200 concurrent POST /lint over {len(drafts)} drafts: {elapsed:.2f} s")


# --- the language of the messages -------------------------------------------------------------


def test_a_request_names_the_language_of_its_messages(client: httpx.Client, drafts: list[Path]) -> None:
    """The same report as ``factlint lint --locale id``; the next request without a locale is in
    the service's language again (the worker that served Indonesian does not stay Indonesian)."""
    draft = drafts[0]
    text = draft.read_bytes().decode("utf-8")
    for _ in range(3):  # every worker has served Indonesian at least once
        response = client.post("/lint", json={"text": text, "path": str(draft), "locale": "id"})
        assert response.status_code == 200
        assert response.text == cli_stdout("--locale", "id", str(draft))
    plain = client.post("/lint", params={"path": str(draft), "locale": "id-ID"}, content=draft.read_bytes())
    assert plain.text == cli_stdout("--locale", "id", str(draft))
    for _ in range(3):
        assert client.post("/lint", json={"text": text, "path": str(draft)}).text == cli_stdout(str(draft))


def test_a_language_without_messages_is_refused(client: httpx.Client) -> None:
    response = client.post("/lint", json={"text": "Cuaca cerah.", "locale": "xx"})
    assert response.status_code == 422
    assert error_of(response) == "invalid_locale"
    assert response.json()["message"] == "'locale' must be one of en, id"
