"""Requests that got no answer: naming, classifying and reporting a failed exchange (sync and async).

A failure is an httpx exception or the runtime's own ``http1_exchange.HttpFailure``; either way it is named with
httpx's exception names in logs (:func:`failure_name`), judged safe to repeat or not (:func:`never_sent`), and
raised as the same :class:`TransportError` or :class:`RequestTimeoutError` (:func:`transport_error`).
"""

from __future__ import annotations

from .urls import display_url

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..errors import ConductorError
    from .operation import Operation

__all__ = ["classify_transport_error", "failure_name", "never_sent", "transport_error"]


def _lean_failure(exc: BaseException) -> Any:
    """``exc`` if it comes from the runtime's own HTTP/1.1 client (``http1``), else None; checked before httpx
    is imported so that a process that only uses that client never loads httpx."""
    module = type(exc).__module__
    if module.endswith("._runtime.http1_exchange"):
        from .http1_exchange import HttpFailure

        if isinstance(exc, HttpFailure):
            return exc
    return None


#: httpx's names for the ``http1`` client's failure kinds, so that logs read the same whichever client sent.
_HTTPX_NAMES = {
    "connect": "ConnectError",
    "read": "ReadError",
    "write": "WriteError",
    "protocol": "RemoteProtocolError",
}


def failure_name(exc: BaseException) -> str:
    """How a failed exchange is named in logs: httpx's exception names (``ReadTimeout``, ``ConnectError``...)."""
    lean = _lean_failure(exc)
    if lean is None:
        return type(exc).__name__
    if lean.kind == "timeout":
        return f"{(lean.phase or 'read').capitalize()}Timeout"
    return _HTTPX_NAMES.get(lean.kind, "TransportError")


def classify_transport_error(exc: BaseException) -> tuple[str, str | None]:
    """``(kind, timeout phase)`` of an httpx exception (or of the ``http1`` client's ``HttpFailure``)."""
    lean = _lean_failure(exc)
    if lean is not None:
        return lean.kind, lean.phase
    import httpx

    phases: tuple[tuple[type[BaseException], str], ...] = (
        (httpx.ConnectTimeout, "connect"),
        (httpx.ReadTimeout, "read"),
        (httpx.WriteTimeout, "write"),
        (httpx.PoolTimeout, "pool"),
    )
    kinds: tuple[tuple[type[BaseException], str], ...] = (
        (httpx.ProxyError, "proxy"),
        (httpx.ConnectError, "connect"),
        (httpx.ReadError, "read"),
        (httpx.WriteError, "write"),
        (httpx.ProtocolError, "protocol"),
    )
    if isinstance(exc, httpx.TimeoutException):
        for cls, phase in phases:
            if isinstance(exc, cls):
                return "timeout", phase
        return "timeout", None
    for cls, kind in kinds:
        if isinstance(exc, cls):
            return kind, None
    return "other", None


def never_sent(exc: BaseException) -> bool:
    """Whether the request certainly did not reach the server (so repeating it is always safe)."""
    lean = _lean_failure(exc)
    if lean is not None:
        return not lean.sent
    import httpx

    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


_DESCRIPTIONS = {
    "connect": "could not connect",
    "proxy": "proxy error",
    "read": "connection failed while reading the response",
    "write": "connection failed while sending the request",
    "protocol": "the server broke the HTTP protocol",
    "too_large": "the answer is too large",
    "other": "request failed",
}


def transport_error(
    op: Operation[Any], exc: BaseException, *, method: str, url: str, attempts: int, timeout: Any = None
) -> ConductorError:
    """The :class:`TransportError` (or :class:`RequestTimeoutError`) for an httpx exception (or ``HttpFailure``)."""
    from ..errors import RequestTimeoutError, TransportError

    kind, phase = classify_transport_error(exc)
    detail = str(exc).strip() or type(exc).__name__
    err: TransportError
    if kind == "timeout":
        limit = getattr(timeout, phase, None) if phase else None
        what = f"{phase} timeout" if phase else "timeout"
        message = f"{what} after {limit:g} s" if isinstance(limit, float) else what
        err = RequestTimeoutError(message, method=method, url=display_url(url), operation=op.name, attempts=attempts)
        err.phase = phase
    else:
        err = TransportError(
            f"{_DESCRIPTIONS[kind]}: {detail}",
            method=method,
            url=display_url(url),
            operation=op.name,
            attempts=attempts,
        )
    err.kind = kind
    return err
