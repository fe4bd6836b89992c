"""Sending through httpx with the bounds of the runtime's own client (:mod:`.http1`).

httpx is used when the settings need it (a proxy, a custom transport, httpx ``limits``, user info in the URL) and
always by ``AsyncClientCore``.  Left to itself it reads any answer whole into memory, asks for and decodes
compressed answers (``Accept-Encoding: gzip, deflate``: a 1 MB answer can become 1 GiB) and bounds only each wait,
so a server trickling a byte now and then keeps a call alive for ever.  Here, as in :mod:`.http1`:

* the body is streamed raw and given up once it passes ``max_response_bytes`` (a larger ``Content-Length`` fails
  before any of it is read);
* ``Accept-Encoding`` is only sent when the caller puts one in ``headers=``; then gzip and deflate answers are
  decoded within the same cap, and an answer compressed without being asked for is an error;
* an attempt ends at its ``Timeout.total``: in a blocking call every wait on the connection is cut to what is left
  of it, for the connections of the transports the client builds itself (a custom ``transport=`` bounds only the
  body, checked as each piece arrives); on the event loop the attempt is cancelled a tenth after it, so that a
  wait whose own limit ends with the deadline is reported as that phase's timeout.

Failures of these bounds raise ``http1_exchange.HttpFailure``, which the cores turn into the same
``TransportError`` / ``RequestTimeoutError`` as every other failure.
"""

from __future__ import annotations

import threading
import time

from .http1_exchange import HttpFailure, Response, check_encoding, check_header_values, decode_content, too_large

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    import httpx

    from .timeouts import Timeout

__all__ = ["prepare_client", "send", "asend"]

# The deadline of the attempt the current thread is making through httpx (read by the wrapped connections).
_attempt = threading.local()


def prepare_client(client: httpx.Client | httpx.AsyncClient, asked_encoding: bool) -> None:
    """Take httpx's own ``Accept-Encoding`` off a client's default headers (unless the settings gave one), and, for
    a blocking client, bound every wait on the connections of the transports it built to the attempt's deadline
    (httpcore's network backend, wrapped: private attributes, so a version without them is left as it is)."""
    if not asked_encoding:
        client.headers.pop("Accept-Encoding", None)
    import httpx

    if not isinstance(client, httpx.Client):
        return
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _DeadlineBackend) and hasattr(backend, "connect_tcp"):
            pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]


def send(
    client: httpx.Client,
    method: str,
    url: str,
    headers: dict[str, str],
    content: bytes | None,
    timeout: Timeout,
    httpx_timeout: httpx.Timeout,
    max_bytes: int,
) -> Response:
    """One blocking attempt through ``client`` within the bounds (see the module docstring)."""
    deadline = None if timeout.total is None else time.monotonic() + timeout.total
    request = client.build_request(method, url, headers=headers, content=content, timeout=httpx_timeout)
    previous = getattr(_attempt, "deadline", None)
    _attempt.deadline = deadline
    _attempt.cut = False
    try:
        response = client.send(request, stream=True)
        try:
            return _collect(response, request, response.iter_raw(), deadline, max_bytes)
        finally:
            response.close()
    except Exception as exc:
        if getattr(_attempt, "cut", False) and _is_timeout(exc):
            raise HttpFailure("the attempt ran out of time", "timeout", phase="total") from exc
        raise
    finally:
        _attempt.deadline = previous


async def asend(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    content: bytes | None,
    timeout: Timeout,
    httpx_timeout: httpx.Timeout,
    max_bytes: int,
) -> Response:
    """One attempt on the event loop (asyncio or trio) through ``client``, cancelled at its deadline."""
    import anyio

    request = client.build_request(method, url, headers=headers, content=content, timeout=httpx_timeout)
    total = timeout.total
    try:
        with anyio.fail_after(None if total is None else total * 1.1):
            response = await client.send(request, stream=True)
            try:
                loaded = _loaded(response, max_bytes)
                if loaded is not None:
                    return loaded
                chunks = []
                size = 0
                _check_head(response, request, max_bytes)
                async for chunk in response.aiter_raw():
                    size += len(chunk)
                    if size > max_bytes:
                        raise too_large(size, max_bytes)
                    chunks.append(chunk)
            finally:
                await response.aclose()
    except TimeoutError:
        raise HttpFailure("the attempt ran out of time", "timeout", phase="total") from None
    return _response(response, request, b"".join(chunks), max_bytes)


def _collect(
    response: httpx.Response, request: httpx.Request, raw: Iterator[bytes], deadline: float | None, max_bytes: int
) -> Response:
    loaded = _loaded(response, max_bytes)
    if loaded is not None:
        return loaded
    _check_head(response, request, max_bytes)
    chunks = []
    size = 0
    for chunk in raw:
        size += len(chunk)
        if size > max_bytes:
            raise too_large(size, max_bytes)
        chunks.append(chunk)
        if deadline is not None and time.monotonic() >= deadline:
            raise HttpFailure("the attempt ran out of time", "timeout", phase="total")
    return _response(response, request, b"".join(chunks), max_bytes)


def _loaded(response: httpx.Response, max_bytes: int) -> Response | None:
    """The answer as it is when a transport handed it over already read (``httpx.MockTransport``, a custom
    transport's own responses): httpx has decoded it then; only its size is left to check."""
    import httpx

    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if len(content) > max_bytes:
        raise too_large(len(content), max_bytes)
    return Response(response.status_code, response.reason_phrase, dict(response.headers.items()), content)


def _check_head(response: httpx.Response, request: httpx.Request, max_bytes: int) -> None:
    check_header_values(response.headers.raw)
    if "transfer-encoding" in response.headers and "content-length" in response.headers:
        raise HttpFailure("the answer has both Transfer-Encoding and Content-Length", "protocol")
    length = response.headers.get("content-length")
    if length is not None and length.isascii() and length.isdigit() and int(length) > max_bytes:
        raise too_large(int(length), max_bytes)
    check_encoding(response.headers.get("content-encoding", ""), "accept-encoding" in request.headers)


def _response(response: httpx.Response, request: httpx.Request, content: bytes, max_bytes: int) -> Response:
    headers = dict(response.headers.items())  # lower-case names, repeated ones joined with ", "
    encoding = headers.get("content-encoding", "")
    if content and encoding.strip().lower() not in ("", "identity"):
        content = decode_content(content, encoding, max_bytes)
    return Response(response.status_code, response.reason_phrase, headers, content)


def _is_timeout(exc: BaseException) -> bool:
    import httpx

    return isinstance(exc, httpx.TimeoutException)


def _cut(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of the current attempt (raises the httpcore timeout once none is)."""
    deadline: float | None = getattr(_attempt, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        _attempt.cut = True
        raise httpcore.ReadTimeout("the attempt ran out of time")
    if timeout is None or left < timeout:
        # Named after the deadline only when it cuts this wait short by much (as in http1).
        _attempt.cut = timeout is None or left < timeout * 0.9
        return left
    _attempt.cut = False
    return timeout


class _DeadlineStream:
    """A blocking httpcore network stream whose every wait ends at the attempt's deadline."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut(timeout))  # type: ignore[no-any-return]

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    """httpcore's blocking network backend, its streams wrapped in :class:`_DeadlineStream`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        return _DeadlineStream(self._backend.connect_tcp(host, port, _cut(timeout), **kwargs))

    def connect_unix_socket(self, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _cut(timeout), **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
