"""The runtime's lean HTTP/1.1 client (``_runtime/http1``, ``http1_async``, ``http1_exchange``, ``proxies``) and the
worker's use of it (``worker/_transport``).

A raw TCP server on 127.0.0.1 answers with exactly the bytes a test gives (framing, closing, silence), so each
case is a real socket exchange; TLS uses a CA and server certificate made with the openssl command.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

Answer = Callable[[bytes], "bytes | None"]  # request bytes -> answer bytes (None: close without answering)


class RawServer:
    """Answers each request with ``answer(request)``; then closes the connection when ``close_after`` says so."""

    def __init__(self, answer: Answer, *, close_after: Callable[[int], bool] = lambda n: False,
                 tls: ssl.SSLContext | None = None) -> None:
        self.answer = answer
        self.close_after = close_after
        self.tls = tls
        self.requests: list[bytes] = []
        self.connections = 0
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

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
            if self.tls is not None:
                sock = self.tls.wrap_socket(sock, server_side=True)
            buffer = b""
            served = 0
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = sock.recv(65536)
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(buffer) < length:
                    buffer += sock.recv(65536)
                request, buffer = head + b"\r\n\r\n" + buffer[:length], buffer[length:]
                with self.lock:
                    self.requests.append(request)
                reply = self.answer(request)
                served += 1
                if reply is None:
                    return
                sock.sendall(reply)
                if self.close_after(served):
                    return
        except (OSError, ssl.SSLError):
            return
        finally:
            sock.close()

    def close(self) -> None:
        # Closing a listening socket does not wake a thread blocked in accept() on Linux; shutting it down does.
        # The accept thread must end here: a thread left running makes the next tests' process multi-threaded
        # (the generator then starts its workers by forkserver, and tests that expect fork fail).
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        self.thread.join(timeout=10)


@pytest.fixture
def servers() -> Iterator[list[RawServer]]:
    made: list[RawServer] = []
    yield made
    for server in made:
        server.close()


def serve(servers: list[RawServer], answer: Answer, **kwargs: Any) -> RawServer:
    server = RawServer(answer, **kwargs)
    servers.append(server)
    return server


def http1(wpkg: Any) -> Any:
    return importlib.import_module(f"{wpkg.name}._runtime.http1")


def http1_async(wpkg: Any) -> Any:
    return importlib.import_module(f"{wpkg.name}._runtime.http1_async")


def exchange(wpkg: Any) -> Any:
    """The sans-I/O exchange both clients share, and their ``HttpFailure``."""
    return importlib.import_module(f"{wpkg.name}._runtime.http1_exchange")


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 20))


class BlockingAsAsync:
    """``BlockingHttp1Client`` or ``BlockingPool`` behind the async client's interface (each request in a worker
    thread), so that one test checks every flavour on the same socket exchanges."""

    def __init__(self, client: Any) -> None:
        self.client = client

    async def request(self, *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(self.client.request, *args, **kwargs)

    def close(self) -> None:
        self.client.close()


@pytest.fixture(params=["asyncio", "blocking", "pool"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(wpkg: Any, kind: str, url: str, **kwargs: Any) -> Any:
    mod = http1(wpkg)
    if kind == "blocking":
        return BlockingAsAsync(mod.BlockingHttp1Client(url, **kwargs))
    if kind == "pool":
        return BlockingAsAsync(mod.BlockingPool(url, **kwargs))
    return http1_async(wpkg).Http1Client(url, **kwargs)


def length_answer(body: bytes, status: str = "200 OK", extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
            .encode() + body)


def chunked_answer(*chunks: bytes) -> bytes:
    out = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    for chunk in chunks:
        out += f"{len(chunk):x};ext=1\r\n".encode() + chunk + b"\r\n"
    return out + b"0\r\nX-Trailer: yes\r\n\r\n"


# -- framing --------------------------------------------------------------------------------------------
def test_content_length_chunked_and_empty_answers_over_one_connection(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    answers = iter([
        length_answer(b'{"a":1}'),
        chunked_answer(b'[{"taskId":', b'"t1"}', b"]"),
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\n" + length_answer(b"ok", extra="Connection: keep-alive\r\n"),
    ])
    server = serve(servers, lambda request: next(answers))
    client = make_client(wpkg, client_kind, server.url, headers={"User-Agent": "t"})

    async def go() -> list[Any]:
        got = []
        for method, path, body in (("GET", "/a", None), ("GET", "/b?x=1", None), ("POST", "/c", b"{}"),
                                   ("GET", "/d", None)):
            got.append(await client.request(method, server.url + path, {"Accept": "application/json"}, body,
                                            connect_timeout=5, read_timeout=5))
        client.close()
        return got

    first, second, third, fourth = run(go())
    assert (first.status_code, first.content, first.headers["content-type"]) == (200, b'{"a":1}', "application/json")
    assert json.loads(second.content) == [{"taskId": "t1"}]
    assert (third.status_code, third.content) == (204, b"")
    assert (fourth.status_code, fourth.content) == (200, b"ok")
    assert server.connections == 1  # kept alive and reused for all four
    assert server.requests[0].startswith(b"GET /a HTTP/1.1\r\n") and b"\r\nHost: 127.0.0.1:" in server.requests[0]
    assert server.requests[1].startswith(b"GET /b?x=1 HTTP/1.1\r\n")
    assert server.requests[2].startswith(b"POST /c HTTP/1.1\r\n")
    assert server.requests[2].endswith(b"Content-Length: 2\r\n\r\n{}")


def test_body_read_until_close_and_large_chunked_body(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    big = b"x" * 300_000
    answers = iter([chunked_answer(big[:100_000], big[100_000:]), b"HTTP/1.1 200 OK\r\n\r\nuntil close"])
    server = serve(servers, lambda request: next(answers), close_after=lambda n: n == 2)
    client = make_client(wpkg, client_kind, server.url)

    async def go() -> tuple[Any, Any]:
        a = await client.request("GET", "/big", None, None, read_timeout=5)
        b = await client.request("GET", "/tail", None, None, read_timeout=5)
        return a, b

    a, b = run(go())
    assert a.content == big
    assert b.content == b"until close"


def test_connection_close_and_server_closing_idle_connections(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    # The server says "Connection: close" on every second answer, and silently drops every connection after its
    # third answer: each request still gets its answer, on a new connection when needed.
    count = {"n": 0}

    def answer(request: bytes) -> bytes:
        count["n"] += 1
        extra = "Connection: close\r\n" if count["n"] % 2 == 0 else ""
        return length_answer(str(count["n"]).encode(), extra=extra)

    server = serve(servers, answer, close_after=lambda n: n >= 3)
    client = make_client(wpkg, client_kind, server.url)

    async def go() -> list[bytes]:
        out = []
        for _ in range(8):
            out.append((await client.request("POST", "/api/tasks", None, b"{}", read_timeout=5)).content)
            await asyncio.sleep(0.05)  # let a silent close arrive while the connection is idle
        return out

    assert run(go()) == [str(i).encode() for i in range(1, 9)]
    assert len(server.requests) == 8  # nothing sent twice
    assert server.connections == 4


def test_a_request_the_server_read_is_never_sent_twice(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    # The server reads the second request on a kept-alive connection and closes without a byte of answer. It may
    # have acted on it (a poll hands out tasks): the client reports the failure instead of sending it again.
    seen = {"n": 0}

    def answer(request: bytes) -> bytes | None:
        seen["n"] += 1
        return None if seen["n"] == 2 else length_answer(b"fine")

    server = serve(servers, answer)
    client = make_client(wpkg, client_kind, server.url)

    async def go() -> tuple[bytes, Any, bytes]:
        first = (await client.request("GET", "/x", None, None, read_timeout=5)).content
        try:
            await client.request("GET", "/x", None, None, read_timeout=5)
        except exchange(wpkg).HttpFailure as exc:
            failure: Any = exc
        else:
            failure = None
        third = (await client.request("GET", "/x", None, None, read_timeout=5)).content
        return first, failure, third

    first, failure, third = run(go())
    assert first == b"fine" and third == b"fine"
    assert failure is not None and failure.kind == "read" and failure.sent
    assert len(server.requests) == 3  # the second one once only
    assert server.connections == 2


def test_blocking_client_reuses_its_connection_in_a_process_with_many_open_files(
    wpkg: Any, servers: list[RawServer]
) -> None:
    """A service may hold over a thousand descriptors: the idle-connection check must still see its socket (select()
    can not watch a descriptor above 1023, poll() can), or every request would open a new connection."""
    import os
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 1200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(1200, hard), hard))
    filler = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        server = serve(servers, lambda request: length_answer(b"ok"))
        client = http1(wpkg).BlockingHttp1Client(server.url)
        for _ in range(3):
            assert client.request("GET", "/x", None, None, read_timeout=5).content == b"ok"
        assert client._sock.fileno() > 1023
        client.close()
        assert server.connections == 1
    finally:
        for fd in filler:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_pool_shared_by_threads_gives_each_its_own_answer_and_reuses_connections(
    wpkg: Any, servers: list[RawServer]
) -> None:
    """The sync client's pool: 8 threads × 25 requests at once; each answer belongs to its request, a connection
    serves one request at a time, connections come back and are reused, and close() ends them all."""
    def echo(request: bytes) -> bytes:
        path = request.split(b" ", 2)[1]
        return length_answer(json.dumps({"path": path.decode()}).encode())

    server = serve(servers, echo)
    pool = http1(wpkg).BlockingPool(server.url, max_idle=8)
    mismatches: list[tuple[str, bytes]] = []

    def thread(n: int) -> None:
        for i in range(25):
            path = f"/t{n}/r{i}"
            answer = pool.request("GET", path, None, None, connect_timeout=5, read_timeout=5)
            if json.loads(answer.content) != {"path": path}:
                mismatches.append((path, answer.content))

    threads = [threading.Thread(target=thread, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not mismatches
    assert len(server.requests) == 200
    assert 1 <= server.connections <= 8  # at most one per thread at a time, reused afterwards
    pool.close()
    assert pool.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        pool.request("GET", "/after", None, None)


@pytest.mark.parametrize("kind", ["blocking", "pool"])
def test_a_request_interrupted_while_waiting_never_leaves_its_answer_to_the_next(
    wpkg: Any, servers: list[RawServer], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KeyboardInterrupt while the answer is awaited: that connection is not used again, so the late answer to
    /first can never be read as the answer to /second."""
    def echo(request: bytes) -> bytes:
        return length_answer(request.split(b" ", 2)[1])

    server = serve(servers, echo)
    mod = http1(wpkg)
    client = mod.BlockingHttp1Client(server.url) if kind == "blocking" else mod.BlockingPool(server.url)
    feed = exchange(wpkg)._Exchange.feed

    def interrupted(self: Any, data: bytes) -> Any:
        monkeypatch.setattr(exchange(wpkg)._Exchange, "feed", feed)  # once
        raise KeyboardInterrupt

    monkeypatch.setattr(exchange(wpkg)._Exchange, "feed", interrupted)
    with pytest.raises(KeyboardInterrupt):
        client.request("GET", "/first", None, None, connect_timeout=5, read_timeout=5)
    second = client.request("GET", "/second", None, None, connect_timeout=5, read_timeout=5)
    client.close()
    assert second.content == b"/second"
    assert server.connections == 2


