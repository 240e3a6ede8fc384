"""A real uvicorn server on a free loopback port, in a background thread, for tests that need
an HTTP server (concurrency, the browser): the socket is bound before the server starts, so
there is no race for the port."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.applications import Starlette


@contextmanager
def live_server(app: Starlette, start_timeout: float = 15.0) -> Iterator[str]:
    """Yield the base URL (``http://127.0.0.1:<port>``) while the server runs."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", backlog=512, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="uvicorn-test")
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


_WATCH = """
import select, sys, time, httpx
url, seconds = sys.argv[1], float(sys.argv[2])
worst, answers, end = 0.0, 0, time.monotonic() + seconds
with httpx.Client(timeout=60) as client:
    while time.monotonic() < end and not select.select([sys.stdin], [], [], 0)[0]:
        before = time.monotonic()
        try:
            answers += client.get(url + "/healthz").status_code == 200
        except httpx.HTTPError:
            pass
        worst = max(worst, time.monotonic() - before)
        time.sleep(0.05)
print(worst, answers)
"""


class HealthWatch:
    """Asks ``/healthz`` every 50 ms, for at most ``seconds`` or until ``result()`` is asked
    for, from another process (so that what holds the server's interpreter cannot hold the
    watcher's too); ``result()`` is the slowest answer in seconds and how many were 200."""

    def __init__(self, url: str, seconds: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WATCH, url, str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def result(self, timeout: float = 120) -> tuple[float, int]:
        out, _ = self.process.communicate(timeout=timeout)  # closing its input stops it
        worst, answers = out.split()
        return float(worst), int(answers)
