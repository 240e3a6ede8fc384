"""``factlint serve``: the linter over HTTP for a CMS, and the editors' review page.

The project (rules, fact base, lexicon) is loaded once, by the caller, and shared by every
request; each lint runs in a small pool of worker processes with a time limit
(``lint/service/pool.py``), so one huge or slow draft can neither stall the event loop nor
keep a worker once its time is up. ``POST /lint`` answers with the very bytes
``factlint lint --format json`` prints for the same draft, up to ``Limits.max_findings``
findings and ``Limits.max_response_bytes`` bytes. Requests must name the service by an allowed
host (loopback by default) and, from a browser, come from its own origin.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lint import __version__, i18n
from lint.errors import FactlintError
from lint.facts.listing import render_facts
from lint.i18n import N_, _
from lint.reports import json_report
from lint.reports.base import FileError
from lint.run.config import Config
from lint.run.decisions import Decisions, load_decisions
from lint.run.project import Project
from lint.run.result import check_text
from lint.service.dismiss import DecisionsFile, Dismissal, locate_finding, parse_dismissal, record_dismissal
from lint.service.pool import LintPool, WorkerError
from lint.service.requests import JSON_TYPE, Draft, RequestError, parse_draft, read_body
from lint.service.timelines import timeline_bodies

STATIC = Path(__file__).resolve().parent / "static"
SECURITY_HEADERS = {
    # The review page loads nothing from elsewhere; say so, so a browser refuses if it ever tries.
    "content-security-policy": "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
log = logging.getLogger("factlint.server")
FAILED = N_("factlint failed on this draft; the server log has the details")


@dataclass(frozen=True)
class Limits:
    """What one request may cost: body size in bytes, seconds to check the draft, worker
    processes, seconds to wait for a free one, findings and bytes in the report, and the memory
    a worker may take beyond what it started with."""

    max_bytes: int = 1_000_000
    timeout: float = 10.0
    workers: int = 4
    queue_timeout: float = 30.0
    max_findings: int = 1_000
    max_response_bytes: int = 10_000_000
    worker_memory: int = 1 << 30


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=dict(headers or {}))


def lint_report(
    draft: Draft,
    project: Project,
    config: Config | None,
    limits: Limits = Limits(),
    decisions: Decisions | None = None,
    locale: str = i18n.SOURCE,
) -> tuple[int, str]:
    """The CLI's JSON report for one draft, and 200, or 422 when the draft cannot be read.
    Its messages are in the draft's ``locale``, else in ``locale``.
    A draft with more than ``limits.max_findings`` findings gets the first ones and an error
    that says so; a report still over ``limits.max_response_bytes`` is refused with 422.
    Findings the editors' ``decisions`` dismiss are left out, as the CLI leaves them out."""
    i18n.use(draft.locale or locale)  # a worker serves requests in any language, one at a time
    # A JSON string goes through the same decoding as file bytes: BOM dropped, NUL refused.
    data = draft.raw if draft.raw is not None else draft.text.encode("utf-8", "surrogatepass")
    result = check_text(data, project, draft.path, draft.date, config, decisions)
    report = result.report
    if report.errors:
        return 422, json_report.render(report)
    if len(report.findings) > limits.max_findings:
        message = _("{count} findings; only the first {limit} are reported")
        report.errors.append(
            FileError(draft.path, message.format(count=len(report.findings), limit=limits.max_findings))
        )
        del report.findings[limits.max_findings :]
    body = json_report.render(report)
    if len(body) > limits.max_response_bytes // 4 and len(body.encode("utf-8")) > limits.max_response_bytes:
        message = _("the report on this draft is over {limit} bytes; check it in parts").format(
            limit=limits.max_response_bytes
        )
        return 422, error_body("report_too_large", message)
    return 200, body


def _lint_job(
    project: Project,
    config: Config | None,
    limits: Limits,
    decisions: DecisionsFile | None,
    locale: str,
    request: Draft | Dismissal,
) -> tuple[int, str]:
    """What a worker process does with a request (``lint_report`` looked up when it runs): a
    draft's report, or the finding a dismissal means."""
    if isinstance(request, Dismissal):
        return locate_finding(request, project, config)
    return lint_report(request, project, config, limits, decisions.current() if decisions else None, locale)


def error_body(code: str, message: str) -> str:
    """The body of ``error_response(..., code, message)``."""
    return bytes(JSONResponse({"error": code, "message": message}).body).decode("utf-8")


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


