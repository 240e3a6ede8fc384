"""What ``POST /lint`` accepts: a JSON ``{"text", "date"?, "path"?, "locale"?}`` or the draft itself as text.

Every refusal is a ``RequestError`` with a status, a stable code and a sentence for a person.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from lint.i18n import _
from lint.reading.document import PartialDate

JSON_TYPE = "application/json"
TEXT_TYPES = {"", "text/plain", "text/markdown", "text/x-markdown", "application/octet-stream"}
FIELDS = {"text", "date", "path", "locale"}
MAX_PATH = 1024


class RequestError(Exception):
    """A request the service refuses, answered as ``{"error": code, "message": ...}``."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


@dataclass(frozen=True)
class Draft:
    text: str  # as received, before the CLI's decoding rules are applied
    raw: bytes | None  # the plain-text body, decoded exactly as the CLI decodes a file
    path: str
    date: PartialDate | None
    locale: str | None = None  # the language of the report's messages; None: the service's


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The body, refused with 413 as soon as it is known to be too large."""
    too_large = RequestError(413, "too_large", _("request body is larger than {limit} bytes").format(limit=max_bytes))
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdigit()):
            raise RequestError(400, "bad_request", _("Content-Length is not a number"))
        if int(declared) > max_bytes:
            raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def parse_draft(body: bytes, content_type: str, query: Mapping[str, str]) -> Draft:
    """A JSON ``{"text", "date"?, "path"?, "locale"?}`` body, or the draft itself with
    ``?date=&path=&locale=``."""
    media, _sep, params = content_type.partition(";")
    media = media.strip().lower()
    fields: dict[str, Any] = {k: v for k, v in query.items() if k in ("date", "path", "locale")}
    raw: bytes | None = None
    if media == JSON_TYPE or media.endswith("+json"):
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            message = _("request body is not valid JSON: {reason}").format(reason=exc)
            raise RequestError(400, "malformed_json", message) from None
        if not isinstance(data, dict):
            example = '{"text": "...", "date": "YYYY-MM-DD", "path": "..."}'
            raise RequestError(422, "invalid_request", _("send a JSON object: {example}").format(example=example))
        unknown = sorted(set(data) - FIELDS)
        if unknown:
            message = _("unknown field(s) {fields}; expected text, date, path, locale")
            raise RequestError(422, "invalid_request", message.format(fields=", ".join(unknown)))
        if "text" not in data:
            raise RequestError(422, "missing_text", _("the JSON body needs a 'text' field with the draft"))
        if not isinstance(data["text"], str):
            raise RequestError(422, "invalid_text", _("'text' must be a string"))
        fields.update({k: v for k, v in data.items() if k != "text" and v is not None})
        text = data["text"]
    elif media in TEXT_TYPES:
        charset = dict(_param(p) for p in params.split(";") if "=" in p).get("charset", "utf-8")
        if charset.lower() not in ("utf-8", "utf8"):
            raise RequestError(415, "unsupported_charset", _("send the draft as UTF-8"))
        raw, text = body, ""
    else:
        raise RequestError(
            415,
            "unsupported_media_type",
            _(
                "send application/json, or the draft itself as text/plain "
                "(curl: -H 'Content-Type: text/plain' --data-binary @draft.md)"
            ),
        )
    return Draft(text, raw, _path(fields.get("path")), _date(fields.get("date")), _locale(fields.get("locale")))


def _param(part: str) -> tuple[str, str]:
    key, _sep, value = part.partition("=")
    return key.strip().lower(), value.strip().strip('"')


def _path(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if not isinstance(value, str) or len(value) > MAX_PATH or any(ord(c) < 32 for c in value):
        message = _("'path' must be a file name of at most {limit} printable characters")
        raise RequestError(422, "invalid_path", message.format(limit=MAX_PATH))
    return value


def _locale(value: Any) -> str | None:
    """A language factlint has messages in (``id``, ``en-US``), as its code."""
    from lint import i18n

    if value is None or value == "":
        return None
    code = i18n.language_of(value) if isinstance(value, str) else None
    if code is None or code not in i18n.available():
        known = ", ".join(i18n.available())
        raise RequestError(422, "invalid_locale", _("'locale' must be one of {known}").format(known=known))
    return code


def _date(value: Any) -> PartialDate | None:
    if value is None or value == "":
        return None
    parsed = PartialDate.parse(value) if isinstance(value, str) else None
    if parsed is None:
        message = _("{value} is not a date (use YYYY-MM-DD)")
        raise RequestError(422, "invalid_date", message.format(value=json.dumps(value, ensure_ascii=False)))
    return parsed
