"""One HTTP/1.1 exchange, without I/O: a request's bytes out, an answer in, held to the bounds every answer of the
runtime's own clients is held to, and :class:`HttpFailure` for one that got no acceptable answer.

The HTTP/1.1 itself -- writing requests, parsing answers, framing, keep-alive -- is h11's (the sans-I/O state
machine httpx is built on, strict where RFC 9112 is strict).  A module of its own because three senders share it:
the blocking clients (:mod:`.http1`) and the asyncio one (:mod:`.http1_async`) feed ``_Exchange`` the bytes of
their sockets, and :mod:`.httpx_send` applies the same checks to answers httpx read.

Bounds, on every answer: at most ``max_response_bytes`` of body (a larger ``Content-Length`` fails before its
body is read); no compressed answer unless the request asked for one with an ``Accept-Encoding`` header (gzip and
deflate are then decoded, within the same cap; an answer compressed without being asked for is an error, since
nothing here can read it); no control characters in header values; not both ``Transfer-Encoding`` and
``Content-Length``.  (The deadline of a whole attempt and the per-phase timeouts are the senders'.)

Failures raise :class:`HttpFailure`, whose ``kind`` (``connect``, ``read``, ``write``, ``protocol``,
``too_large``, ``timeout``) and ``phase`` the runtime's ``transport_errors.transport_error`` turns into the same
``TransportError`` / ``RequestTimeoutError`` as httpx failures.
"""

from __future__ import annotations

import re

import h11

__all__ = [
    "HttpFailure",
    "Response",
    "check_encoding",
    "check_header_values",
    "decode_content",
    "too_large",
]

#: Longest status line + header block accepted (h11's limit on an incomplete event).
MAX_HEAD = 64 * 1024

#: Encodings decoded when the request asked for them (zlib's wbits: 47 reads a gzip or zlib header, 15 zlib).
_DECODABLE = {b"gzip": 47, b"x-gzip": 47, b"deflate": 15}
_IDENTITY = (b"", b"identity")
#: Control characters h11 lets through in a received header value (it refuses only NUL, CR and LF); RFC 9110 5.5
#: lets a recipient refuse them, and a value carrying them is a server (or a middlebox) not to be trusted.
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


class HttpFailure(Exception):
    """A request that got no (complete, acceptable) HTTP answer.

    ``kind``: ``connect``, ``read``, ``write``, ``protocol``, ``too_large`` or ``timeout``; ``phase``: for
    timeouts, ``connect``, ``read``, ``write`` or ``total``; ``sent``: whether the server may have received the
    request.
    """

    def __init__(self, message: str, kind: str, *, phase: str | None = None, sent: bool = True) -> None:
        super().__init__(message)
        self.kind = kind
        self.phase = phase
        self.sent = sent


class Response:
    """An answer: ``status_code``, ``reason_phrase``, ``headers`` (lower-case names) and ``content``."""

    __slots__ = ("status_code", "reason_phrase", "headers", "content")

    def __init__(self, status_code: int, reason_phrase: str, headers: dict[str, str], content: bytes) -> None:
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.headers = headers
        self.content = content


def check_header_values(headers: list[tuple[bytes, bytes]]) -> None:
    """Refuse an answer whose header values hold control characters (for answers h11 parsed within httpx)."""
    for name, value in headers:
        if _CONTROL.search(value):
            raise HttpFailure(f"the answer's header {name[:60]!r} holds a control character", "protocol")


def too_large(size: int, limit: int) -> HttpFailure:
    return HttpFailure(f"the answer's body ({size} bytes or more) exceeds max_response_bytes ({limit})", "too_large")


def decode_content(content: bytes, encoding: str, limit: int) -> bytes:
    """A body sent with ``Content-Encoding: gzip`` or ``deflate`` decoded, at most ``limit`` bytes of it."""
    import zlib

    wbits = _DECODABLE.get(encoding.strip().lower().encode("latin-1"))
    if wbits is None:
        raise HttpFailure(f"the answer's content encoding {encoding[:40]!r} is not supported", "protocol")
    decoder = zlib.decompressobj(wbits)
    try:
        decoded = decoder.decompress(content, limit + 1)
    except zlib.error as exc:
        raise HttpFailure(f"could not decode the {encoding} body: {exc}", "protocol") from None
    if len(decoded) > limit:
        raise too_large(len(decoded), limit)
    return decoded


def check_encoding(encoding: str, asked: bool) -> None:
    """Refuse a compressed answer the request did not ask for (and one the runtime could not decode)."""
    value = encoding.strip().lower().encode("latin-1", "replace")
    if value in _IDENTITY:
        return
    if not asked:
        raise HttpFailure(
            f"the answer is {encoding[:40]!r}-encoded although no Accept-Encoding was sent "
            "(send one in headers= to accept gzip or deflate)",
            "protocol",
        )
    if value not in _DECODABLE:
        raise HttpFailure(f"the answer's content encoding {encoding[:40]!r} is not supported", "protocol")


