"""The runtime's own small HTTP/1.1 client: kept-alive connections to one server, over blocking sockets, without
httpx.

Why it exists: httpx is the general-purpose client, but its cost shows where a request is all there is to do.
A worker spends almost all of its own CPU on two requests per task (poll, update), and through httpx each costs
layers of httpcore pool bookkeeping and anyio stream wrappers; a short-lived script spends a third of its time to
first answer importing httpx and httpcore.  So the worker and the sync client send over this client whenever it
behaves exactly as httpx would (no proxy: see :func:`.proxies.usable_for`), and over httpx otherwise.

This module owns sockets, the pool and the waits; the HTTP/1.1 and the bounds on answers are the sans-I/O
exchange's (``_Exchange`` in :mod:`.http1_exchange`, h11 underneath).  Three flavours share it:
``BlockingHttp1Client`` (one blocking socket, for one thread), ``BlockingPool`` (blocking, shared by threads: the
sync client's) and, in :mod:`.http1_async`, ``Http1Client`` on asyncio (the worker's event loop).  ``_Origin``
(the server, the headers of every request) is what they all share; so is the deadline of a whole attempt
(``total_timeout``, from the connect to the answer's last byte) besides the per-phase timeouts, so a server
trickling bytes cannot stretch a call; bytes that arrive after an answer, unasked, end the connection (they could
be read as the next request's answer).

A request is sent again on a new connection only when the kept-alive one was found closed before anything was
written on it.  Once written, a request is never sent twice here, even if no byte of an answer came back: the
server may have acted on it (a poll hands out tasks, an update applies a result and may hand out the next task),
so the caller decides.

What it does not do -- callers use httpx instead (see :func:`.proxies.usable_for`): proxies, user info in the URL,
HTTP/2, redirects, cookies.

Failures raise :class:`~.http1_exchange.HttpFailure`.  Timeouts: ``connect`` covers TCP and TLS set-up; ``read``
is the longest silence while waiting for the answer; ``write`` each wait while sending (``read`` when not given);
``total`` the whole attempt.
"""

from __future__ import annotations

import select
import socket
import threading
import time

from .config import DEFAULT_MAX_RESPONSE_BYTES
from .http1_exchange import HttpFailure, Response, _Exchange
from .urls import split_authority

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from collections.abc import Callable, Mapping

    from .timeouts import Timeout

__all__ = [
    "BlockingHttp1Client",
    "BlockingPool",
    "PoolClosed",
    "MAX_IDLE",
]

#: Idle connections kept for reuse (more are closed when they come back).
MAX_IDLE = 64


class PoolClosed(RuntimeError):
    """A request on a ``BlockingPool`` that was closed (nothing was sent)."""


