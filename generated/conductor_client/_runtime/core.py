"""The client cores: :class:`SyncClientCore` and :class:`AsyncClientCore`.

Everything a call does -- building the request, authenticating, deciding on retries, decoding the answer,
raising typed errors -- is written once, as a generator (``_CoreBase._flow``) that *yields* what it needs
done: send this request, sleep this long, give me a token (the actions and their drivers are :mod:`.flow`'s).
The sync and async cores are only the drivers that carry those actions out, with ``time.sleep``/``threading.Lock``
or ``anyio.sleep``/``anyio.Lock``. So the two can not drift apart.

How requests are sent: the async core always uses ``httpx.AsyncClient``.  The sync core uses the runtime's own
HTTP/1.1 connection pool (``http1.BlockingPool``) when the server is reached directly and nothing asks for httpx,
and ``httpx.Client`` otherwise: with a proxy (argument or environment), user info in the URL, a custom
``transport`` or ``limits``.  Both honour the same settings (headers, TLS, timeouts), and their failures become
the same typed errors.  Why two: importing httpx, httpcore and h11 takes about a third of a short script's time to
its first answer, and a request through httpx costs several times the CPU.

The HTTP client (and pydantic, for the answer) are imported on the first request, not when the package is
imported or a client is created; the client is created then too, and reused (connection pooling) until
``close()``.
"""

from __future__ import annotations

from .._server_auth import AUTH_HEADER  # generated from the spec
from ..errors import ConductorError
from .config import Settings
from .decode import decode_body, error_for_response, failure_name, never_sent, parse_retry_after, transport_error
from .flow import SEND, SLEEP, TOKEN, arun_flow, run_flow
from .request import encode_body, encode_headers, encode_query, render_path
from .timeouts import Timeout, coerce_timeout
from .tls import ssl_context
from .urls import display_url

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging
    from collections.abc import Awaitable, Callable, Mapping
    from types import TracebackType
    from typing import Any, TypeVar

    import ssl

    import httpx
    from typing_extensions import Unpack

    from .auth import TokenState
    from .config import ClientSettings
    from .flow import Flow
    from .http1 import BlockingPool
    from .operation import Operation
    from .retry import RetryPolicy
    from .timeouts import TimeoutArg

    T = TypeVar("T")
    _SyncCore = TypeVar("_SyncCore", bound="SyncClientCore")
    _AsyncCore = TypeVar("_AsyncCore", bound="AsyncClientCore")

__all__ = ["SyncClientCore", "AsyncClientCore", "DirectRoute"]


class DirectRoute:
    """What a client of the runtime's own needs to reach the server directly (see ``direct_route()``).
    A plain class: ``typing`` stays out of the import path of a short script."""

    __slots__ = ("base_url", "headers", "ssl_context")

    def __init__(self, base_url: str, headers: dict[str, str], ssl_context: ssl.SSLContext | None) -> None:
        self.base_url = base_url
        self.headers = headers
        self.ssl_context = ssl_context


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


class _CoreBase:
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


class SyncClientCore(_CoreBase):
    """A blocking Conductor client; the generated ``ConductorClient`` adds one attribute per API group.

    Arguments not given are read from the environment (``CONDUCTOR_SERVER_URL``, ``CONDUCTOR_AUTH_KEY``,
    ``CONDUCTOR_AUTH_SECRET``); see :mod:`.config` for the details and defaults. Use it as a context manager,
    or call :meth:`close` when done; one client is meant to be shared (it is thread-safe and pools
    connections).

    :param server_url: e.g. ``http://localhost:8080`` (``.../api`` is accepted too).
    :param settings: the client settings (``auth_key``, ``auth_secret``, ``timeout``, ``retry``, ``verify``...),
        keyword arguments declared and described in one place, :class:`~.config.ClientSettings`, for both cores.
    :param limits: ``httpx.Limits`` for the connection pool (requests then go through httpx).
    :param transport: an ``httpx.BaseTransport`` to send requests through (tests, custom networking); pass
        ``httpx.HTTPTransport()`` to send every request through httpx.
    :param sleep: the function that waits between retries (tests inject a fake one).
    :param clock: a monotonic clock in seconds, for token expiry (tests inject a fake one).
    """

    def __init__(
        self,
        server_url: str | None = None,
        *,
        limits: httpx.Limits | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        import threading

        self._setup(Settings(server_url, **settings), limits, transport, clock)
        self._sleep = sleep
        self._http: httpx.Client | BlockingPool | None = None
        self._failures: tuple[type[Exception], ...] = ()  # what the HTTP client raises for a failed exchange
        self._closed = False
        self._lock = threading.Lock()  # guards creating/closing the HTTP client
        self._auth_lock = threading.Lock()  # one token fetch at a time

    def call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = None,
        timeout: TimeoutArg | None = None,
        retry: RetryPolicy | None = None,
    ) -> T:
        """Perform ``op`` and return its decoded result (what the generated API methods call); ``retry``: a
        policy for this call instead of the client's."""
        return self._drive(self._flow(op, path, query, headers, body, timeout, retry=retry))

    def _http_client(self) -> httpx.Client | BlockingPool:
        client = self._http
        if client is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError(f"{type(self).__name__} is closed")
                client = self._http
                if client is None:
                    direct = self._direct_options() if self._limits is None else None
                    if direct is not None:
                        from .http1 import BlockingPool
                        from .http1_exchange import HttpFailure

                        base_url, headers, context = direct
                        client = BlockingPool(
                            base_url,
                            headers=headers,
                            ssl_context=context,
                            max_response_bytes=self._settings.max_response_bytes,
                        )
                        self._failures = (HttpFailure,)
                    else:
                        import httpx

                        from .http1_exchange import HttpFailure
                        from .httpx_send import prepare_client

                        options = self._client_options()
                        if self._transport is not None:
                            options["transport"] = self._transport
                        client = httpx.Client(**options)
                        prepare_client(client, _asks_encoding(self._settings.headers))
                        self._failures = (httpx.HTTPError, HttpFailure)
                    self._http = client
        return client

    def _send(self, method: str, url: str, headers: dict[str, str], content: bytes | None, timeout: Timeout) -> Any:
        """One exchange over the pooled connections; a failure raises the HTTP client's own error."""
        from .http1 import BlockingPool

        client = self._http_client()
        if isinstance(client, BlockingPool):
            return client.send(method, url, headers, content, timeout)
        from .httpx_send import send  # the bounds of the runtime's own client, through httpx

        limit = self._settings.max_response_bytes
        return send(client, method, url, headers, content, timeout, self._http_timeout(timeout), limit)

    def _drive(self, flow: Flow[T]) -> T:
        self._http_client()  # decides which client sends, and so which exceptions are its failures
        return run_flow(flow, self._send, self._failures, self._sleep or _time_sleep, self._token)

    def _token(self, stale: str | None) -> str | None:
        from .auth import Missing

        auth = self._auth
        assert auth is not None
        token = auth.usable(stale)
        if isinstance(token, Missing):
            with self._auth_lock:
                token = auth.usable(stale)  # another thread may have fetched one meanwhile
                if isinstance(token, Missing):
                    return self._drive(self._token_flow(stale))
        return token

    def close(self) -> None:
        """Close the connections. The client can not be used afterwards."""
        with self._lock:
            self._closed = True
            client, self._http = self._http, None
        if client is not None:
            client.close()

    def __enter__(self: _SyncCore) -> _SyncCore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _asks_encoding(headers: Mapping[str, str]) -> bool:
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


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def _time_sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


