"""The blocking client core, :class:`SyncClientCore`: it drives the shared request flow (:mod:`.core`) with
``time.sleep`` and ``threading.Lock``.

How requests are sent: over the runtime's own HTTP/1.1 connection pool (``http1.BlockingPool``) when the server
is reached directly and nothing asks for httpx, and through ``httpx.Client`` otherwise: with a proxy (argument or
environment), user info in the URL, a custom ``transport`` or ``limits``.  Both honour the same settings
(headers, TLS, timeouts), and their failures become the same typed errors.  Why two: importing httpx, httpcore
and h11 takes about a third of a short script's time to its first answer, and a request through httpx costs
several times the CPU.

The HTTP client is imported and created on the first request, and reused (connection pooling) until ``close()``.
"""

from __future__ import annotations

from .config import Settings
from .core import CoreBase, asks_encoding
from .flow import run_flow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from types import TracebackType
    from typing import Any, TypeVar

    import httpx
    from typing_extensions import Unpack

    from .config import ClientSettings
    from .flow import Flow
    from .http1 import BlockingPool
    from .operation import Operation
    from .retry import RetryPolicy
    from .timeouts import Timeout, TimeoutArg

    T = TypeVar("T")
    _SyncCore = TypeVar("_SyncCore", bound="SyncClientCore")

__all__ = ["SyncClientCore"]


class SyncClientCore(CoreBase):
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
                        prepare_client(client, asks_encoding(self._settings.headers))
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


def _time_sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)
