"""The shared client core, :class:`CoreBase`: what the sync and async cores have in common -- the settings, the
auth token, the options of the HTTP clients, and the request flow.

Everything a call does -- building the request, authenticating, deciding on retries, decoding the answer,
raising typed errors -- is written once, here, as a generator (``CoreBase._flow``) that *yields* what it needs
done: send this request, sleep this long, give me a token (the actions and their drivers are :mod:`.flow`'s).
The sync and async cores (:mod:`.sync_core`, :mod:`.async_core`) are only the drivers that carry those actions
out, with ``time.sleep``/``threading.Lock`` or ``anyio.sleep``/``anyio.Lock``. So the two can not drift apart.

The HTTP client (and pydantic, for the answer) are imported on the first request, not when the package is
imported or a client is created; the client is created then too, and reused (connection pooling) until
``close()``.
"""

from __future__ import annotations

from .._server_auth import AUTH_HEADER  # generated from the spec
from ..errors import ConductorError
from .config import Settings
from .decode import decode_body, error_for_response, parse_retry_after
from .flow import SEND, SLEEP, TOKEN
from .request import encode_body, encode_headers, encode_query, render_path
from .timeouts import Timeout, coerce_timeout
from .tls import ssl_context
from .transport_errors import failure_name, never_sent, transport_error
from .urls import display_url

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging
    from collections.abc import Callable, Mapping
    from typing import Any, TypeVar

    import ssl

    import httpx

    from .auth import TokenState
    from .flow import Flow
    from .operation import Operation
    from .retry import RetryPolicy
    from .timeouts import TimeoutArg

    T = TypeVar("T")

__all__ = ["CoreBase", "asks_encoding"]

USER_AGENT_PRODUCT = "conductor-codegen-client"

_PACKAGE = __name__.rsplit("._runtime", 1)[0]
_logger: logging.Logger | None = None


def _log() -> logging.Logger:
    global _logger
    if _logger is None:
        import logging

        _logger = logging.getLogger(_PACKAGE)
    return _logger


def _reason(status: int) -> str | None:
    """The standard reason phrase, for servers that send none (HTTP/1.1 made it optional)."""
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return None


def _default_user_agent() -> str:
    import sys

    package = sys.modules.get(_PACKAGE)
    version = vars(package).get("__version__") if package is not None else None
    return f"{USER_AGENT_PRODUCT}/{version}" if isinstance(version, str) and version else USER_AGENT_PRODUCT


