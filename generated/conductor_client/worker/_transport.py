"""How the worker's requests reach the server: the runtime's lean HTTP/1.1 client (``_runtime.http1``) when it
can stand in for httpx, else the client core itself (httpx).

Either way a call runs the core's own request flow (its public seam, ``request_flow``/``token_flow``/
``token_state``/``direct_route``, see RUNTIME-CONTRACT.md: URL, query and body encoding, the auth token and its
one refresh after a 401, typed errors); only the sending differs, so the worker's errors, auth and TLS settings
are those of every client.  The lean client is used when ``core.direct_route()`` gives a route: no proxy
(argument or environment), no custom httpx transport, no user info in the URL, and a core class that does not
replace how calls are driven.  Then the worker process never imports httpx or anyio: they cost most of its CPU
per task and a good part of its start time.

Each call is one attempt: the worker's loops retry under the client's own ``RetryPolicy`` (its backoff), with
rules of their own on top -- a stop request cuts a wait short, a computed result is never given up.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Mapping, TypeVar

from .._runtime.flow import arun_flow, run_flow
from .._runtime.http1 import BlockingPool, PoolClosed
from .._runtime.http1_async import Http1Client
from .._runtime.http1_exchange import HttpFailure
from .._runtime.retry import RetryPolicy
from .._runtime.timeouts import Timeout

if TYPE_CHECKING:
    from .._runtime.async_core import AsyncClientCore, DirectRoute
    from .._runtime.flow import Flow
    from .._runtime.operation import Operation
    from .._runtime.timeouts import TimeoutArg

__all__ = ["Caller", "HandOver", "ThreadCaller"]

T = TypeVar("T")


_ONE_ATTEMPT = RetryPolicy.off()  # the worker retries by itself (see the module docstring)


def _converted(timeouts: dict[float, Timeout], timeout: TimeoutArg | None) -> TimeoutArg | None:
    if isinstance(timeout, (int, float)):
        # The worker passes the same few numbers over and over: one Timeout object each, not one per call.
        converted = timeouts.get(timeout)
        if converted is None:
            converted = timeouts[timeout] = Timeout(timeout)
        return converted
    return timeout


class Caller:
    """``await caller.call(op, path=..., query=..., headers=..., body=..., timeout=...)``: like
    ``core.call`` with one attempt, over the lean client when possible (``caller.lean`` says which)."""

    def __init__(self, core: AsyncClientCore) -> None:
        self.core = core
        # Kept for the worker's threads (ThreadCaller), so that the TLS context (its CA bundle) is built once.
        self.route = core.direct_route()
        route = self.route
        self._http = (
            None
            if route is None
            else Http1Client(
                route.base_url,
                headers=route.headers,
                ssl_context=route.ssl_context,
                max_response_bytes=core.settings.max_response_bytes,
            )
        )
        self._token_lock: asyncio.Lock | None = None
        self._timeouts: dict[float, Timeout] = {}

    @property
    def lean(self) -> bool:
        return self._http is not None

    async def call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: object,
        timeout: TimeoutArg | None,
    ) -> T:
        timeout = _converted(self._timeouts, timeout)
        if self._http is None:
            return await self.core.call(
                op, path=path, query=query, headers=headers, body=body, timeout=timeout, retry=_ONE_ATTEMPT
            )
        flow = self.core.request_flow(
            op, path=path, query=query, headers=headers, body=body, timeout=timeout, retry=_ONE_ATTEMPT
        )
        return await self._drive(flow)

    async def aclose(self) -> None:
        """Close the lean client's connections (the core is its owner's to close)."""
        if self._http is not None:
            self._http.close()

    async def _drive(self, flow: Flow[T]) -> T:
        """Carry out what the flow asks for (as the core's own driver does), over the lean client."""
        return await arun_flow(flow, self._send, (HttpFailure,), asyncio.sleep, self._token)

    async def _send(
        self, method: str, url: str, headers: dict[str, str], content: bytes | None, timeout: Timeout
    ) -> Any:
        http = self._http
        assert http is not None
        return await http.send(method, url, headers, content, timeout)  # its total too: a deadline per attempt

    async def _token(self, stale: str | None) -> str | None:
        """The token to send (shared with the core's cache); one fetch at a time, over the lean client too."""
        from .._runtime.auth import Missing

        auth = self.core.token_state
        assert auth is not None
        token = auth.usable(stale)
        if isinstance(token, Missing):
            if self._token_lock is None:
                self._token_lock = asyncio.Lock()
            async with self._token_lock:
                token = auth.usable(stale)  # another task may have fetched one meanwhile
                if isinstance(token, Missing):
                    return await self._drive(self.core.token_flow(stale))
        return token


class HandOver(Exception):
    """A call a worker thread leaves to the event loop before anything was applied: it needs a token fetched, or a
    wait before a retry (the loop's flow does both, and a stop request can cut its waits short)."""


class ThreadCaller:
    """``caller.call(op, ...)`` from a sync worker's own thread, blocking, over connections the worker's threads
    share (``http1.BlockingPool``: a thread takes one for each request and gives it back).

    The core's request flow is the same as on the loop (URL, encoding, auth token, typed errors); what a thread
    does not do itself raises :class:`HandOver`.  Only for a lean ``Caller`` (``ThreadCaller.for_caller``).
    """

    def __init__(self, core: AsyncClientCore, route: DirectRoute) -> None:
        self.core = core
        self._pool = BlockingPool(
            route.base_url,
            headers=route.headers,
            ssl_context=route.ssl_context,
            max_response_bytes=core.settings.max_response_bytes,
        )
        self._timeouts: dict[float, Timeout] = {}

    @classmethod
    def for_caller(cls, caller: Caller) -> ThreadCaller | None:
        route = caller.route
        return None if route is None else cls(caller.core, route)

    def call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: object,
        timeout: TimeoutArg | None,
    ) -> T:
        if self._pool.is_closed:
            raise HandOver("the runner is closing its connections")
        flow = self.core.request_flow(
            op,
            path=path,
            query=query,
            headers=headers,
            body=body,
            timeout=_converted(self._timeouts, timeout),
            retry=_ONE_ATTEMPT,
        )
        return self._drive(flow)

    def _drive(self, flow: Flow[T]) -> T:
        return run_flow(flow, self._send, (HttpFailure,), self._hand_over_the_wait, self._token)

    def _send(self, method: str, url: str, headers: dict[str, str], content: bytes | None, timeout: Timeout) -> Any:
        try:
            return self._pool.send(method, url, headers, content, timeout)
        except PoolClosed:
            raise HandOver("the runner is closing its connections") from None

    @staticmethod
    def _hand_over_the_wait(seconds: float) -> None:
        raise HandOver("a retry after a wait")

    def close(self) -> None:
        """Close the threads' connections: idle ones now, one in use by its thread when its request ends (a socket
        is never closed under a thread that is using it)."""
        self._pool.close()

    def _token(self, stale: str | None) -> str | None:
        from .._runtime.auth import Missing

        auth = self.core.token_state
        assert auth is not None
        token = auth.usable(stale)
        if isinstance(token, Missing):
            raise HandOver("a token to fetch")
        return token
