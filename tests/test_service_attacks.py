"""Replays the attacks on ``factlint serve`` against a real uvicorn on 127.0.0.1 while another
process asks ``/healthz`` every 50 ms: the service must answer it within a second throughout,
answer every attack with a bounded response, and serve an ordinary draft afterwards.

Run it alone to see the figures: ``python tests/test_service_attacks.py``. Bounded: the
service runs with a 3 s time limit per draft and the whole replay takes under a minute.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.live_server import HealthWatch

FACTLINT = Path(sys.executable).parent / "factlint"
TIMEOUT = 3.0  # the service's --timeout for this replay
MAX_RESPONSE = 10_000_000  # Limits.max_response_bytes
TREATY = "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023."


class Attack(NamedTuple):
    name: str
    request: dict[str, Any]  # httpx.Client.post keyword arguments (path /lint)
    expect: tuple[int, ...]  # acceptable statuses
    copies: int = 1  # sent at once


def json_draft(text: str, **fields: str) -> dict[str, Any]:
    return {"json": {"text": text, **fields}}


ATTACKS = [
    Attack("200 KB of unclosed '<!--'", json_draft("<!--" * 50_000), (200,)),
    Attack("a directive then 200 KB of spaces", json_draft("<!-- factlint-disable " + " " * 200_000), (200,)),
    Attack("1 MB of '1.000 tentara ', 8 at once", json_draft("1.000 tentara " * 71_000), (200, 503), copies=8),
    Attack(
        "cross-origin text/plain POST (a page elsewhere)",
        {"content": TREATY.encode(), "headers": {"content-type": "text/plain", "origin": "http://evil.example"}},
        (403,),
    ),
    Attack(
        "DNS rebinding: Host names another site", {**json_draft(TREATY), "headers": {"host": "evil.example"}}, (400,)
    ),
    Attack("a draft dated 0001-01-01 saying 'kemarin'", json_draft("Ia tiba kemarin.", date="0001-01-01"), (200,)),
    Attack(
        "a draft dated 9999-12-31 saying 'Senin (1/1)'",
        json_draft("---\ndate: 9999-12-31\n---\nSenin (1/1).\n"),
        (200,),
    ),
    Attack("a body over the 1 MB limit", {"content": b"a" * 2_000_000}, (413,)),
]


class Outcome(NamedTuple):
    attack: str
    status: int
    size: int
    seconds: float


@contextmanager
def service(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``factlint serve`` on a free port of 127.0.0.1, as an operator starts it."""
    process = subprocess.Popen(
        [str(FACTLINT), "serve", "--port", "0", "--timeout", str(TIMEOUT)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            found = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
            url = found[1] if found else None
        assert url, "factlint serve did not start"
        # Keep reading its log, so that it never blocks on a full pipe.
        ThreadPoolExecutor(1).submit(lambda: [None for _ in process.stderr or ()])
        yield url, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def send(client: httpx.Client, attack: Attack) -> Outcome:
    started = time.monotonic()
    response = client.post("/lint", **attack.request)
    return Outcome(attack.name, response.status_code, len(response.content), time.monotonic() - started)


def resident_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux)."""
    total = 0
    for each in [pid, *children(pid)]:
        with suppress(OSError, ValueError):
            total += int(Path(f"/proc/{each}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return total / 1e6


def replay(tmp_path: Path) -> dict[str, Any]:
    with service(tmp_path) as (url, process), httpx.Client(base_url=url, timeout=120) as client:
        assert client.post("/lint", json={"text": TREATY}).status_code == 200  # workers warm
        before = resident_mb(process.pid)
        watch = HealthWatch(url, seconds=60)
        time.sleep(0.5)
        started = time.monotonic()
        jobs = [attack for attack in ATTACKS for _ in range(attack.copies)]
        with ThreadPoolExecutor(len(jobs)) as pool:
            outcomes = list(pool.map(lambda attack: send(client, attack), jobs))
        attacked = time.monotonic() - started
        slowest, answers = watch.result()
        after_started = time.monotonic()
        ordinary = client.post("/lint", json={"text": TREATY, "date": "2025-07-01"})
        ordinary_seconds = time.monotonic() - after_started
        after = resident_mb(process.pid)
        # Stopped while a slow draft is being checked, as an operator stops it (SIGTERM).
        with ThreadPoolExecutor(1) as one:
            one.submit(post_quietly, client, ATTACKS[2].request)  # a 1 MB draft
            time.sleep(1.0)
            workers = children(process.pid)
            stopping = time.monotonic()
            process.terminate()
            process.wait(timeout=60)
            stopped = time.monotonic() - stopping
        return {
            "outcomes": outcomes,
            "attack_seconds": attacked,
            "slowest_healthz": slowest,
            "healthz_answers": answers,
            "ordinary": (ordinary.status_code, json.loads(ordinary.text), ordinary_seconds),
            "resident_mb": (before, after),
            "stopped": (stopped, [pid for pid in workers if Path(f"/proc/{pid}").exists()]),
        }


def post_quietly(client: httpx.Client, request: dict[str, Any]) -> None:
    with suppress(httpx.HTTPError):  # the service may stop before it answers
        client.post("/lint", **request)


def children(pid: int) -> list[int]:
    listed = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in listed.read_text().split()] if listed.exists() else []


def check(figures: dict[str, Any]) -> None:
    expected = {attack.name: attack.expect for attack in ATTACKS}
    for outcome in figures["outcomes"]:
        assert outcome.status in expected[outcome.attack], outcome
        assert outcome.size <= MAX_RESPONSE, outcome
        assert outcome.seconds < 3 * TIMEOUT + 10, outcome
    assert figures["slowest_healthz"] < 1.0, "/healthz must answer within a second throughout"
    assert figures["healthz_answers"] > 20
    status, report, seconds = figures["ordinary"]
    assert status == 200 and [f["text"] for f in report["findings"]] == ["Juni 2023"] and seconds < 5
    before, after = figures["resident_mb"]
    assert after < before + 1000, "memory taken by the attacks is given back"
    stopped, left = figures["stopped"]
    assert stopped < TIMEOUT + 5 and left == [], "SIGTERM stops the service and its workers"


def test_service_attacks(tmp_path: Path) -> None:
    figures = replay(tmp_path)
    print_figures(figures)
    check(figures)


def print_figures(figures: dict[str, Any]) -> None:
    for outcome in figures["outcomes"]:
        print(f"{outcome.status}  {outcome.size:>9,} bytes  {outcome.seconds:5.2f} s  {outcome.attack}")
    print(f"attacks took {figures['attack_seconds']:.1f} s")
    print(f"slowest /healthz: {figures['slowest_healthz']:.3f} s ({figures['healthz_answers']} answers)")
    status, _, seconds = figures["ordinary"]
    print(f"an ordinary draft afterwards: {status} in {seconds:.2f} s")
    before, after = figures["resident_mb"]
    print(f"memory of the service and its workers: {before:.0f} MB before, {after:.0f} MB after")
    stopped, left = figures["stopped"]
    print(f"SIGTERM during a slow draft: stopped in {stopped:.2f} s, {len(left)} workers left")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        figures = replay(Path(work))
    print_figures(figures)
    check(figures)
    print("ok")
