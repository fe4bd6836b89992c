"""The asyncio flavour of the runtime's HTTP/1.1 client (``Http1Client``): kept-alive connections to one server on
the running event loop, for the worker's hot calls (batch poll, update).

Why it exists: a worker spends almost all of its own CPU on two requests per task.  Through httpx each costs
layers of httpcore connection-pool bookkeeping and anyio stream wrappers; here a request is one
``transport.write`` and the answer is parsed as it arrives in ``data_received`` of one ``asyncio.Protocol`` per
connection.  Requests are written and answers parsed by h11, through the sans-I/O exchange the blocking client
uses too (``http1_exchange._Exchange``), with the same bounds (answer size, no unasked compression, a deadline for the
whole attempt); what both do and do not do is said in :mod:`.http1`.  A module of its own so that the sync
client, which uses only the blocking flavour, does not import asyncio.
"""

from __future__ import annotations

import asyncio

from .config import DEFAULT_MAX_RESPONSE_BYTES
from .http1 import MAX_IDLE, _Origin, total_limit
from .http1_exchange import HttpFailure, Response, _Exchange

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping

    from .timeouts import Timeout

__all__ = ["Http1Client"]


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection on the event loop; one request at a time, the answer parsed as bytes arrive."""

    def __init__(self, loop: asyncio.AbstractEventLoop, max_response_bytes: int) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self._exchange = _Exchange(max_response_bytes)
        self._waiter: asyncio.Future[Response] | None = None
        self._last_data = 0.0
        self._read_timeout: float | None = None
        self._deadline: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0

    # -- asyncio callbacks ---------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done():  # bytes nobody asked for: the connection is out of step, never reuse it
            self.abort()
            return
        self._last_data = self.loop.time()
        try:
            response = self._exchange.feed(data)
        except HttpFailure as exc:
            self._settle(exc)
            self.abort()
            return
        if response is not None:
            self._settle(response)

    def eof_received(self) -> bool:
        self._end_of_stream(None)
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._closing()
        self._end_of_stream(exc)

    # -- one exchange ------------------------------------------------------------------------------------
    async def exchange(self, data: bytes, read_timeout: float | None, deadline: float | None) -> Response:
        """Write a request (``data``, from :meth:`start`) and wait for its answer."""
        transport = self.transport
        assert transport is not None and self._waiter is None
        waiter: asyncio.Future[Response] = self.loop.create_future()
        self._waiter = waiter
        now = self._last_data = self.loop.time()
        self._read_timeout = read_timeout
        self._deadline = deadline
        transport.write(data)
        due = deadline if read_timeout is None else now + read_timeout
        if deadline is not None and due is not None and deadline < due:
            due = deadline
        if due is not None:
            # One timer per connection, left armed between requests and moved only when this request needs an
            # earlier check: arming and cancelling one per request is a measurable part of a request's CPU.
            if self._timer is None or due < self._timer_at:
                if self._timer is not None:
                    self._timer.cancel()
                self._timer = self.loop.call_at(due, self._check_timeout)
                self._timer_at = due
        try:
            return await waiter
        except asyncio.CancelledError:
            self.abort()  # the answer may still come: this connection can not carry another request
            raise
        finally:
            self._waiter = None

    def start(self, method: bytes, target: bytes, headers: list[tuple[bytes, bytes]], content: bytes | None) -> bytes:
        """The request's bytes; raises ``HttpFailure`` (not sent) if the connection is gone or the request invalid."""
        transport = self.transport
        if self.closed or transport is None or transport.is_closing():
            # Closed by the server between connecting (or the last answer) and now: nothing was sent on it.
            raise HttpFailure("the server closed the connection before the request was sent", "read", sent=False)
        return self._exchange.start(method, target, headers, content)

    def reusable(self) -> bool:
        return not self.closed and self._exchange.reusable()

    def abort(self) -> None:
        self._closing()
        if self.transport is not None:
            self.transport.abort()

    def close(self) -> None:
        self._closing()
        if self.transport is not None:
            self.transport.close()

    def _closing(self) -> None:
        self.closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # -- internals ---------------------------------------------------------------------------------------
    def _check_timeout(self) -> None:
        self._timer = None
        waiter = self._waiter
        if waiter is None or waiter.done() or self.closed:
            return  # idle: the next request arms the timer again
        now = self.loop.time()
        read_timeout = self._read_timeout
        deadline = self._deadline
        failure: HttpFailure | None = None
        past_deadline = deadline is not None and now >= deadline - 0.001
        silence = now - self._last_data
        # The phase's own limit first, also when the deadline ends the wait at nearly the same time (Timeout(3)
        # and a server silent for 3 s): it says more.
        if read_timeout is not None and (silence >= read_timeout or (past_deadline and silence >= read_timeout * 0.9)):
            transport = self.transport
            phase = "write" if transport is not None and transport.get_write_buffer_size() else "read"
            failure = HttpFailure(f"no answer within {read_timeout:g} s", "timeout", phase=phase)
        elif past_deadline:
            failure = HttpFailure("the attempt ran out of time", "timeout", phase="total")
        if failure is None:  # data came, or this request started, meanwhile: check again later
            due = deadline if read_timeout is None else self._last_data + read_timeout
            if deadline is not None and due is not None and deadline < due:
                due = deadline
            if due is not None:
                self._timer_at = due
                self._timer = self.loop.call_at(due, self._check_timeout)
            return
        self._settle(failure)
        self.abort()

    def _settle(self, outcome: Response | HttpFailure) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done():
            return
        if isinstance(outcome, HttpFailure):
            waiter.set_exception(outcome)
        else:
            waiter.set_result(outcome)

    def _end_of_stream(self, exc: Exception | None) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done():
            self.closed = True
            return
        try:
            self._settle(self._exchange.end_of_stream(exc))
        except HttpFailure as failure:
            self._settle(failure)


