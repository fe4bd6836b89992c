"""The runtime's own small HTTP/1.1 client: kept-alive connections to one server, without httpx.

Why it exists: httpx is the general-purpose client, but its cost shows where a request is all there is to do.
A worker spends almost all of its own CPU on two requests per task (poll, update), and through httpx each costs
layers of httpcore pool bookkeeping, anyio stream wrappers and h11 event objects; a short-lived script spends a
third of its time to first answer importing httpx, httpcore and h11 (about 55 ms here).  So the worker and the
sync client send over this client whenever it behaves exactly as httpx would (no proxy: see ``usable_for``), and
over httpx otherwise.

Three flavours, one way of writing requests and parsing answers (``_Origin``, the sans-I/O ``_ResponseReader``):
``BlockingHttp1Client`` (one blocking socket, for one thread), ``BlockingPool`` (blocking, shared by threads:
the sync client's) and, in :mod:`.http1_async`, ``Http1Client`` on asyncio (the worker's event loop).

What it does: ``Content-Length`` and chunked answers (and read-until-close), 1xx answers skipped, 204/304/HEAD
without a body, gzip/deflate bodies decoded (it does not ask for them), connections reused until the server
says ``Connection: close`` or closes them, TLS through an ``ssl.SSLContext``.  A request is sent again on a new
connection only when the kept-alive one was found closed before anything was written on it.  Once written, a
request is never sent twice here, even if no byte of an answer came back: the server may have acted on it (a
poll hands out tasks, an update applies a result and may hand out the next task), so the caller decides.

What it does not do -- callers use httpx instead (see ``usable_for``): proxies, user info in the URL, HTTP/2,
redirects, cookies.

Failures raise :class:`HttpFailure`, whose ``kind`` (``connect``, ``read``, ``write``, ``protocol``,
``timeout``) and ``phase`` the runtime's ``decode.transport_error`` turns into the same ``TransportError`` /
``RequestTimeoutError`` as httpx failures.  Timeouts: ``connect`` covers TCP and TLS set-up; ``read`` is the
longest silence while waiting for the answer; the blocking clients take a ``write`` timeout for each wait while
sending (``read`` when not given), and the asyncio client reports ``read`` running out before the request was
sent as a ``write`` timeout.
"""

from __future__ import annotations

import os
import select
import socket
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from collections.abc import Callable, Mapping

    from .config import Timeout

__all__ = ["BlockingHttp1Client", "BlockingPool", "HttpFailure", "PoolClosed", "Response", "usable_for"]

#: Idle connections kept for reuse (more are closed when they come back).
MAX_IDLE = 64
#: Longest status line + header block accepted.
MAX_HEAD = 64 * 1024

_HEAD_END = b"\r\n\r\n"
_NO_BODY_STATUSES = frozenset({204, 304})
_HEAD, _LENGTH, _CHUNKED, _UNTIL_CLOSE, _DONE = range(5)


class HttpFailure(Exception):
    """A request that got no (complete) HTTP answer.

    ``kind``: ``connect``, ``read``, ``write``, ``protocol`` or ``timeout``; ``phase``: for timeouts,
    ``connect``, ``read`` or ``write``; ``sent``: whether the server may have received the request.
    """

    def __init__(self, message: str, kind: str, *, phase: str | None = None, sent: bool = True) -> None:
        super().__init__(message)
        self.kind = kind
        self.phase = phase
        self.sent = sent


class PoolClosed(RuntimeError):
    """A request on a ``BlockingPool`` that was closed (nothing was sent)."""


class Response:
    """An answer: ``status_code``, ``reason_phrase``, ``headers`` (lower-case names) and ``content``."""

    __slots__ = ("status_code", "reason_phrase", "headers", "content")

    def __init__(self, status_code: int, reason_phrase: str, headers: dict[str, str], content: bytes) -> None:
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.headers = headers
        self.content = content


