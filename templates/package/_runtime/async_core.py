"""The asyncio (and trio) client core, :class:`AsyncClientCore`: it drives the shared request flow (:mod:`.core`)
with ``anyio.sleep`` and ``anyio.Lock``, and sends through ``httpx.AsyncClient``.  Drivers of one's own (the
worker's transport) may send its flows over the runtime's own HTTP/1.1 clients instead:
:meth:`~AsyncClientCore.direct_route` gives them the :class:`DirectRoute` to the server when the settings allow.

httpx is imported and its client created on the first request, and reused (connection pooling) until ``aclose()``.
"""

from __future__ import annotations

from .config import Settings
from .core import CoreBase, asks_encoding
from .flow import arun_flow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping
    from types import TracebackType
    from typing import Any, TypeVar

    import ssl

    import httpx
    from typing_extensions import Unpack

    from .config import ClientSettings
    from .flow import Flow
    from .operation import Operation
    from .retry import RetryPolicy
    from .timeouts import Timeout, TimeoutArg

    T = TypeVar("T")
    _AsyncCore = TypeVar("_AsyncCore", bound="AsyncClientCore")

__all__ = ["AsyncClientCore", "DirectRoute"]


class DirectRoute:
    """What a client of the runtime's own needs to reach the server directly (see ``direct_route()``).
    A plain class: ``typing`` stays out of the import path of a short script."""

    __slots__ = ("base_url", "headers", "ssl_context")

    def __init__(self, base_url: str, headers: dict[str, str], ssl_context: ssl.SSLContext | None) -> None:
        self.base_url = base_url
        self.headers = headers
        self.ssl_context = ssl_context


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


class AsyncClientCore(CoreBase):
    """The asyncio (and trio) twin of :class:`~.sync_core.SyncClientCore`: the same arguments, ``await``-able calls.

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

            prepare_client(client, asks_encoding(self._settings.headers))
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