class Http1Client(_Origin):
    """Requests to one origin over kept-alive connections on the running event loop.

    ``ssl_context``: required for https.  Not thread-safe: use it from one event loop.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        max_idle: int = MAX_IDLE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(base_url, headers=headers, ssl_context=ssl_context, max_response_bytes=max_response_bytes)
        self._idle: list[_Connection] = []
        self._max_idle = max_idle

    async def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        content: bytes | None,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        total_timeout: float | None = None,
    ) -> Response:
        """Send one request; ``url`` is absolute (on this client's origin) or a path with its query.
        ``total_timeout`` bounds the whole attempt (connect + read when not given)."""
        target = self._target(url)
        header_list = self._header_list(method, headers, content)
        method_bytes = method.encode("ascii")
        total = total_limit(total_timeout, connect_timeout, read_timeout)
        loop = asyncio.get_running_loop()
        deadline = None if total is None else loop.time() + total
        while True:
            connection = self._take_idle()
            reused = connection is not None
            if connection is None:
                connection = await self._connect(connect_timeout, deadline)
            try:
                data = connection.start(method_bytes, target, header_list, content)
                response = await connection.exchange(data, read_timeout, deadline)
            except HttpFailure as exc:
                connection.abort()
                if reused and not exc.sent and exc.kind == "read":
                    continue  # a kept-alive connection the server had closed before we wrote on it
                raise
            if connection.reusable() and not self._closed and len(self._idle) < self._max_idle:
                self._idle.append(connection)
            else:
                connection.close()
            return response

    async def send(
        self, method: str, url: str, headers: Mapping[str, str] | None, content: bytes | None, timeout: Timeout
    ) -> Response:
        """:meth:`request` with the limits of a :class:`~.timeouts.Timeout` (what a request flow asks to send)."""
        return await self.request(
            method,
            url,
            headers,
            content,
            connect_timeout=timeout.connect,
            read_timeout=timeout.read,
            total_timeout=timeout.total,
        )

    def close(self) -> None:
        """Close the idle connections; requests in flight finish on theirs, which are then closed."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    # -- internals -----------------------------------------------------------------------------------
    def _take_idle(self) -> _Connection | None:
        idle = self._idle
        while idle:
            connection = idle.pop()  # the most recently used: the least likely to have timed out
            if not connection.closed:
                return connection
        return None

    async def _connect(self, timeout: float | None, deadline: float | None) -> _Connection:
        loop = asyncio.get_running_loop()
        ssl_context = self._ssl
        limit = timeout
        if deadline is not None:
            left = deadline - loop.time()
            if left <= 0:
                raise HttpFailure("the attempt ran out of time", "timeout", phase="total", sent=False)
            limit = left if limit is None or left < limit else limit
        max_bytes = self.max_response_bytes
        try:
            opening = loop.create_connection(
                lambda: _Connection(loop, max_bytes),
                self._host,
                self._port,
                ssl=ssl_context,
                server_hostname=self._host if ssl_context is not None else None,
                ssl_handshake_timeout=limit if ssl_context is not None and limit else None,
            )
            _, protocol = await asyncio.wait_for(opening, limit)
        except asyncio.TimeoutError:
            if deadline is not None and loop.time() >= deadline - 0.001:
                raise HttpFailure("the attempt ran out of time", "timeout", phase="total", sent=False) from None
            raise HttpFailure(f"no connection within {timeout:g} s", "timeout", phase="connect", sent=False) from None
        except OSError as exc:  # refused, unreachable, DNS, TLS (ssl.SSLError is an OSError)
            raise HttpFailure(str(exc) or type(exc).__name__, "connect", sent=False) from exc
        return protocol