class CoreBase:
    """What the sync and async cores share: configuration, request flow, token flow."""

    _settings: Settings
    _auth: TokenState | None
    _limits: httpx.Limits | None
    _clock: Callable[[], float] | None
    _random: Callable[[], float] | None
    _transport: Any
    _timeouts: dict[Timeout, httpx.Timeout]

    def _setup(
        self,
        settings: Settings,
        limits: httpx.Limits | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        clock: Callable[[], float] | None,
    ) -> None:
        self._settings = settings
        self._limits = limits
        self._transport = transport
        self._clock = clock
        self._random = None
        self._timeouts = {}
        if settings.auth_key is not None and settings.auth_secret is not None:
            from .auth import TokenState

            self._auth = TokenState(settings.auth_key, settings.auth_secret, ttl=settings.token_ttl, clock=clock)
        else:
            self._auth = None

    # --- public read-only state ------------------------------------------------------------------------------

    @property
    def server_url(self) -> str:
        """The server's base URL (without a trailing ``/api``)."""
        return self._settings.server_url

    @property
    def settings(self) -> Settings:
        """The resolved configuration (its repr hides credentials)."""
        return self._settings

    def __repr__(self) -> str:
        auth = "key+secret" if self._auth is not None else "none"
        return f"<{type(self).__name__} server_url={display_url(self._settings.server_url)!r} auth={auth}>"

    # --- HTTP plumbing ----------------------------------------------------------------------------------------

    def _default_headers(self) -> dict[str, str]:
        """The headers sent with every request."""
        settings = self._settings
        headers = {"User-Agent": settings.user_agent or _default_user_agent(), "Accept": "application/json"}
        headers.update(settings.headers)
        return headers

    def _direct_options(self) -> tuple[str, dict[str, str], ssl.SSLContext | None] | None:
        """Base URL, headers and TLS context for the runtime's own HTTP/1.1 client (``http1``), or None when the
        settings need httpx: a custom transport, a proxy (argument or environment), user info in the URL."""
        from .proxies import usable_for

        settings = self._settings
        if self._transport is not None or not usable_for(settings.server_url, settings.proxy, settings.trust_env):
            return None
        https = settings.server_url.lower().startswith("https://")
        context = ssl_context(settings.verify, settings.trust_env) if https else None
        return settings.server_url, self._default_headers(), context

    def _client_options(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client``/``httpx.AsyncClient`` (transport excluded)."""
        settings = self._settings
        verify: Any = settings.verify
        if isinstance(verify, str):
            verify = ssl_context(verify, settings.trust_env)  # a CA bundle file or directory
        elif verify is True and not _tls_possible(settings.server_url, settings.proxy, settings.trust_env):
            # Building the default SSL context loads the CA bundle (~60 ms, a third of a worker's start) and
            # a plain-http server with plain-http proxying never uses it.
            verify = False
        options: dict[str, Any] = {
            "timeout": self._http_timeout(settings.timeout),
            "verify": verify,
            "trust_env": settings.trust_env,
            "headers": self._default_headers(),
            "follow_redirects": False,
        }
        if settings.proxy is not None:
            options["proxy"] = settings.proxy
        if self._limits is not None:
            options["limits"] = self._limits
        return options

    def _http_timeout(self, timeout: Timeout) -> httpx.Timeout:
        converted = self._timeouts.get(timeout)
        if converted is None:
            import httpx

            converted = httpx.Timeout(
                connect=timeout.connect, read=timeout.read, write=timeout.write, pool=timeout.pool
            )
            self._timeouts[timeout] = converted
        return converted

    def _jitter(self) -> float:
        draw = self._random
        if draw is None:
            import random

            draw = self._random = random.random
        return draw()

    # --- the seam for drivers of one's own (the worker's transport; RUNTIME-CONTRACT.md) -----------------------

    def request_flow(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = None,
        timeout: TimeoutArg | None = None,
        retry: RetryPolicy | None = None,
    ) -> Flow[T]:
        """The steps of one call (URL and body encoding, the auth token and its one refresh after a 401, the retry
        policy -- ``retry`` instead of the client's --, decoding, typed errors), for a driver that sends them its
        own way: carry it out with :func:`run_flow` or :func:`arun_flow`."""
        return self._flow(op, path, query, headers, body, timeout, retry=retry)

    def token_flow(self, stale: str | None) -> Flow[str | None]:
        """The steps of fetching a token (``stale``: the one the server refused, or None); returns it, or None
        for a server without auth.  A driver runs one at a time, when :attr:`token_state` has none to use."""
        return self._token_flow(stale)

    @property
    def token_state(self) -> TokenState | None:
        """The auth token this client holds and shares with drivers of its flows (None: no key and secret)."""
        return self._auth

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of this client's calls (``retry=`` when it was created)."""
        return self._settings.retry

    # --- the shared request flow ------------------------------------------------------------------------------

    def _flow(
        self,
        op: Operation[T],
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: object,
        timeout: TimeoutArg | None,
        *,
        authenticate: bool = True,
        retry: RetryPolicy | None = None,
    ) -> Flow[T]:
        """One call, start to end: yields actions to its driver, returns the decoded result or raises.
        ``retry``: a policy for this call instead of the client's."""
        settings = self._settings
        url = settings.server_url + render_path(op, path)
        query_string = encode_query(query)
        if query_string:
            url = url + "?" + query_string
        content, content_type = encode_body(op, body)
        base_headers = {"Accept": op.returns.accept}
        base_headers.update(encode_headers(headers))
        if content_type is not None:
            base_headers["Content-Type"] = content_type
        limits = coerce_timeout(timeout, settings.timeout)
        policy = settings.retry if retry is None else retry
        method = op.method
        use_auth = authenticate and self._auth is not None

        attempt = 0  # attempts that count against the retry policy
        sends = 0  # requests actually sent (the 401 refresh included)
        stale: str | None = None  # a token the server refused
        while True:
            attempt += 1
            sends += 1
            token: str | None = None
            request_headers = base_headers
            if use_auth:
                token = yield (TOKEN, stale)
                if token is not None:
                    request_headers = dict(base_headers)
                    request_headers[AUTH_HEADER] = token
            try:
                response = yield (SEND, (method, url, request_headers, content, limits))
            except Exception as exc:  # an httpx.HTTPError or http1_exchange.HttpFailure, thrown in by the driver
                if attempt < policy.max_attempts and (op.retry_safe or never_sent(exc)):
                    delay = policy.backoff(attempt, self._jitter())
                    self._log_retry(op, method, url, failure_name(exc), delay, attempt, policy)
                    yield (SLEEP, delay)
                    continue
                raise transport_error(op, exc, method=method, url=url, attempts=sends, timeout=limits) from exc

            status = response.status_code
            if 200 <= status < 300:
                return decode_body(  # type: ignore[no-any-return]
                    op,
                    status_code=status,
                    content=response.content,
                    content_type=response.headers.get("content-type", ""),
                    method=method,
                    url=url,
                    attempts=sends,
                )
            if status == 401 and token is not None and stale is None:
                # The token may have been revoked or expired early: fetch a new one, once, and resend.
                stale = token
                attempt -= 1
                _log().info("%s %s was refused (401): fetching a new token", method, display_url(url))
                continue
            if status in policy.retry_statuses and attempt < policy.max_attempts and op.retry_safe:
                delay_or_none = parse_retry_after(response.headers.get("retry-after"))
                delay = policy.backoff(attempt, self._jitter()) if delay_or_none is None else delay_or_none
                if delay <= policy.max_retry_after:
                    self._log_retry(op, method, url, str(status), delay, attempt, policy)
                    yield (SLEEP, delay)
                    continue
            raise error_for_response(
                op,
                status_code=status,
                reason=response.reason_phrase or _reason(status),
                content=response.content,
                content_type=response.headers.get("content-type", ""),
                headers=response.headers,
                method=method,
                url=url,
                attempts=sends,
            )

    @staticmethod
    def _log_retry(
        op: Operation[Any], method: str, url: str, cause: str, delay: float, attempt: int, policy: RetryPolicy
    ) -> None:
        _log().info(
            "%s %s (%s) failed with %s; retrying in %.2f s (attempt %d of %d)",
            method,
            display_url(url),
            op.name,
            cause,
            delay,
            attempt + 1,
            policy.max_attempts,
        )

    def _token_flow(self, stale: str | None) -> Flow[str | None]:
        """Fetch a token (called by the drivers under their lock); returns it, or None for a server without auth."""
        from .auth import NO_AUTH_STATUSES, TOKEN_OPERATION

        auth = self._auth
        assert auth is not None
        try:
            content = yield from self._flow(
                TOKEN_OPERATION, None, None, None, auth.credentials(), None, authenticate=False
            )
        except ConductorError as exc:
            from ..errors import AuthError

            if exc.status_code in NO_AUTH_STATUSES:
                auth.disable()
                _log().info(
                    "%s answered %s at /api/token: the server has no auth; sending requests without a token",
                    display_url(self._settings.server_url),
                    exc.status_code,
                )
                return None
            if isinstance(exc, AuthError):
                raise AuthError(
                    f"the server refused the auth key and secret: {exc.message}",
                    status_code=exc.status_code,
                    reason=exc.reason,
                    method=exc.method,
                    url=exc.url,
                    operation=exc.operation,
                    body=exc.body,
                    attempts=exc.attempts,
                    retryable=exc.retryable,
                    details=exc.details,
                ) from None
            previous = auth.fallback(stale)
            if previous is not None:
                _log().warning("could not refresh the auth token (%s); using the current one until it expires", exc)
                return previous
            raise
        token = auth.store(content)
        _log().debug("fetched an auth token; next refresh in %.0f s", auth.valid_for())
        return token


def asks_encoding(headers: Mapping[str, str]) -> bool:
    """Whether the settings' headers ask for compressed answers (``Accept-Encoding``): only then are they read."""
    return any(name.lower() == "accept-encoding" for name in headers)


def _tls_possible(server_url: str, proxy: Any, trust_env: bool) -> bool:
    """Whether any connection this client makes could be TLS: to an https server, or through an https proxy."""
    if not server_url.lower().startswith("http://"):
        return True
    proxies = [str(proxy)] if proxy is not None else []
    if trust_env:
        import os

        proxies += [os.environ.get(name, "") for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")]
    return any(p.lower().startswith("https://") for p in proxies)