class _Origin:
    """What both clients share: one origin (``http://host:port`` or ``https://...``), headers sent with every
    request (a request's own headers of the same name win), the bounds on answers, and how a request's parts are
    handed to h11."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        from .request import check_header

        scheme, _, rest = base_url.partition("://")
        scheme = scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        authority = rest.split("/", 1)[0]
        if "@" in authority:
            raise ValueError("user info in the URL is not supported")
        host, port = split_authority(authority, 443 if scheme == "https" else 80)
        if scheme == "https" and ssl_context is None:
            raise ValueError("https needs an ssl_context")
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be a positive int, not {max_response_bytes!r}")
        self.origin = f"{scheme}://{authority}"
        self.max_response_bytes = max_response_bytes
        self._host = host
        self._port = port
        self._ssl = ssl_context if scheme == "https" else None
        self._closed = False
        default_port = 443 if scheme == "https" else 80
        host_header = authority if port != default_port else (f"[{host}]" if ":" in host else host)
        check_header("Host", host_header)
        self._headers: dict[str, tuple[bytes, bytes]] = {"host": (b"Host", host_header.encode("ascii"))}
        for name, value in (headers or {}).items():
            check_header(name, value)
            self._headers[name.lower()] = (name.encode("ascii"), value.encode("ascii"))

    def _target(self, url: str) -> bytes:
        if self._closed:
            raise RuntimeError("the HTTP client is closed")
        target = url[len(self.origin) :] if url.startswith(self.origin) else url
        if not target.startswith("/"):
            raise ValueError(f"{url!r} is not on {self.origin}")
        return target.encode("ascii")

    def _header_list(
        self, method: str, headers: Mapping[str, str] | None, content: bytes | None
    ) -> list[tuple[bytes, bytes]]:
        """Every header of a request as bytes (h11 validates them when it writes the request)."""
        merged = self._headers
        if headers:
            from .request import header_problem

            merged = dict(merged)
            for name, value in headers.items():
                problem = header_problem(name, value)
                if problem is not None:  # before connecting: nothing of this request is ever written
                    raise HttpFailure(f"the request can not be sent: {problem}", "protocol", sent=False)
                merged[name.lower()] = (name.encode("ascii"), value.encode("ascii"))
        listed = list(merged.values())
        if content is not None or method in ("POST", "PUT", "PATCH"):
            listed.append((b"Content-Length", b"%d" % (len(content) if content is not None else 0)))
        return listed


#: A deadline ending a wait after this share of the phase's own limit or more is reported as the phase's timeout.
_NEARLY = 0.9


class _Wait:
    """One blocking wait of an attempt: the phase's own ``limit``, cut to what is left before the ``deadline``;
    ``timed_out()`` names the one that ran out (the phase's, when both end together)."""

    __slots__ = ("phase", "limit", "seconds", "by_deadline")

    def __init__(self, phase: str, limit: float | None, deadline: float | None, *, sent: bool = True) -> None:
        self.phase = phase
        self.limit = limit
        self.seconds = limit
        self.by_deadline = False
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HttpFailure("the attempt ran out of time", "timeout", phase="total", sent=sent)
            if limit is None or left < limit:
                self.seconds = left
                # Named after the deadline only when it cut this wait short by much: when both end together
                # (Timeout(3) and a server silent for 3 s) the phase's own limit says more.
                self.by_deadline = limit is None or left < limit * _NEARLY

    def timed_out(self, *, sent: bool = True) -> HttpFailure:
        if self.by_deadline:
            return HttpFailure("the attempt ran out of time", "timeout", phase="total", sent=sent)
        what = {"connect": "no connection", "write": "could not send", "read": "no answer"}[self.phase]
        return HttpFailure(f"{what} within {self.limit:g} s", "timeout", phase=self.phase, sent=sent)


def total_limit(
    total: float | None, connect: float | None, read: float | None, write: float | None = None
) -> float | None:
    """The deadline of an attempt when none is given: the sum of its phases' limits (None if one has none)."""
    if total is not None:
        return total
    if connect is None or read is None:
        return None
    return connect + read + (write or 0.0)


class BlockingHttp1Client(_Origin):
    """The same requests over one kept-alive blocking socket, used by one thread at a time (``BlockingPool``
    lends them to the sync client's and the sync worker's threads).

    The rules are those of ``Http1Client``: a request found unsendable because the server had closed the
    kept-alive connection goes out on a new one; a request once written is never sent again here; a request cut
    short by any exception (a timeout, or a ``KeyboardInterrupt`` while waiting) ends its connection, whose
    answer may still come.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(base_url, headers=headers, ssl_context=ssl_context, max_response_bytes=max_response_bytes)
        self._sock: socket.socket | None = None
        self._idle_check: Callable[[], bool] = _never
        self._exchange_state = _Exchange(max_response_bytes)

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        content: bytes | None,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        write_timeout: float | None = None,
        total_timeout: float | None = None,
    ) -> Response:
        """Send one request and wait for its answer; ``url`` is absolute (on this origin) or a path.
        ``write_timeout`` limits each wait while sending (``read_timeout`` when not given); ``total_timeout`` the
        whole attempt (the sum of the others when not given)."""
        target = self._target(url)
        header_list = self._header_list(method, headers, content)
        total = total_limit(total_timeout, connect_timeout, read_timeout, write_timeout)
        deadline = None if total is None else time.monotonic() + total
        sock = self._sock
        if sock is not None and self._idle_check():
            # Closed by the server while idle (or out of step): nothing was written on it, use a new one.
            self._drop()
            sock = None
        if sock is None:
            self._exchange_state = _Exchange(self.max_response_bytes)
        try:
            data = self._exchange_state.start(method.encode("ascii"), target, header_list, content)
        except HttpFailure:
            self._drop()  # nothing was written, but h11's side of this connection is spent
            raise
        if sock is None:
            sock = self._sock = self._connect(connect_timeout, deadline)
            self._idle_check = _peer_spoke_check(sock)
        try:
            response = self._exchange(sock, data, read_timeout, write_timeout, deadline)
        except BaseException:
            # Whatever was written may have been acted on: the caller decides, never sent again here.  And the
            # answer may still arrive on this socket, where it would be read as the answer to the next request.
            self._drop()
            raise
        if not self._exchange_state.reusable():
            self._drop()
        return response

    @property
    def connected(self) -> bool:
        """Whether a kept-alive connection is open (after a failure or a ``Connection: close`` it is not)."""
        return self._sock is not None

    def close(self) -> None:
        self._closed = True
        self._drop()

    # -- internals -----------------------------------------------------------------------------------
    def _drop(self) -> None:
        sock, self._sock = self._sock, None
        self._idle_check = _never
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def _connect(self, timeout: float | None, deadline: float | None) -> socket.socket:
        wait = _Wait("connect", timeout, deadline, sent=False)
        try:
            sock = socket.create_connection((self._host, self._port), timeout=wait.seconds)
        except TimeoutError:
            raise wait.timed_out(sent=False) from None
        except OSError as exc:
            raise HttpFailure(str(exc) or type(exc).__name__, "connect", sent=False) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as asyncio does: no Nagle delay
            if self._ssl is not None:
                wait = _Wait("connect", timeout, deadline, sent=False)
                sock.settimeout(wait.seconds)
                sock = self._ssl.wrap_socket(sock, server_hostname=self._host)  # the handshake, within timeout
        except TimeoutError:
            sock.close()
            raise wait.timed_out(sent=False) from None
        except OSError as exc:
            sock.close()
            raise HttpFailure(str(exc) or type(exc).__name__, "connect", sent=False) from exc
        except HttpFailure as exc:  # the deadline passed during the TCP connect
            sock.close()
            exc.sent = False
            raise
        return sock

    def _exchange(
        self,
        sock: socket.socket,
        data: bytes,
        read_timeout: float | None,
        write_timeout: float | None,
        deadline: float | None,
    ) -> Response:
        exchange = self._exchange_state
        if write_timeout is None:
            write_timeout = read_timeout
        wait = _Wait("write", write_timeout, deadline)
        sock.settimeout(wait.seconds)
        try:
            sock.sendall(data)  # its timeout bounds the whole send (Python >= 3.5)
        except TimeoutError:
            raise wait.timed_out() from None
        except OSError as exc:  # part of the request may have gone out: it counts as sent
            raise HttpFailure(f"sending the request failed: {exc}", "write") from exc
        while True:
            wait = _Wait("read", read_timeout, deadline)
            sock.settimeout(wait.seconds)
            try:
                data = sock.recv(65536)
            except TimeoutError:
                raise wait.timed_out() from None
            except OSError as exc:
                return exchange.end_of_stream(exc)  # raises: the answer was cut
            if not data:
                return exchange.end_of_stream(None)  # the answer read until the close, or raises
            response = exchange.feed(data)
            if response is not None:
                return response


class BlockingPool:
    """Blocking requests to one origin from any number of threads, over kept-alive connections they share: a
    request takes an idle connection (the most recently used) or opens one, and gives it back once its answer is
    read.  The rules of ``BlockingHttp1Client`` apply to each connection.  No limit on connections open at once:
    each thread holds at most one, for one request.
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
        self._base_url = base_url
        self._headers = dict(headers or {})
        self._ssl = ssl_context
        self._max_idle = max_idle
        self._max_response_bytes = max_response_bytes
        # Checks the URL, the headers and the TLS settings now, not at the first request.
        self._idle: list[BlockingHttp1Client] = [self._new_connection()]
        self._lock = threading.Lock()
        self._closed = False

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        content: bytes | None,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        write_timeout: float | None = None,
        total_timeout: float | None = None,
    ) -> Response:
        """Send one request and wait for its answer; ``url`` is absolute (on this origin) or a path."""
        with self._lock:
            if self._closed:
                raise PoolClosed("the HTTP client is closed")
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = self._new_connection()
        try:
            return connection.request(
                method,
                url,
                headers,
                content,
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                total_timeout=total_timeout,
            )
        finally:
            with self._lock:
                keep = not self._closed and connection.connected and len(self._idle) < self._max_idle
                if keep:
                    self._idle.append(connection)
            if not keep:
                connection.close()

    def send(
        self, method: str, url: str, headers: Mapping[str, str] | None, content: bytes | None, timeout: Timeout
    ) -> Response:
        """:meth:`request` with the limits of a :class:`~.timeouts.Timeout` (what a request flow asks to send)."""
        return self.request(
            method,
            url,
            headers,
            content,
            connect_timeout=timeout.connect,
            read_timeout=timeout.read,
            write_timeout=timeout.write,
            total_timeout=timeout.total,
        )

    @property
    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the idle connections; requests in flight finish on theirs, which are then closed."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def _new_connection(self) -> BlockingHttp1Client:
        return BlockingHttp1Client(
            self._base_url, headers=self._headers, ssl_context=self._ssl, max_response_bytes=self._max_response_bytes
        )


def _never() -> bool:
    return False


def _peer_spoke_check(sock: socket.socket) -> Callable[[], bool]:
    """A check, made once per connection, of whether the idle connection has something to read: the server's close
    (or bytes nobody asked for)."""
    if hasattr(select, "poll"):  # poll, unlike select, watches descriptors above 1023 too
        poller = select.poll()
        poller.register(sock, select.POLLIN)

        def polled() -> bool:
            try:
                return bool(poller.poll(0))
            except OSError:  # do not trust a connection that can not be watched
                return True

        return polled

    def selected() -> bool:
        try:
            return bool(select.select([sock], [], [], 0)[0])
        except (OSError, ValueError):  # closed, or a descriptor select can not watch
            return True

    return selected