class _Exchange:
    """The HTTP/1.1 state of one connection (an h11 client connection) and the answer being read: bytes in,
    an answer out, no I/O (the blocking and the asyncio connections both feed it)."""

    __slots__ = ("_conn", "_limit", "_asked", "_status", "_reason", "_headers", "_body", "_size", "received")

    def __init__(self, max_response_bytes: int) -> None:
        self._conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
        self._limit = max_response_bytes
        self._asked = False
        self._status = 0
        self._reason = ""
        self._headers: dict[str, str] = {}
        self._body: list[bytes] = []
        self._size = 0
        self.received = False  # any byte of the current answer

    def start(self, method: bytes, target: bytes, headers: list[tuple[bytes, bytes]], content: bytes | None) -> bytes:
        """The bytes of the request (h11 writes them); raises ``HttpFailure`` (not sent) if it is not valid."""
        conn = self._conn
        if conn.our_state is h11.DONE and conn.their_state is h11.DONE:
            conn.start_next_cycle()
        self._asked = any(name.lower() == b"accept-encoding" for name, _ in headers)
        self._body = []
        self._size = 0
        self.received = False
        try:
            data = conn.send(h11.Request(method=method, target=target, headers=headers))
            if content:
                data += conn.send(h11.Data(data=content))
            data += conn.send(h11.EndOfMessage())
        except (h11.LocalProtocolError, ValueError) as exc:
            # Never the value in the message: it may be a token.
            raise HttpFailure(_invalid_request(headers, exc), "protocol", sent=False) from None
        return data

    def reusable(self) -> bool:
        """Whether the answer ended cleanly, the server keeps the connection open and sent nothing more."""
        conn = self._conn
        return conn.our_state is h11.DONE and conn.their_state is h11.DONE and not conn.trailing_data[0]

    def feed(self, data: bytes) -> Response | None:
        """Take bytes; the answer once it is complete, else None.  Raises ``HttpFailure`` on a malformed one."""
        self.received = True
        conn = self._conn
        if conn.their_state is h11.DONE:
            conn.receive_data(data)  # unasked bytes after the answer: kept, so that reusable() says no
            return None
        conn.receive_data(data)
        return self._events()

    def end_of_stream(self, exc: Exception | None) -> Response:
        """The server closed the connection: the answer, if it was one read until the close; else raises."""
        conn = self._conn
        if conn.their_state is h11.DONE:  # pragma: no cover - callers stop feeding after the answer
            raise HttpFailure("the connection was closed after the answer", "read")
        if exc is None:
            conn.receive_data(b"")
            try:
                response = self._events()
            except HttpFailure as failure:
                if failure.kind != "protocol":
                    raise  # too large: that is the answer's fault, not the close's
            else:
                if response is not None:
                    return response
        detail = f": {exc}" if exc is not None else ""
        if not self.received:
            raise HttpFailure(f"the server closed the connection without answering{detail}", "read")
        raise HttpFailure(f"the connection was closed in the middle of the answer{detail}", "read")

    def _events(self) -> Response | None:
        conn = self._conn
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as exc:
                raise HttpFailure(f"the answer is not valid HTTP/1.1: {exc}", "protocol") from None
            except Exception as exc:  # h11 lets a few slip by (e.g. int() limits): malformed all the same
                raise HttpFailure(f"the answer is not valid HTTP/1.1 ({type(exc).__name__})", "protocol") from None
            kind = type(event)
            if kind is h11.Data:
                data = event.data  # type: ignore[union-attr]
                self._size += len(data)
                if self._size > self._limit:
                    raise too_large(self._size, self._limit)
                self._body.append(data)
            elif kind is h11.Response:
                self._begin(event)  # type: ignore[arg-type]
            elif kind is h11.EndOfMessage:
                return self._finish()
            elif kind is h11.InformationalResponse:  # 100 Continue, 103 Early Hints: the real answer follows
                continue
            elif event is h11.NEED_DATA or event is h11.PAUSED:
                return None
            elif kind is h11.ConnectionClosed:
                raise HttpFailure("the server closed the connection", "protocol")

    def _begin(self, response: h11.Response) -> None:
        headers: dict[str, str] = {}
        length: bytes | None = None
        chunked = False
        for raw_name, value in response.headers:
            if _CONTROL.search(value):
                raise HttpFailure(f"the answer's header {raw_name[:60]!r} holds a control character", "protocol")
            if raw_name == b"content-length":
                length = value
            elif raw_name == b"transfer-encoding":
                chunked = True
            name = raw_name.decode("latin-1")
            text = value.decode("latin-1")
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
        if chunked and length is not None:
            # RFC 9112 6.3: a message with both is a sign of request smuggling; h11 would let the former win.
            raise HttpFailure("the answer has both Transfer-Encoding and Content-Length", "protocol")
        if length is not None and int(length) > self._limit:  # h11 checked it: at most 20 digits
            raise too_large(int(length), self._limit)
        check_encoding(headers.get("content-encoding", ""), self._asked)
        self._status = response.status_code
        self._reason = response.reason.decode("latin-1")
        self._headers = headers

    def _finish(self) -> Response:
        body = self._body
        content = body[0] if len(body) == 1 else b"".join(body)
        self._body = []
        encoding = self._headers.get("content-encoding", "")
        if content and encoding.strip().lower() not in ("", "identity"):
            content = decode_content(content, encoding, self._limit)
        return Response(self._status, self._reason, self._headers, content)


def _invalid_request(headers: list[tuple[bytes, bytes]], exc: Exception) -> str:
    """Why h11 refused to write the request, naming the header at fault but never showing its value."""
    from .request import header_problem

    for name, value in headers:
        problem = header_problem(name.decode("latin-1"), value.decode("latin-1"))
        if problem is not None:
            return f"the request can not be sent: {problem}"
    return f"the request can not be sent: {type(exc).__name__}"