def test_failures_raise_http_failure_with_kind(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    mod = exchange(wpkg)
    free = socket.create_server(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    silent = serve(servers, lambda request: b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")  # never ends
    garbage = serve(servers, lambda request: b"SMTP ready\r\n\r\n")

    async def failure(url: str) -> Any:
        with pytest.raises(mod.HttpFailure) as info:
            await make_client(wpkg, client_kind, url).request("GET", "/x", None, None, connect_timeout=2,
                                                              read_timeout=0.3)
        return info.value

    refused = run(failure(f"http://127.0.0.1:{port}"))
    assert (refused.kind, refused.sent) == ("connect", False)
    timeout = run(failure(silent.url))
    assert (timeout.kind, timeout.phase) == ("timeout", "read")
    assert run(failure(garbage.url)).kind == "protocol"


@pytest.mark.parametrize("kind", ["blocking", "pool"])
def test_blocking_clients_limit_sending_by_the_write_timeout(wpkg: Any, kind: str) -> None:
    """A server that never reads: sending 64 MB stalls, and the write timeout (not the much longer read one) ends
    the wait, as a write timeout of a request that may have been partly sent."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    mod = http1(wpkg)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    client = mod.BlockingHttp1Client(url) if kind == "blocking" else mod.BlockingPool(url)
    started = time.monotonic()
    try:
        with pytest.raises(exchange(wpkg).HttpFailure) as info:
            client.request("POST", "/big", None, b"x" * (64 << 20), connect_timeout=5, read_timeout=30,
                           write_timeout=0.3)
    finally:
        client.close()
        listener.close()
        for sock in accepted:
            sock.close()
    assert time.monotonic() - started < 10
    assert (info.value.kind, info.value.phase, info.value.sent) == ("timeout", "write", True)


def test_header_injection_is_refused_before_connecting(wpkg: Any, servers: list[RawServer], client_kind: str) -> None:
    server = serve(servers, lambda request: length_answer(b"ok"))
    client = make_client(wpkg, client_kind, server.url)
    mod = exchange(wpkg)
    for name, value in (("X-A", "1\r\nX-B: 2"), ("X A", "1"), ("X:A", "1"), ("X-A", "a\x00b"), ("X-A", "caf\u00e9")):
        with pytest.raises(mod.HttpFailure) as info:
            run(client.request("GET", "/x", {name: value}, None, connect_timeout=5, read_timeout=5))
        assert (info.value.kind, info.value.sent) == ("protocol", False)
        assert value not in str(info.value)  # a value may be a token: never shown
    assert run(client.request("GET", "/x", None, None, connect_timeout=5, read_timeout=5)).content == b"ok"
    assert server.connections == 1 and len(server.requests) == 1  # the refused ones never opened a connection


def test_proxies_from_the_environment_send_requests_through_httpx(wpkg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    usable_for = importlib.import_module(f"{wpkg.name}._runtime.proxies").usable_for
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert usable_for("http://conductor:8080", None, True)
    assert not usable_for("http://conductor:8080", "http://proxy:3128", True)
    assert not usable_for("http://user:pw@conductor:8080", None, True)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy:3128")
    assert usable_for("http://conductor:8080", None, True)  # only https goes through that proxy
    assert not usable_for("https://conductor", None, True)
    assert usable_for("https://conductor", None, False)  # trust_env off: the environment does not count
    monkeypatch.setenv("NO_PROXY", "localhost,.internal")
    assert usable_for("https://conductor.internal", None, True)
    assert not usable_for("https://conductor.example", None, True)


# -- TLS --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA and a certificate for 127.0.0.1 signed by it (openssl command)."""
    d = tmp_path_factory.mktemp("pki")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    # A CA as Python 3.13 verifies it by default (VERIFY_X509_STRICT): a critical CA basic constraint and a key usage
    # that allows signing certificates.
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=127.0.0.1")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                               "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return {"ca": d / "ca.pem", "cert": d / "server.pem", "key": d / "server.key"}


def _tls_server(servers: list[RawServer], pki: dict[str, Path]) -> RawServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["cert"], pki["key"])
    return serve(servers, lambda request: length_answer(b"[]"), tls=context)


def test_worker_calls_over_tls_with_a_custom_ca_and_verification_on_by_default(
    wpkg: Any, servers: list[RawServer], pki: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    server = _tls_server(servers, pki)
    core_mod = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    wire = importlib.import_module(f"{wpkg.name}.worker._wire")
    errors = wpkg.errors

    async def poll(**options: Any) -> Any:
        api = wire.TaskApi(core_mod.AsyncClientCore(server.url, retry=False, **options))
        assert api.caller.lean
        try:
            return await api.batch_poll("t", worker_id="w", domain=None, count=1, timeout_ms=0, request_timeout=5)
        finally:
            await api.aclose()

    assert run(poll(verify=str(pki["ca"]))) == []
    with pytest.raises(errors.TransportError) as info:  # default: verified against the usual CAs, which fails
        run(poll())
    assert info.value.kind == "connect" and "certificate" in str(info.value).lower()
    assert run(poll(verify=False)) == []
    monkeypatch.setenv("SSL_CERT_FILE", str(pki["ca"]))  # as httpx: the environment's CA bundle
    assert run(poll()) == []
    assert len(server.requests) == 3


def test_blocking_client_over_tls_verifies_with_the_given_ca(
    wpkg: Any, servers: list[RawServer], pki: dict[str, Path]
) -> None:
    server = _tls_server(servers, pki)
    mod = http1(wpkg)
    tls = importlib.import_module(f"{wpkg.name}._runtime.tls")
    trusted = mod.BlockingHttp1Client(server.url, ssl_context=tls.ssl_context(str(pki["ca"]), False))
    assert trusted.request("GET", "/x", None, None, connect_timeout=5, read_timeout=5).status_code == 200
    trusted.close()
    default = mod.BlockingHttp1Client(server.url, ssl_context=tls.ssl_context(True, False))
    with pytest.raises(exchange(wpkg).HttpFailure) as info:
        default.request("GET", "/x", None, None, connect_timeout=5, read_timeout=5)
    assert (info.value.kind, info.value.sent) == ("connect", False)
    assert "certificate" in str(info.value).lower()


# -- auth -------------------------------------------------------------------------------------------------
def test_token_is_sent_and_refreshed_once_after_a_401(wpkg: Any, servers: list[RawServer]) -> None:
    tokens = iter(["token-1", "token-2"])
    state = {"refused": False}

    def answer(request: bytes) -> bytes:
        if request.startswith(b"POST /api/token "):
            return length_answer(json.dumps({"token": next(tokens)}).encode())
        if b"X-Authorization: token-1" in request and not state["refused"]:
            state["refused"] = True
            return length_answer(b'{"message":"token expired"}', status="401 Unauthorized")
        return length_answer(b"", status="200 OK")

    server = serve(servers, answer)
    core_mod = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    wire = importlib.import_module(f"{wpkg.name}.worker._wire")

    async def go() -> None:
        api = wire.TaskApi(core_mod.AsyncClientCore(server.url, retry=False, auth_key="k", auth_secret="s"))
        assert api.caller.lean
        api.update_v2 = False
        await api.update({"taskId": "t", "status": "COMPLETED"}, request_timeout=5)
        await api.update({"taskId": "t", "status": "COMPLETED"}, request_timeout=5)
        await api.aclose()

    run(go())
    lines = [r.split(b"\r\n", 1)[0] for r in server.requests]
    assert lines == [b"POST /api/token HTTP/1.1", b"POST /api/tasks HTTP/1.1", b"POST /api/token HTTP/1.1",
                     b"POST /api/tasks HTTP/1.1", b"POST /api/tasks HTTP/1.1"]
    assert b"X-Authorization: token-2" in server.requests[3] and b"X-Authorization: token-2" in server.requests[4]
    assert json.loads(server.requests[0].split(b"\r\n\r\n", 1)[1]) == {"keyId": "k", "keySecret": "s"}


def test_update_v2_falls_back_to_the_classic_update_on_servers_without_it(
    wpkg: Any, servers: list[RawServer]
) -> None:
    def answer(request: bytes) -> bytes:
        if request.startswith(b"POST /api/tasks/update-v2 "):
            return length_answer(b'{"message":"Request method POST not supported"}', status="405 Method Not Allowed")
        return length_answer(b"t")

    server = serve(servers, answer)
    core_mod = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    wire = importlib.import_module(f"{wpkg.name}.worker._wire")

    async def go() -> list[Any]:
        api = wire.TaskApi(core_mod.AsyncClientCore(server.url, retry=False))
        got = [await api.update_and_next({"taskId": "t"}, request_timeout=5) for _ in range(2)]
        await api.aclose()
        return got

    assert run(go()) == [None, None]
    lines = [r.split(b"\r\n", 1)[0] for r in server.requests]
    assert lines == [b"POST /api/tasks/update-v2 HTTP/1.1", b"POST /api/tasks HTTP/1.1", b"POST /api/tasks HTTP/1.1"]


def test_a_worker_thread_sends_with_the_shared_token_and_leaves_token_work_to_the_loop(
    wpkg: Any, servers: list[RawServer]
) -> None:
    tokens = iter(["token-1", "token-2"])
    state = {"refuse": False}

    def answer(request: bytes) -> bytes:
        if request.startswith(b"POST /api/token "):
            return length_answer(json.dumps({"token": next(tokens)}).encode())
        if state["refuse"] and b"X-Authorization: token-1" in request:
            return length_answer(b'{"message":"token expired"}', status="401 Unauthorized")
        return length_answer(json.dumps({"taskId": "next-1", "inputData": {}}).encode())

    server = serve(servers, answer)
    core_mod = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    wire = importlib.import_module(f"{wpkg.name}.worker._wire")
    transport = importlib.import_module(f"{wpkg.name}.worker._transport")
    body = b'{"taskId":"t1","status":"COMPLETED"}'

    async def go() -> None:
        api = wire.TaskApi(core_mod.AsyncClientCore(server.url, retry=False, auth_key="k", auth_secret="s"))
        thread_caller = transport.ThreadCaller.for_caller(api.caller)
        assert thread_caller is not None

        def from_a_thread() -> Any:  # as a worker's thread calls it, while the loop runs
            return asyncio.to_thread(api.update_and_next_blocking, thread_caller, body, request_timeout=5)

        with pytest.raises(transport.HandOver):  # the server has not shown update-v2 works yet
            await from_a_thread()
        api.update_v2 = True
        with pytest.raises(transport.HandOver):  # no token yet: fetching one is the loop's job
            await from_a_thread()
        assert server.requests == []

        await api.update({"taskId": "t0", "status": "COMPLETED"}, request_timeout=5)  # the loop fetches the token
        assert await from_a_thread() == {"taskId": "next-1", "inputData": {}}
        assert server.requests[-1].startswith(b"POST /api/tasks/update-v2 HTTP/1.1")
        assert b"X-Authorization: token-1" in server.requests[-1]

        state["refuse"] = True  # a 401: the result was not taken; the loop refreshes the token and sends it
        with pytest.raises(transport.HandOver):
            await from_a_thread()
        thread_caller.close()
        await api.aclose()

    run(go())
    lines = [r.split(b"\r\n", 1)[0] for r in server.requests]
    assert lines == [b"POST /api/token HTTP/1.1", b"POST /api/tasks HTTP/1.1", b"POST /api/tasks/update-v2 HTTP/1.1",
                     b"POST /api/tasks/update-v2 HTTP/1.1"]


def test_worker_process_does_not_import_httpx(wpkg: Any, fake_server: Any) -> None:
    code = (
        "import sys, asyncio\n"
        f"from {wpkg.name}.worker import WorkerRunner, worker\n"
        "@worker('t')\n"
        "def t() -> int:\n    return 1\n"
        f"r = WorkerRunner([t], server_url={fake_server.url!r}, handle_signals=False, env={{}})\n"
        "async def main():\n"
        "    task = asyncio.ensure_future(r.run_async())\n"
        "    while r.first_poll_at is None: await asyncio.sleep(0.01)\n"
        "    await asyncio.sleep(0.2)\n"
        "    r.stop(); await task\n"
        "asyncio.run(main())\n"
        "print(sorted(m for m in ('httpx', 'httpcore', 'anyio') if m in sys.modules))\n"
    )
    from worker_support import subprocess_env

    out = subprocess.run([__import__("sys").executable, "-c", code], env=subprocess_env(wpkg), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert len(fake_server.polls) >= 1
