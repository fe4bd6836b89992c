"""Turning the arguments of a generated call into the parts of an HTTP request (shared by sync and async).

Rules (see RUNTIME-CONTRACT.md):

* path values are percent-encoded as one segment (``/`` becomes ``%2F``; ``.`` and ``..`` are encoded too,
  so they cannot climb the path); a missing or empty path value is an error;
* query values: ``None`` is left out, lists repeat the name, booleans are ``true``/``false``, enums send their
  value, dates are ISO 8601;
* JSON bodies are encoded by alias with ``None`` fields left out (``pydantic_core.to_json``), so models, lists
  of models and dicts holding models all work; ``bytes`` are sent as given; ``str`` bodies are sent as their
  UTF-8 text whatever the media type (Spring reads a ``@RequestBody String`` raw, quotes included).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from re import Pattern
    from collections.abc import Mapping
    from typing import Any

    from .operation import Operation

__all__ = ["render_path", "encode_query", "encode_headers", "encode_body", "check_header", "header_problem"]

# Unreserved characters (RFC 3986) are kept; everything else in a value is percent-encoded.
_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _quote(text: str) -> str:
    raw = text.encode("utf-8")
    if all(b in _SAFE for b in raw):
        return text
    return "".join(chr(b) if b in _SAFE else f"%{b:02X}" for b in raw)


def _scalar(value: object) -> str:
    """The wire text of a path, query or header value."""
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return str(value)
    from enum import Enum

    if isinstance(value, Enum):
        return _scalar(value.value)
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return str(isoformat())
    return str(value)


def render_path(op: Operation[Any], values: Mapping[str, object] | None) -> str:
    """``/api/workflow/{workflowId}`` + ``{"workflowId": "a/b"}`` -> ``/api/workflow/a%2Fb``."""
    literals, names = op.template
    if not names:
        return literals[0]
    values = values or {}
    parts = [literals[0]]
    for name, literal in zip(names, literals[1:]):
        value = values.get(name)
        if value is None:
            raise ValueError(f"{op.name}: path parameter {name!r} is required")
        text = _scalar(value)
        if not text:
            raise ValueError(f"{op.name}: path parameter {name!r} must not be empty")
        segment = _quote(text)
        if segment in (".", ".."):
            segment = segment.replace(".", "%2E")
        parts.append(segment)
        parts.append(literal)
    return "".join(parts)


def encode_query(query: Mapping[str, object] | None) -> str:
    """The query string (without ``?``), or ``""`` when nothing is left after dropping ``None`` values."""
    if not query:
        return ""
    items: list[str] = []
    for name, value in query.items():
        if value is None:
            continue
        key = _quote(name)
        if isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                if item is not None:
                    items.append(key + "=" + _quote(_scalar(item)))
        else:
            items.append(key + "=" + _quote(_scalar(value)))
    return "&".join(items)


# RFC 9110 5.1 and 5.5: a name is a token; a value is visible ASCII with single spaces or tabs inside (httpx and h11
# send ASCII only).  Checked before anything is written, so that no value can end a header line or start another.
# Compiled on first use: creating a client imports no ``re``.
_TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_VALUE = r"(?:[\x21-\x7e](?:[ \t\x21-\x7e]*[\x21-\x7e])?)?"
_patterns: list[Pattern[str]] = []


def header_problem(name: str, value: str) -> str | None:
    """What makes ``name: value`` unfit for an HTTP/1.1 request, or None; never quotes the value (a token)."""
    if not _patterns:
        import re

        _patterns[:] = [re.compile(_TOKEN), re.compile(_VALUE)]
    token, field_value = _patterns
    if not token.fullmatch(name):
        return f"the header name {name[:60]!r} is not an HTTP token (letters, digits, !#$%&'*+-.^_`|~)"
    if not field_value.fullmatch(value):
        return (
            f"the value of header {name!r} holds a control character, a line break or non-ASCII text, "
            "or starts or ends with white space"
        )
    return None


def check_header(name: str, value: str) -> None:
    """Raise ``ValueError`` saying what is wrong when ``name: value`` can not be sent as it is."""
    problem = header_problem(name, value)
    if problem is not None:
        raise ValueError(problem)


def encode_headers(headers: Mapping[str, object] | None) -> dict[str, str]:
    """The wire text of a call's header parameters, each checked (``ValueError`` for one that can not be sent)."""
    if not headers:
        return {}
    encoded: dict[str, str] = {}
    for name, value in headers.items():
        if value is not None:
            text = _scalar(value)
            check_header(name, text)
            encoded[name] = text
    return encoded


def _is_json(media_type: str) -> bool:
    base = media_type.partition(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


def encode_body(op: Operation[Any], body: object) -> tuple[bytes | None, str | None]:
    """``(content, content_type)`` for the request body; ``(None, None)`` when there is none."""
    if body is None:
        return None, None
    media_type = op.body_media_type or "application/json"
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body), media_type
    if isinstance(body, str):
        # Sent as is, also for JSON media types: Spring reads a `@RequestBody String` raw, so a JSON-quoted
        # string would arrive with its quotes (a task log line would be stored as "\"line\"").
        return body.encode("utf-8"), "application/json" if media_type == "*/*" else media_type
    if _is_json(media_type):
        import sys

        from pydantic_core import to_json

        # A model lacking a field the server requires is refused here, by name (models/_base.py). Only a process
        # that built or decoded a model has loaded their base, so a body without models costs no import.
        models_base = sys.modules.get(__name__.rpartition("._runtime.")[0] + ".models._base")
        if models_base is not None:
            models_base.check_before_sending(body)
        content_type = "application/json" if media_type == "*/*" else media_type
        return to_json(body, by_alias=True, exclude_none=True), content_type
    if media_type.startswith("text/"):
        return _scalar(body).encode("utf-8"), media_type
    raise TypeError(f"{op.name}: cannot send a {type(body).__name__} as {media_type}; pass bytes or str")