class HostCheck:
    """Answers only requests that name the service by an allowed host, so a page on another
    site cannot reach it through a name it controls (DNS rebinding), and refuses a browser
    request sent by a page of another origin (its ``Origin`` is not this service's own)."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(h.lower().strip("[]") for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if "*" not in self.allowed and _hostname(host) not in self.allowed:
            response = error_response(
                400, "invalid_host", _("this service answers only to its own names; start it with --allow-host NAME")
            )
            await response(scope, receive, send)
            return
        origin = headers.get("origin")
        if origin is not None and not _same_origin(origin, scope.get("scheme", "http"), host):
            response = error_response(403, "cross_origin", _("requests from pages of other sites are refused"))
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _hostname(host: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    try:
        return (urlsplit(f"//{host}").hostname or "").lower()
    except ValueError:
        return ""


def _same_origin(origin: str, scheme: str, host: str) -> bool:
    try:
        parts = urlsplit(origin)
        default = {"http": 80, "https": 443}
        return (
            parts.scheme == scheme
            and (parts.hostname or "") == _hostname(host)
            and (parts.port or default.get(parts.scheme)) == (urlsplit(f"//{host}").port or default.get(scheme))
        )
    except ValueError:
        return False


def create_app(
    project: Project,
    config: Config | None = None,
    limits: Limits | None = None,
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    decisions: Path | None = None,
    locale: str | None = None,
) -> Starlette:
    """The ASGI app around an already loaded project. With ``decisions`` (a decisions file),
    ``/lint`` honours the editors' decisions in it and ``POST /dismiss`` records new ones.
    Reports are in ``locale`` (default: the language messages are in now) unless a request
    asks for another."""
    limits = limits or Limits()
    decided = DecisionsFile(decisions) if decisions is not None else None
    if decisions is not None:
        load_decisions(decisions)  # a malformed file stops the service before it starts
    pool: LintPool[Draft | Dismissal, tuple[int, str]] = LintPool(
        functools.partial(_lint_job, project, config, limits, decided, locale or i18n.active()),
        limits.workers,
        limits.timeout,
        limits.queue_timeout,
        limits.worker_memory,
    )
    all_facts = render_facts(project, [], "json")
    timelines = timeline_bodies(project)

    async def lint_endpoint(request: Request) -> Response:
        try:
            body = await read_body(request, limits.max_bytes)
            draft = parse_draft(body, request.headers.get("content-type", ""), request.query_params)
            status, report = await pool.run(draft)
        except RequestError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.headers)
        except WorkerError as exc:
            log.error("%s:\n%s", _("linting failed"), exc)
            return error_response(500, "internal_error", _(FAILED))
        except Exception:
            log.exception(_("linting failed"))
            return error_response(500, "internal_error", _(FAILED))
        return Response(report, status_code=status, media_type=JSON_TYPE)

    async def facts_endpoint(request: Request) -> Response:
        wanted = request.query_params.getlist("id")
        if not wanted:
            return Response(all_facts, media_type=JSON_TYPE)
        try:
            return Response(render_facts(project, wanted, "json"), media_type=JSON_TYPE)
        except FactlintError as exc:
            return error_response(404, "unknown_fact", exc.message)

    async def dismiss_endpoint(request: Request) -> Response:
        if decided is None:
            return error_response(
                403, "dismiss_disabled", _("this service records no decisions; start it with factlint serve --dismiss")
            )
        try:
            body = await read_body(request, limits.max_bytes)
            wanted = parse_dismissal(body, request.headers.get("content-type", ""))
            status, answer = await pool.run(wanted)
        except RequestError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.headers)
        except Exception:
            log.exception(_("dismissing failed"))
            return error_response(500, "internal_error", _(FAILED))
        if status != 200:
            return Response(answer, status_code=status, media_type=JSON_TYPE)
        return await record_dismissal(decided.path, wanted, json.loads(answer))

    async def timeline_endpoint(request: Request) -> Response:
        wanted = i18n.language_of(request.query_params.get("lang"))
        bodies = timelines.get(wanted or "", timelines[i18n.active()])
        body = bodies.get(request.path_params["fact"])
        if body is None:
            return error_response(
                404, "unknown_fact", _("no such fact (known: {known})").format(known=", ".join(bodies))
            )
        return Response(body, media_type=JSON_TYPE)

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
        pool.start()
        try:
            yield
        finally:
            pool.close()

    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/lint", lint_endpoint, methods=["POST"]),
            Route("/facts", facts_endpoint, methods=["GET"]),
            Route("/facts/{fact}/timeline", timeline_endpoint, methods=["GET"]),
            Route("/dismiss", dismiss_endpoint, methods=["POST"]),
            Route("/healthz", health_endpoint, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[Middleware(SecurityHeaders), Middleware(HostCheck, allowed_hosts=allowed_hosts)],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
