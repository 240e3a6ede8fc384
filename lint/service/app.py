"""``factlint serve``: the linter over HTTP for a CMS, and the editors' review page.

The project (rules, fact base, lexicon) is loaded once, by the caller, and shared by every
request; each lint runs in a small pool of worker threads with a time limit (``server_pool``),
so one huge or slow draft cannot stall the event loop or pile up work. ``POST /lint`` answers
with the very bytes ``factlint lint --format json`` prints for the same draft.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lint import __version__
from lint.errors import FactlintError
from lint.facts.listing import render_facts
from lint.reports import json_report
from lint.run.config import Config
from lint.run.project import Project
from lint.run.result import check_text
from lint.service.pool import LintPool
from lint.service.requests import JSON_TYPE, Draft, RequestError, parse_draft, read_body

STATIC = Path(__file__).resolve().parent / "static"
SECURITY_HEADERS = {
    # The review page loads nothing from elsewhere; say so, so a browser refuses if it ever tries.
    "content-security-policy": "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
log = logging.getLogger("factlint.server")


@dataclass(frozen=True)
class Limits:
    """What one request may cost: body size in bytes, seconds to check the draft, lint threads,
    and seconds to wait for a free thread."""

    max_bytes: int = 1_000_000
    timeout: float = 10.0
    threads: int = 4
    queue_timeout: float = 30.0


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=dict(headers or {}))


def lint_report(draft: Draft, project: Project, config: Config | None) -> tuple[int, str]:
    """The CLI's JSON report for one draft, and 200, or 422 when the draft cannot be read."""
    # A JSON string goes through the same decoding as file bytes: BOM dropped, NUL refused.
    data = draft.raw if draft.raw is not None else draft.text.encode("utf-8", "surrogatepass")
    result = check_text(data, project, draft.path, draft.date, config)
    return (422 if result.report.errors else 200), json_report.render(result.report)


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(project: Project, config: Config | None = None, limits: Limits | None = None) -> Starlette:
    """The ASGI app around an already loaded project."""
    limits = limits or Limits()
    pool = LintPool(limits.threads, limits.timeout, limits.queue_timeout)
    all_facts = render_facts(project, [], "json")

    async def lint_endpoint(request: Request) -> Response:
        try:
            body = await read_body(request, limits.max_bytes)
            draft = parse_draft(body, request.headers.get("content-type", ""), request.query_params)
            status, report = await pool.run(functools.partial(lint_report, draft, project, config))
        except RequestError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.headers)
        except Exception:
            log.exception("linting failed")
            return error_response(
                500, "internal_error", "factlint failed on this draft; the server log has the details"
            )
        return Response(report, status_code=status, media_type=JSON_TYPE)

    async def facts_endpoint(request: Request) -> Response:
        wanted = request.query_params.getlist("id")
        if not wanted:
            return Response(all_facts, media_type=JSON_TYPE)
        try:
            return Response(render_facts(project, wanted, "json"), media_type=JSON_TYPE)
        except FactlintError as exc:
            return error_response(404, "unknown_fact", exc.message)

    async def health_endpoint(request: Request) -> Response:
        return JSONResponse(
            {"status": "ok", "version": __version__, "rules": len(project.rules), "facts": len(project.factbase.facts)}
        )

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), exc.headers)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        pool.close()

    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/lint", lint_endpoint, methods=["POST"]),
            Route("/facts", facts_endpoint, methods=["GET"]),
            Route("/healthz", health_endpoint, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
