"""A fault-injecting TCP proxy on 127.0.0.1 for tests.

Put it in front of any HTTP/1.x server and point the client at ``proxy.url``.  It understands just enough
of HTTP to know where one request starts (the first client bytes after a response has begun, or the first
bytes of a connection), so faults can be applied per request even on kept-alive connections.

Faults, applied to the next requests in order (``schedule``) or at random with a fixed seed (``randomize``,
optionally only to requests whose first bytes -- the request line -- satisfy ``match``):

- ``DROP``: close the client connection without forwarding the request (the server never sees it).
- ``Reset(after=N)``: forward the request, pass the first ``N`` bytes of the response, then reset both sides
  with a TCP RST (the server processed the request; the client does not learn the answer).
- ``Delay(seconds, where="response")``: hold the response (or, with ``where="request"``, the request) for that
  long before passing it on.
- ``BLACKHOLE``: forward the request but never answer; the connection stays open until the proxy stops or
  ``kill_connections()`` is called (the client's read timeout fires).

Whole-proxy switches: ``set_down(True)`` makes the server unreachable: new connections are reset at once and a
new request on an open connection is dropped, while requests already passed on still get their answers;
``kill_connections()`` resets every open connection now, answers in flight included.  ``stats`` counts what
happened.

Note for Conductor: cutting the answer of a task poll (``Reset`` or ``kill_connections`` while a poll is
open) loses the tasks the server handed out in it; the server keeps them IN_PROGRESS until their response
timeout, and (3.32.3, SQLite) does not always time them out at all.  Use ``match`` to keep such faults away
from polls when the test needs its workflows to finish.

Everything runs in daemon threads and stops with ``stop()`` (or the context manager).  The proxy only ever
listens on and connects to loopback addresses.
"""

from __future__ import annotations

import random
import select
import socket
import struct
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass
from typing import Callable, Deque, Iterable, Union

__all__ = ["FaultProxy", "DROP", "BLACKHOLE", "PASS", "Reset", "Delay", "Fault"]


@dataclass(frozen=True)
class _Named:
    name: str

    def __repr__(self) -> str:
        return self.name


DROP = _Named("DROP")
BLACKHOLE = _Named("BLACKHOLE")
PASS = _Named("PASS")


@dataclass(frozen=True)
class Reset:
    """Pass ``after`` response bytes, then reset the connection."""

    after: int = 0


@dataclass(frozen=True)
class Delay:
    seconds: float
    where: str = "response"  # or "request"