class _ResponseReader:
    """Parses one answer at a time from the bytes of a connection (no I/O: both connection kinds feed it)."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.state = _DONE
        self.keep_alive = True
        self.received = False  # any byte of the current answer
        self._head_only = False
        self._status = 0
        self._reason = ""
        self._headers: dict[str, str] = {}
        self._remaining = 0
        self._chunks: list[bytes] = []

    def start(self, head_only: bool) -> None:
        self._head_only = head_only
        self.state = _HEAD
        self.received = False
        self.keep_alive = True

    def reusable(self) -> bool:
        return self.keep_alive and self.state == _DONE and not self.buffer

    def feed(self, data: bytes) -> Response | None:
        """Take bytes; the answer once it is complete, else None.  Raises ``HttpFailure`` on a malformed one."""
        self.received = True
        self.buffer += data
        buffer = self.buffer
        while True:
            state = self.state
            if state == _HEAD:
                end = buffer.find(_HEAD_END)
                if end < 0:
                    if len(buffer) > MAX_HEAD:
                        raise HttpFailure("the answer's header block is too long", "protocol")
                    return None
                head = bytes(buffer[:end])
                del buffer[: end + 4]
                response = self._read_head(head)
                if response is not None:
                    return response
            elif state == _LENGTH:
                if len(buffer) < self._remaining:
                    return None
                content = bytes(buffer[: self._remaining])
                del buffer[: self._remaining]
                return self._finish(content)
            elif state == _CHUNKED:
                content_or_none = self._read_chunks()
                return None if content_or_none is None else self._finish(content_or_none)
            else:  # _UNTIL_CLOSE (ends in end_of_stream) or _DONE (extra bytes: reusable() says no)
                return None

    def end_of_stream(self, exc: Exception | None) -> Response:
        """The server closed the connection: the answer, if it was one read until the close; else raises."""
        self.keep_alive = False
        if self.state == _UNTIL_CLOSE and exc is None:
            content = bytes(self.buffer)
            self.buffer.clear()
            return self._finish(content)
        detail = f": {exc}" if exc is not None else ""
        if not self.received:
            raise HttpFailure(f"the server closed the connection without answering{detail}", "read")
        raise HttpFailure(f"the connection was closed in the middle of the answer{detail}", "read")

    def _finish(self, content: bytes) -> Response:
        self.state = _DONE
        headers = self._headers
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate") and content:
            import zlib

            try:
                content = zlib.decompress(content, 47 if encoding != "deflate" else 15)  # 47: gzip or zlib header
            except zlib.error as exc:
                raise HttpFailure(f"could not decode the {encoding} body: {exc}", "protocol") from None
        elif encoding not in ("identity", ""):
            raise HttpFailure(f"unsupported content encoding {encoding!r}", "protocol")
        return Response(self._status, self._reason, headers, content)

    def _read_head(self, head: bytes) -> Response | None:
        """Reads a status line and headers; the answer itself when it has no body."""
        try:
            text = head.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
            raise HttpFailure("undecodable header block", "protocol") from None
        lines = text.split("\r\n")
        version, _, rest = lines[0].partition(" ")
        code, _, reason = rest.partition(" ")
        if not version.startswith("HTTP/1.") or len(code) != 3 or not code.isdigit():
            raise HttpFailure(f"not an HTTP/1.x status line: {lines[0][:100]!r}", "protocol")
        status = int(code)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon or not name or name != name.strip():
                raise HttpFailure(f"malformed header line: {line[:100]!r}", "protocol")
            key = name.lower()
            value = value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        if 100 <= status < 200:  # an interim answer (100 Continue, 103 Early Hints): the real one follows
            return None
        self._status = status
        self._reason = reason
        self._headers = headers
        connection = headers.get("connection", "").lower()
        if version == "HTTP/1.0":
            self.keep_alive = "keep-alive" in connection
        else:
            self.keep_alive = "close" not in connection
        if self._head_only or status in _NO_BODY_STATUSES:
            return self._finish(b"")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            self.state = _CHUNKED
            self._chunks = []
            self._remaining = -1  # -1: expecting a size line
            return None
        length = headers.get("content-length")
        if length is not None:
            first = length.split(",")[0].strip()  # duplicates must agree; the first is as good as any
            if not first.isdigit():
                raise HttpFailure(f"bad Content-Length {length!r}", "protocol")
            self.state = _LENGTH
            self._remaining = int(first)
            return None
        self.state = _UNTIL_CLOSE
        self.keep_alive = False
        return None

    def _read_chunks(self) -> bytes | None:
        """Consume chunked data from the buffer; the whole body once it ended, else None."""
        buffer = self.buffer
        while True:
            if self._remaining == -1:  # a size line
                end = buffer.find(b"\r\n")
                if end < 0:
                    if len(buffer) > 4096:
                        raise HttpFailure("chunk size line too long", "protocol")
                    return None
                size_text = bytes(buffer[:end]).split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError:
                    raise HttpFailure(f"bad chunk size {size_text[:20]!r}", "protocol") from None
                if size < 0:
                    raise HttpFailure("negative chunk size", "protocol")
                del buffer[: end + 2]
                if size == 0:
                    self._remaining = -2  # trailers follow, up to an empty line
                else:
                    self._remaining = size
            elif self._remaining == -2:  # trailer lines (ignored) until the empty line
                end = buffer.find(b"\r\n")
                if end < 0:
                    if len(buffer) > MAX_HEAD:
                        raise HttpFailure("trailer block too long", "protocol")
                    return None
                del buffer[: end + 2]
                if end == 0:
                    content = b"".join(self._chunks)
                    self._chunks = []
                    return content
            else:  # chunk data and its CRLF
                if len(buffer) < self._remaining + 2:
                    return None
                if buffer[self._remaining : self._remaining + 2] != b"\r\n":
                    raise HttpFailure("chunk not followed by CRLF", "protocol")
                self._chunks.append(bytes(buffer[: self._remaining]))
                del buffer[: self._remaining + 2]
                self._remaining = -1


class _Origin:
    """What both clients share: one origin (``http://host:port`` or ``https://...``), headers sent with every
    request (a request's own headers of the same name win), and how a request is written."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        scheme, _, rest = base_url.partition("://")
        scheme = scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        authority = rest.split("/", 1)[0]
        if "@" in authority:
            raise ValueError("user info in the URL is not supported")
        host, port = _split_authority(authority, 443 if scheme == "https" else 80)
        if scheme == "https" and ssl_context is None:
            raise ValueError("https needs an ssl_context")
        self.origin = f"{scheme}://{authority}"
        self._host = host
        self._port = port
        self._ssl = ssl_context if scheme == "https" else None
        self._closed = False
        default_port = 443 if scheme == "https" else 80
        host_header = authority if port != default_port else (f"[{host}]" if ":" in host else host)
        self._headers: dict[str, tuple[str, str]] = {"host": ("Host", host_header)}
        for name, value in (headers or {}).items():
            _check_header(name, value)
            self._headers[name.lower()] = (name, value)

    def _target(self, url: str) -> str:
        if self._closed:
            raise RuntimeError("the HTTP client is closed")
        target = url[len(self.origin) :] if url.startswith(self.origin) else url
        if not target.startswith("/"):
            raise ValueError(f"{url!r} is not on {self.origin}")
        return target

    def _encode(self, method: str, target: str, headers: Mapping[str, str] | None, content: bytes | None) -> bytes:
        merged = self._headers
        if headers:
            merged = dict(merged)
            for name, value in headers.items():
                _check_header(name, value)
                merged[name.lower()] = (name, value)
        lines = [f"{method} {target} HTTP/1.1"]
        lines += [f"{name}: {value}" for name, value in merged.values()]
        if content is not None or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(content) if content is not None else 0}")
        lines.append("\r\n")
        head = "\r\n".join(lines).encode("latin-1")
        return head + content if content else head


class BlockingHttp1Client(_Origin):
    """The same requests over one kept-alive blocking socket, used by one thread at a time (``BlockingPool``
    lends them to the sync client's and the sync worker's threads).

    The rules are those of ``Http1Client``: a request found unsendable because the server had closed the
    kept-alive connection goes out on a new one; a request once written is never sent again here; a request cut
    short by any exception (a timeout, or a ``KeyboardInterrupt`` while waiting) ends its connection, whose
    answer may still come.  Timeouts: ``connect`` covers TCP and TLS set-up; ``write`` each wait while sending;
    ``read`` each wait for the answer.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(base_url, headers=headers, ssl_context=ssl_context)
        self._sock: socket.socket | None = None
        self._idle_check: Callable[[], bool] = _never
        self._reader = _ResponseReader()

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
    ) -> Response:
        """Send one request and wait for its answer; ``url`` is absolute (on this origin) or a path.
        ``write_timeout`` limits each wait while sending (``read_timeout`` when not given)."""
        data = self._encode(method, self._target(url), headers, content)
        sock = self._sock
        if sock is not None and self._idle_check():
            # Closed by the server while idle (or out of step): nothing was written on it, use a new one.
            self._drop()
            sock = None
        if sock is None:
            sock = self._sock = self._connect(connect_timeout)
            self._idle_check = _peer_spoke_check(sock)
            self._reader = _ResponseReader()
        try:
            response = self._exchange(sock, data, method == "HEAD", read_timeout, write_timeout)
        except BaseException:
            # Whatever was written may have been acted on: the caller decides, never sent again here.  And the
            # answer may still arrive on this socket, where it would be read as the answer to the next request.
            self._drop()
            raise
        if not self._reader.reusable():
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

    def _connect(self, timeout: float | None) -> socket.socket:
        try:
            sock = socket.create_connection((self._host, self._port), timeout=timeout)
        except TimeoutError:
            raise HttpFailure(f"no connection within {timeout:g} s", "timeout", phase="connect", sent=False) from None
        except OSError as exc:
            raise HttpFailure(str(exc) or type(exc).__name__, "connect", sent=False) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as asyncio does: no Nagle delay
            if self._ssl is not None:
                sock = self._ssl.wrap_socket(sock, server_hostname=self._host)  # the handshake, within timeout
        except TimeoutError:
            sock.close()
            raise HttpFailure(f"no connection within {timeout:g} s", "timeout", phase="connect", sent=False) from None
        except OSError as exc:
            sock.close()
            raise HttpFailure(str(exc) or type(exc).__name__, "connect", sent=False) from exc
        return sock

    def _exchange(
        self,
        sock: socket.socket,
        data: bytes,
        head_only: bool,
        read_timeout: float | None,
        write_timeout: float | None,
    ) -> Response:
        reader = self._reader
        reader.start(head_only)
        if write_timeout is None:
            write_timeout = read_timeout
        sock.settimeout(write_timeout)
        try:
            sock.sendall(data)
        except TimeoutError:
            raise HttpFailure(f"could not send within {write_timeout:g} s", "timeout", phase="write") from None
        except OSError as exc:  # part of the request may have gone out: it counts as sent
            raise HttpFailure(f"sending the request failed: {exc}", "write") from exc
        if write_timeout != read_timeout:
            sock.settimeout(read_timeout)
        while True:
            try:
                data = sock.recv(65536)
            except TimeoutError:
                raise HttpFailure(f"no answer within {read_timeout:g} s", "timeout", phase="read") from None
            except OSError as exc:
                return reader.end_of_stream(exc)  # raises: the answer was cut
            if not data:
                return reader.end_of_stream(None)  # the answer read until the close, or raises
            response = reader.feed(data)
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
    ) -> None:
        self._base_url = base_url
        self._headers = dict(headers or {})
        self._ssl = ssl_context
        self._max_idle = max_idle
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
        """:meth:`request` with the limits of a :class:`~.config.Timeout` (what a request flow asks to send)."""
        return self.request(
            method,
            url,
            headers,
            content,
            connect_timeout=timeout.connect,
            read_timeout=timeout.read,
            write_timeout=timeout.write,
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
        return BlockingHttp1Client(self._base_url, headers=self._headers, ssl_context=self._ssl)


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


def _check_header(name: str, value: str) -> None:
    """Refuse header text that would let a value start a new header or request (CR, LF, NUL)."""
    for text in (name, value):
        if "\r" in text or "\n" in text or "\0" in text:
            raise ValueError(f"header {name!r} holds a line break or NUL")


def _split_authority(authority: str, default_port: int) -> tuple[str, int]:
    if authority.startswith("["):  # an IPv6 literal
        host, _, rest = authority[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = authority.partition(":")
    if not host:
        raise ValueError(f"no host in {authority!r}")
    return host, int(port_text) if port_text else default_port


# --- when the lean client may stand in for httpx ---------------------------------------------------------------

_PROXY_VARIABLES = {
    "http": ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"),
    "https": ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"),
}


def usable_for(server_url: str, proxy: object, trust_env: bool) -> bool:
    """Whether requests to ``server_url`` go direct (no proxy given or from the environment, no user info),
    so that this client sends them exactly as httpx would."""
    scheme, _, rest = server_url.partition("://")
    authority = rest.split("/", 1)[0]
    if proxy is not None or "@" in authority or scheme not in ("http", "https"):
        return False
    if not trust_env:
        return True
    if not any(os.environ.get(name) for name in _PROXY_VARIABLES[scheme]):
        return True
    host = _split_authority(authority, 0)[0].lower()
    return _bypassed(host, os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or "")


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY sends ``host`` direct: ``*``, the host itself, or a domain suffix of it."""
    for entry in no_proxy.replace(" ", "").lower().split(","):
        entry = entry.split("://")[-1].strip("[]")
        if not entry:
            continue
        if entry == "*" or host == entry:
            return True
        domain = entry.lstrip(".")
        if domain and host.endswith("." + domain):
            return True
    return False
