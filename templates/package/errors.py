"""Exceptions raised by the client.

Every error derives from :class:`ConductorError`, so ``except ConductorError`` catches them all::

    ConductorError
    ├── BadRequestError        400, 422 and other 4xx without a class of their own
    ├── AuthError              401, 403 (and a rejected key/secret at /api/token)
    ├── NotFoundError          404, 410
    ├── ConflictError          409, 412
    ├── RateLimitError         429
    ├── ServerError            5xx
    ├── UnexpectedStatusError  1xx/3xx answers the client does not follow
    ├── TransportError         no HTTP answer: connection refused or reset, DNS, TLS, protocol errors
    │   └── RequestTimeoutError   connect, read, write or pool timeout
    └── ResponseDecodeError    a 2xx answer whose body does not match the expected type

Each carries what is needed to act on it or report it: ``status_code``, ``message`` (the server's message
when it sent one), ``method`` and ``url`` of the request (credentials removed), ``operation``
(``"workflow.get_workflow"``), ``body`` (the start of the response body), ``attempts`` (how many
times the request was sent) and ``retryable`` (the server's own hint, when it gave one). Credentials and
tokens never appear in any of them.

Exceptions pickle and unpickle with all their attributes (for process pools and task queues).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "ConductorError",
    "BadRequestError",
    "AuthError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatusError",
    "TransportError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "error_class_for_status",
]

#: At most this many characters of a response body are kept on an exception.
BODY_LIMIT = 2000


class ConductorError(Exception):
    """Base class of all errors raised by the client."""

    status_code: int | None
    """HTTP status of the answer, or None when there was none (transport errors)."""
    message: str
    """The server's message when it sent one, else a description of the failure."""
    reason: str | None
    """The HTTP reason phrase ("Not Found")."""
    method: str | None
    url: str | None
    """The request URL, without user info; query values whose names suggest secrets are masked."""
    operation: str | None
    """``"<group>.<method>"`` of the generated API call."""
    body: str | None
    """The start of the response body (at most :data:`BODY_LIMIT` characters), or None."""
    attempts: int
    """How many times the request was sent (retries included)."""
    retryable: bool | None
    """The server's ``retryable`` hint from a Conductor error body, when present."""
    details: Any
    """The decoded JSON error body, when the server sent one (e.g. Conductor's ``validationErrors``)."""

    def __init__(
        self,
        message: str = "",
        *,
        status_code: int | None = None,
        reason: str | None = None,
        method: str | None = None,
        url: str | None = None,
        operation: str | None = None,
        body: str | None = None,
        attempts: int = 1,
        retryable: bool | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.reason = reason
        self.method = method
        self.url = url
        self.operation = operation
        self.body = body if body is None or len(body) <= BODY_LIMIT else body[:BODY_LIMIT] + "..."
        self.attempts = attempts
        self.retryable = retryable
        self.details = details

    def __str__(self) -> str:
        head = ""
        if self.status_code is not None:
            head = f"{self.status_code} {self.reason}" if self.reason else str(self.status_code)
        text = f"{head}: {self.message}" if head and self.message else head or self.message
        context = []
        if self.method or self.url:
            context.append(f"{self.method or ''} {self.url or ''}".strip())
        if self.operation:
            context.append(f"operation {self.operation}")
        if self.attempts > 1:
            context.append(f"after {self.attempts} attempts")
        return f"{text} ({', '.join(context)})" if context else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r}, "
            f"method={self.method!r}, url={self.url!r}, operation={self.operation!r}, attempts={self.attempts!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,), self.__dict__.copy())


class BadRequestError(ConductorError):
    """The server rejected the request as invalid (400, 422 and 4xx statuses without a class of their own).

    Conductor lists what failed validation in ``details["validationErrors"]``; :attr:`validation_errors`
    gives that list (empty when absent).
    """

    @property
    def validation_errors(self) -> list[Any]:
        details = self.details
        found = details.get("validationErrors") if isinstance(details, dict) else None
        return list(found) if isinstance(found, list) else []


class AuthError(ConductorError):
    """Not authenticated (401) or not allowed (403), or the server refused the auth key and secret."""


class NotFoundError(ConductorError):
    """The resource does not exist (404, 410)."""


class ConflictError(ConductorError):
    """The request conflicts with the current state, e.g. the resource already exists (409, 412)."""


class RateLimitError(ConductorError):
    """Too many requests (429). ``retry_after`` holds the server's ``Retry-After`` in seconds, if sent."""

    retry_after: float | None = None


class ServerError(ConductorError):
    """The server failed (5xx), including gateways and proxies in front of it (502, 503, 504)."""


class UnexpectedStatusError(ConductorError):
    """An answer the client does not handle, such as a redirect (redirects are not followed)."""


class TransportError(ConductorError):
    """The request got no HTTP answer: connection refused or reset, DNS or TLS failure, protocol error.

    ``kind`` says which: ``"connect"``, ``"timeout"``, ``"read"``, ``"write"``, ``"protocol"``, ``"proxy"``
    or ``"other"``. The underlying httpx exception is chained as ``__cause__``.
    """

    kind: str = "other"


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout (see ``kind`` and ``phase``)."""

    kind: str = "timeout"
    phase: str | None = None
    """``"connect"``, ``"read"``, ``"write"`` or ``"pool"``."""


class ResponseDecodeError(ConductorError):
    """A successful answer whose body could not be read as the expected type.

    ``expected`` names that type; the parsing or validation error is chained as ``__cause__``.
    """

    expected: str | None = None


_BY_STATUS: dict[int, type[ConductorError]] = {
    400: BadRequestError,
    401: AuthError,
    403: AuthError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    412: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[ConductorError]:
    """The exception class for an HTTP error status."""
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    if 500 <= status_code <= 599:
        return ServerError
    if 400 <= status_code <= 499:
        return BadRequestError
    return UnexpectedStatusError
