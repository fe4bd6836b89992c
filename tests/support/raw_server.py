"""A raw-socket HTTP server for the hardening tests: a thread accepts connections and writes exactly the bytes a test
gives (malformed framing, trickles, endless bodies), recording every connection and request.

Each connection serves one request: the request head (and a ``Content-Length`` body) is read and recorded, then
``script(request, sock)`` writes whatever it likes and the connection is closed.  ``connections`` counts accepted
connections (a request refused before connecting leaves it at 0); ``sent`` counts the bytes the scripts wrote.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Script = Callable[[bytes, socket.socket], None]


class RawServer:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[bytes] = []
        self.connections = 0
        self.sent = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def send(self, sock: socket.socket, data: bytes) -> None:
        sock.sendall(data)
        with self.lock:
            self.sent += len(data)

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            sock.settimeout(30)
            buffer = b""
            while b"\r\n\r\n" not in buffer:
                data = sock.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, body = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(body) < length:
                data = sock.recv(65536)
                if not data:
                    break
                body += data
            with self.lock:
                self.requests.append(head + b"\r\n\r\n" + body)
            self.script(head, sock)
        except OSError:
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def close(self) -> None:
        self.stopping.set()
        # Closing a listening socket does not wake a thread blocked in accept() on Linux; shutting it down does.
        # The accept thread must end here: a thread left running makes the next tests' process multi-threaded
        # (the generator then starts its workers by forkserver, and tests that expect fork fail).
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        self.thread.join(timeout=10)


@contextmanager
def raw_server(script: Script) -> Iterator[RawServer]:
    server = RawServer(script)
    try:
        yield server
    finally:
        server.close()


# --- answers that break HTTP/1.1 ----------------------------------------------------------------------------------

OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
WORKFLOW = b'{"workflowId":"wf-1"}'

# name -> the whole answer: each breaks HTTP/1.1 framing or header syntax in a way a lax parser would accept.
MALFORMED = {
    "two different Content-Lengths": OK_HEAD + b"Content-Length: 21\r\nContent-Length: 5\r\n\r\n" + WORKFLOW,
    "Content-Length list that disagrees": OK_HEAD + b"Content-Length: 21, 5\r\n\r\n" + WORKFLOW,
    "Transfer-Encoding: notchunked": OK_HEAD + b"Transfer-Encoding: notchunked\r\n\r\n15\r\n" + WORKFLOW + b"\r\n0\r\n\r\n",
    "Transfer-Encoding: chunked, identity": OK_HEAD + b"Transfer-Encoding: chunked, identity\r\n\r\n15\r\n"
    + WORKFLOW + b"\r\n0\r\n\r\n",
    "Transfer-Encoding: identity with a length": OK_HEAD + b"Transfer-Encoding: identity\r\nContent-Length: 21\r\n\r\n"
    + WORKFLOW,
    "chunked and a Content-Length": OK_HEAD + b"Transfer-Encoding: chunked\r\nContent-Length: 21\r\n\r\n15\r\n"
    + WORKFLOW + b"\r\n0\r\n\r\n",
    "chunk size 0x15": OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n0x15\r\n" + WORKFLOW + b"\r\n0\r\n\r\n",
    "chunk size +15": OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n+15\r\n" + WORKFLOW + b"\r\n0\r\n\r\n",
    "chunk size 1_5": OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n1_5\r\n" + WORKFLOW + b"\r\n0\r\n\r\n",
    "chunk size -0": OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n15\r\n" + WORKFLOW + b"\r\n-0\r\n\r\n",
    "Content-Length padded with NBSP": OK_HEAD + b"Content-Length: \xa021\r\n\r\n" + WORKFLOW,
    "Content-Length superscript two": OK_HEAD + "Content-Length: \u00b2\r\n\r\n".encode() + WORKFLOW,
    "Content-Length of 5,000 digits": OK_HEAD + b"Content-Length: " + b"9" * 5000 + b"\r\n\r\n" + WORKFLOW,
    "header name with a space": OK_HEAD + b"Bad Name: x\r\nContent-Length: 21\r\n\r\n" + WORKFLOW,
    "header name with a colon before it": OK_HEAD + b":x: y\r\nContent-Length: 21\r\n\r\n" + WORKFLOW,
    "control character in a value": OK_HEAD + b"X-A: a\x01b\r\nContent-Length: 21\r\n\r\n" + WORKFLOW,
    "not a status line": b"SMTP ready\r\n\r\n",
    "body shorter than its length": OK_HEAD + b"Content-Length: 99\r\n\r\n" + WORKFLOW,
}


# --- scripts ------------------------------------------------------------------------------------------------------


def answer(data: bytes) -> Script:
    """Write ``data`` and close."""

    def script(request: bytes, sock: socket.socket) -> None:
        sock.sendall(data)
        time.sleep(0.05)  # let the client read it before the close

    return script


def trickle(data: bytes, every: float, server_stop: threading.Event | None = None) -> Script:
    """Write ``data`` one byte every ``every`` seconds (a server stretching the call)."""

    def script(request: bytes, sock: socket.socket) -> None:
        for i in range(len(data)):
            if server_stop is not None and server_stop.is_set():
                return
            sock.sendall(data[i : i + 1])
            time.sleep(every)

    return script


def endless(head: bytes, chunk: bytes, total: int, owner: list[RawServer]) -> Script:
    """Write ``head`` then ``chunk`` over and over until ``total`` bytes of body went out or the client leaves."""

    def script(request: bytes, sock: socket.socket) -> None:
        server = owner[0]
        server.send(sock, head)
        left = total
        while left > 0:
            piece = chunk if len(chunk) <= left else chunk[:left]
            server.send(sock, piece)
            left -= len(piece)

    return script
