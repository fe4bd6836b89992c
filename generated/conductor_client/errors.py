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
    ├── TransportError         no acceptable HTTP answer: connection refused or reset, DNS, TLS, a malformed or
    │   │                      oversized answer, an answer compressed without being asked to
    │   └── RequestTimeoutError   connect, read, write or pool timeout, or the attempt's total time
    ├── ResponseDecodeError    a 2xx answer whose body does not match the expected type
    └── ConfigurationError     a setting that can not be used (also a ValueError), raised before anything is sent

Each carries what is needed to act on it or report it: ``status_code``, ``message`` (the server's message
when it sent one), ``method`` and ``url`` of the request (credentials removed), ``operation``
(``"workflow.get_workflow"``), ``body`` (the start of the response body), ``attempts`` (how many
times the request was sent) and ``retryable`` (the server's own hint, when it gave one). Credentials and
tokens never appear in any of them: the auth key, secret and every token the runtime has used are replaced by
``***`` in the message, the body, the URL and the details -- also where the server's own text echoes them (a
proxy showing the request's headers, a server quoting the token request).  Credentials shorter than
:data:`MIN_MASKED` characters are not masked (they would mask ordinary words); real keys, secrets and tokens are
far longer.

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
    "ConfigurationError",
    "error_class_for_status",
    "register_secret",
]

#: At most this many characters of a response body are kept on an exception.
BODY_LIMIT = 2000
#: Credentials shorter than this are not masked (see the module docstring).
MIN_MASKED = 8
#: Tokens remembered for masking (they are refreshed about every 45 minutes: the oldest are dropped first).
_MAX_SECRETS = 256
_MASK = "***"

# Text never to show in an exception, with its JSON-escaped form (a server echoing a JSON body escapes "/" and
# quotes).  Insertion-ordered so that the oldest tokens are dropped first.
_secrets: dict[str, None] = {}


def register_secret(secret: str | None) -> None:
    """Never show ``secret`` (an auth key, secret or token) in an exception created from now on."""
    if not secret or len(secret) < MIN_MASKED:
        return
    import json

    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret)[1:-1].replace("/", "\\/")}
    for form in forms:
        _secrets.pop(form, None)
        _secrets[form] = None
    while len(_secrets) > _MAX_SECRETS:
        del _secrets[next(iter(_secrets))]


def _masked(value: Any) -> Any:
    """``value`` with every registered secret replaced by ``***`` (strings, and the strings in lists and dicts)."""
    if not _secrets:
        return value
    if isinstance(value, str):
        for secret in sorted(_secrets, key=len, reverse=True):  # a longer form first: it may contain a shorter
            if secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, list):
        return [_masked(item) for item in value]
    if isinstance(value, dict):
        return {_masked(key): _masked(item) for key, item in value.items()}
    return value


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
        if _secrets:
            message, reason, url, body, details = (_masked(v) for v in (message, reason, url, body, details))
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
    """The request got no acceptable HTTP answer: connection refused or reset, DNS or TLS failure, an answer that
    breaks HTTP/1.1 (bad framing, a header line that is not one), is larger than the client's
    ``max_response_bytes`` or is compressed although no ``Accept-Encoding`` asked for it.

    ``kind`` says which: ``"connect"``, ``"timeout"``, ``"read"``, ``"write"``, ``"protocol"``,
    ``"too_large"``, ``"proxy"`` or ``"other"``. The underlying exception is chained as ``__cause__``.
    """

    kind: str = "other"


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout, or an attempt that took longer than its ``total`` (see ``phase``)."""

    kind: str = "timeout"
    phase: str | None = None
    """``"connect"``, ``"read"``, ``"write"``, ``"pool"`` or ``"total"``."""


class ResponseDecodeError(ConductorError):
    """A successful answer whose body could not be read as the expected type.

    ``expected`` names that type; the parsing or validation error is chained as ``__cause__``.
    """

    expected: str | None = None


class ConfigurationError(ConductorError, ValueError):
    """A setting that can not be used -- a server URL with a control character, space or query, a header that could
    not be sent, a limit out of range -- raised when the client or worker is configured, before anything is sent.
    ``setting`` names it: the argument (``server_url``) or the environment variable (``CONDUCTOR_SERVER_URL``)."""

    def __init__(self, message: str = "", *, setting: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.setting = setting


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