Fault = Union[_Named, Reset, Delay]

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _rst_close(sock: socket.socket) -> None:
    """Close with an RST instead of a FIN (SO_LINGER with a zero timeout)."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class _Conn:
    def __init__(self, proxy: "FaultProxy", client: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream: socket.socket | None = None
        self.closed = threading.Event()

    def kill(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        _rst_close(self.client)
        if self.upstream is not None:
            _rst_close(self.upstream)

    def run(self) -> None:
        proxy = self.proxy
        try:
            if proxy._down:
                proxy._count("refused")
                self.kill()
                return
            try:
                self.upstream = socket.create_connection(proxy.upstream, timeout=5)
                self.upstream.settimeout(None)
            except OSError:
                proxy._count("upstream_unreachable")
                self.kill()
                return
            self._pump()
        except OSError:
            pass
        finally:
            if not self.closed.is_set():
                self.closed.set()
                for s in (self.client, self.upstream):
                    if s is not None:
                        try:
                            s.close()
                        except OSError:
                            pass
            proxy._forget(self)

    def _pump(self) -> None:
        proxy = self.proxy
        assert self.upstream is not None
        client, upstream = self.client, self.upstream
        in_request = False  # True while client bytes of the current request are flowing
        fault: Fault = PASS
        reset_budget: int | None = None
        response_delayed = False
        while not self.closed.is_set() and not proxy._stopping.is_set():
            try:
                readable, _, _ = select.select([client, upstream], [], [], 0.2)
            except (OSError, ValueError):
                return
            if client in readable:
                data = client.recv(65536)
                if not data:
                    return
                if not in_request:
                    # First bytes of a new request: decide its fault.
                    in_request = True
                    fault = proxy._next_fault(data[:200])
                    proxy._count("requests")
                    reset_budget = None
                    response_delayed = False
                    if fault is DROP:
                        proxy._count("dropped")
                        self.kill()
                        return
                    if isinstance(fault, Delay) and fault.where == "request":
                        proxy._count("delayed")
                        if proxy._stopping.wait(fault.seconds):
                            return
                    if isinstance(fault, Reset):
                        reset_budget = fault.after
                    if fault is BLACKHOLE:
                        proxy._count("blackholed")
                upstream.sendall(data)
            if upstream in readable:
                data = upstream.recv(65536)
                if not data:
                    return
                in_request = False
                if fault is BLACKHOLE:
                    continue  # swallow the answer
                if isinstance(fault, Delay) and fault.where == "response" and not response_delayed:
                    response_delayed = True
                    proxy._count("delayed")
                    if proxy._stopping.wait(fault.seconds):
                        return
                if reset_budget is not None:
                    if len(data) >= reset_budget:
                        if reset_budget:
                            client.sendall(data[:reset_budget])
                        proxy._count("reset")
                        self.kill()
                        return
                    reset_budget -= len(data)
                client.sendall(data)
                proxy._count("bytes_down", len(data))


class FaultProxy:
    """A TCP proxy from ``127.0.0.1:<port>`` to ``upstream`` that injects faults on request."""

    def __init__(self, upstream_host: str, upstream_port: int, *, listen_port: int = 0) -> None:
        if upstream_host not in _LOOPBACK and not upstream_host.startswith("127."):
            raise ValueError("the fault proxy only forwards to loopback addresses")
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", listen_port))
        self._listener.listen(128)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._schedule: Deque[Fault] = deque()
        self._rng = random.Random(0)
        self._random: list[tuple[Callable[[bytes], bool] | None, list[tuple[float, Fault]]]] = []
        self._down = False
        self._conns: set[_Conn] = set()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.stats: Counter[str] = Counter()

    @classmethod
    def for_url(cls, url: str, *, listen_port: int = 0) -> "FaultProxy":
        """A proxy for an ``http://host:port`` base URL (path ignored)."""
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.hostname is None or parts.port is None:
            raise ValueError(f"need host and port in {url!r}")
        return cls(parts.hostname, parts.port, listen_port=listen_port)

    # -- lifecycle ---------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FaultProxy":
        if self._thread is None:
            self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        try:
            self._listener.close()
        except OSError:
            pass
        self.kill_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- controls ----------------------------------------------------------------------------------
    def schedule(self, *faults: Fault) -> None:
        """Apply these faults to the next requests, one each, in order (after any already scheduled)."""
        with self._lock:
            self._schedule.extend(faults)

    def randomize(
        self,
        faults: Iterable[tuple[float, Fault]],
        *,
        seed: int = 0,
        match: Callable[[bytes], bool] | None = None,
        extend: bool = False,
    ) -> None:
        """From now on, each request without a scheduled fault gets fault F with probability p.

        ``faults`` is a list of ``(p, F)``; the probabilities add up to at most 1.  ``match`` limits the rule to
        requests whose first bytes (``b"GET /api/tasks/poll..."``) it accepts.  ``extend=True`` adds the rule
        after the existing ones (the first rule that matches a request decides); otherwise it replaces them.
        Pass ``[]`` to stop.
        """
        items = list(faults)
        if sum(p for p, _ in items) > 1.0 + 1e-9:
            raise ValueError("probabilities add up to more than 1")
        with self._lock:
            if not extend:
                self._random = []
                self._rng = random.Random(seed)
            if items:
                self._random.append((match, items))

    def clear(self) -> None:
        """No more faults (scheduled or random); the proxy is up."""
        with self._lock:
            self._schedule.clear()
            self._random = []
            self._down = False

    def set_down(self, down: bool = True) -> None:
        """While down, new connections are reset at once and new requests on open connections are dropped."""
        self._down = down

    def kill_connections(self) -> None:
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            c.kill()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    # -- internals ---------------------------------------------------------------------------------
    def _count(self, key: str, n: int = 1) -> None:
        with self._lock:
            self.stats[key] += n

    def _next_fault(self, head: bytes) -> Fault:
        with self._lock:
            if self._down:
                return DROP
            if self._schedule:
                return self._schedule.popleft()
            for match, faults in self._random:
                if match is not None and not match(head):
                    continue
                x = self._rng.random()
                for p, fault in faults:
                    if x < p:
                        return fault
                    x -= p
                break
            return PASS

    def _forget(self, conn: _Conn) -> None:
        with self._lock:
            self._conns.discard(conn)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                readable, _, _ = select.select([self._listener], [], [], 0.2)
                if not readable:
                    continue
                client, _ = self._listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Conn(self, client)
            with self._lock:
                self._conns.add(conn)
                self.stats["connections"] += 1
            threading.Thread(target=conn.run, name="fault-proxy-conn", daemon=True).start()


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    """Poll ``predicate`` until it is true or ``timeout`` passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return bool(predicate())
        time.sleep(interval)