class AsyncClientCore(_CoreBase):
    """The asyncio (and trio) twin of :class:`SyncClientCore`: the same arguments, ``await``-able calls.

    Use ``async with``, or ``await client.aclose()`` when done. ``transport`` is an
    ``httpx.AsyncBaseTransport`` and ``sleep`` an async function.
    """

    def __init__(
        self,
        server_url: str | None = None,
        *,
        limits: httpx.Limits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._setup(Settings(server_url, **settings), limits, transport, clock)
        self._sleep = sleep
        self._http: httpx.AsyncClient | None = None
        self._closed = False
        self._auth_lock: Any = None  # an anyio.Lock, created on first use (inside the event loop)

    async def call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = None,
        timeout: TimeoutArg | None = None,
        retry: RetryPolicy | None = None,
    ) -> T:
        """Perform ``op`` and return its decoded result (what the generated API methods await); ``retry``: a
        policy for this call instead of the client's."""
        return await self._drive(self._flow(op, path, query, headers, body, timeout, retry=retry))

    def direct_route(self) -> DirectRoute | None:
        """How the runtime's own HTTP/1.1 clients (``http1``, ``http1_async``) reach the server as this client
        would -- base URL, the headers of every request, TLS context -- or None when only this client can send as
        configured: it is closed, its settings need httpx (a proxy, a custom transport, user info in the URL), or
        a subclass changes how calls are sent."""
        cls = type(self)
        if cls.call is not AsyncClientCore.call or cls._drive is not AsyncClientCore._drive or self._closed:
            return None
        options = self._direct_options()
        return None if options is None else DirectRoute(*options)

    def _http_client(self) -> httpx.AsyncClient:
        # No await between the check and the assignment: safe against concurrent tasks without a lock.
        client = self._http
        if client is None:
            if self._closed:
                raise RuntimeError(f"{type(self).__name__} is closed")
            import httpx

            options = self._client_options()
            if self._transport is not None:
                options["transport"] = self._transport
            client = self._http = httpx.AsyncClient(**options)
            from .httpx_send import prepare_client

            prepare_client(client, _asks_encoding(self._settings.headers))
        return client

    async def _drive(self, flow: Flow[T]) -> T:
        import httpx

        from .http1_exchange import HttpFailure

        failures = (httpx.HTTPError, HttpFailure)
        return await arun_flow(flow, self._send, failures, self._sleep or _anyio_sleep, self._token)

    async def _send(
        self, method: str, url: str, headers: dict[str, str], content: bytes | None, timeout: Timeout
    ) -> Any:
        from .httpx_send import asend  # the bounds of the runtime's own client, through httpx

        client = self._http_client()
        limit = self._settings.max_response_bytes
        return await asend(client, method, url, headers, content, timeout, self._http_timeout(timeout), limit)

    async def _token(self, stale: str | None) -> str | None:
        from .auth import Missing

        auth = self._auth
        assert auth is not None
        token = auth.usable(stale)
        if isinstance(token, Missing):
            lock = self._auth_lock
            if lock is None:
                import anyio

                lock = self._auth_lock = anyio.Lock()
            async with lock:
                token = auth.usable(stale)  # another task may have fetched one meanwhile
                if isinstance(token, Missing):
                    return await self._drive(self._token_flow(stale))
        return token

    async def aclose(self) -> None:
        """Close the connections. The client can not be used afterwards."""
        self._closed = True
        client, self._http = self._http, None
        if client is not None:
            await client.aclose()

    async def __aenter__(self: _AsyncCore) -> _AsyncCore:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
