"""The client against a hostile server (raw sockets writing exact bytes), over its three ways of sending: ``sync``
(the runtime's own HTTP/1.1 pool, h11 framing), ``sync-httpx`` and ``async`` (httpx, with the runtime's bounds).

Every malformed answer is a ``TransportError`` and the request went out once; an answer larger than
``max_response_bytes`` is refused while it streams and costs memory bounded by the cap (measured in a child
process); a trickling server is cut at the attempt's deadline; a compressed answer nobody asked for is refused; a
server URL or header that could bend a request is refused before any connection; credentials echoed by the server
never reach an exception.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from client_support import Harness
from support.raw_server import MALFORMED, OK_HEAD, WORKFLOW, RawServer, answer, endless, raw_server, trickle

def _client(flavor: str, pkg: Any, url: str, **kwargs: Any) -> Harness:
    kwargs.setdefault("retry", False)
    kwargs.setdefault("timeout", 5)
    return Harness(flavor, pkg, server_url=url, **kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("case", sorted(MALFORMED))
async def test_every_malformed_answer_is_a_transport_error_and_the_request_went_out_once(
    flavor: str, pkg: Any, ops: Any, case: str
) -> None:
    with raw_server(answer(MALFORMED[case])) as server:
        client = _client(flavor, pkg, server.url)
        try:
            with pytest.raises(pkg.errors.TransportError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert not isinstance(info.value, pkg.errors.RequestTimeoutError), info.value
    assert info.value.kind in ("protocol", "read"), (info.value.kind, str(info.value))
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_a_malformed_answer_to_an_unsafe_post_is_not_sent_again(flavor: str, pkg: Any, ops: Any) -> None:
    with raw_server(answer(MALFORMED["chunk size 0x15"])) as server:
        client = _client(flavor, pkg, server.url, retry=True)  # the default policy: retries where it may
        try:
            with pytest.raises(pkg.errors.TransportError):
                await client.call(ops.create, body=b"{}")
        finally:
            await client.close()
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_a_trickling_server_is_cut_at_the_attempts_deadline(flavor: str, pkg: Any, ops: Any) -> None:
    """timeout=3, retry=False, one byte a second: a typed timeout well within 10 s (each wait alone is short)."""
    data = OK_HEAD + b"Content-Length: 21\r\n\r\n" + WORKFLOW
    with raw_server(trickle(data, 1.0)) as server:
        client = _client(flavor, pkg, server.url, timeout=3)
        started = time.monotonic()
        try:
            with pytest.raises(pkg.errors.RequestTimeoutError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
        elapsed = time.monotonic() - started
    assert elapsed < 6, elapsed
    assert info.value.phase == "total" and "total timeout after 3 s" in str(info.value)
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_a_declared_length_over_the_cap_fails_before_the_body_is_read(flavor: str, pkg: Any, ops: Any) -> None:
    holder: list[RawServer] = []
    head = OK_HEAD + b"Content-Length: 1073741824\r\n\r\n"
    with raw_server(endless(head, b"x" * 65536, 1 << 30, holder)) as server:
        holder.append(server)
        client = _client(flavor, pkg, server.url)
        try:
            with pytest.raises(pkg.errors.TransportError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert info.value.kind == "too_large" and "max_response_bytes" in str(info.value)
    assert server.sent < 256 << 20  # the client left long before a GiB went out


@pytest.mark.anyio
async def test_a_streamed_answer_over_the_cap_is_given_up_while_it_streams(flavor: str, pkg: Any, ops: Any) -> None:
    holder: list[RawServer] = []
    chunk = b"10000\r\n" + b"x" * 65536 + b"\r\n"  # chunked, 64 KiB a chunk, never ending
    head = OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    with raw_server(endless(head, chunk, 1 << 30, holder)) as server:
        holder.append(server)
        client = _client(flavor, pkg, server.url, max_response_bytes=1 << 20)
        try:
            with pytest.raises(pkg.errors.TransportError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert info.value.kind == "too_large"
    assert server.sent < 64 << 20


CHILD = """
import asyncio, json, resource, sys
sys.path.insert(0, {parent!r})
import httpx
from {name}.client import AsyncConductorClient, ConductorClient
from {name}._runtime.operation import Operation, Returns
from {name}.errors import TransportError
op = Operation("thing.get", "GET", "/api/thing/a", Returns.bytes(), retry_safe=True)
flavor = {flavor!r}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    if flavor == "async":
        async def main():
            async with AsyncConductorClient({url!r}, retry=False, timeout=60) as client:
                await client.call(op)
        asyncio.run(main())
    else:
        extra = {{"limits": httpx.Limits()}} if flavor == "sync-httpx" else {{}}
        with ConductorClient({url!r}, retry=False, timeout=60, **extra) as client:
            client.call(op)
    outcome = "answered"
except TransportError as exc:
    outcome = exc.kind
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"outcome": outcome, "grew_mb": (after - before) / 1024}}))
"""


@pytest.mark.parametrize("flavor", ["sync", "sync-httpx", "async"])
def test_a_1_gib_answer_costs_memory_bounded_by_the_cap(flavor: str, pkg: Any, pkg_dir: Path) -> None:
    """A server streaming a GiB (read until close): the default cap (64 MiB) ends it, and the peak RSS of the
    process grows by a small multiple of the cap (it was 3 GB: the body copied twice)."""
    holder: list[RawServer] = []
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n"
    with raw_server(endless(head, b"x" * (1 << 20), 1 << 30, holder)) as server:
        holder.append(server)
        code = CHILD.format(parent=str(pkg_dir.parent), name=pkg.name, flavor=flavor, url=server.url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONDUCTOR_")}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["outcome"] == "too_large", result
    assert result["grew_mb"] < 3 * 64 + 32, result  # the cap's chunks, joined once at most: not GBs
    assert server.sent < 512 << 20


@pytest.mark.anyio
async def test_a_compressed_answer_not_asked_for_is_refused(flavor: str, pkg: Any, ops: Any) -> None:
    body = gzip.compress(WORKFLOW)
    data = OK_HEAD + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    with raw_server(answer(data)) as server:
        client = _client(flavor, pkg, server.url)
        try:
            with pytest.raises(pkg.errors.TransportError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert info.value.kind == "protocol" and "Accept-Encoding" in str(info.value)
    assert b"accept-encoding" not in server.requests[0].lower()  # and nothing asked for it


@pytest.mark.anyio
async def test_a_compressed_answer_asked_for_is_decoded_within_the_cap(flavor: str, pkg: Any, ops: Any) -> None:
    body = gzip.compress(WORKFLOW)
    data = OK_HEAD + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    with raw_server(answer(data)) as server:
        client = _client(flavor, pkg, server.url, headers={"Accept-Encoding": "gzip"})
        try:
            assert (await client.call(ops.get, path={"id": "a"})).workflow_id == "wf-1"
        finally:
            await client.close()
    assert b"accept-encoding: gzip" in server.requests[0].lower()
    bomb = zlib.compress(b"\0" * (64 << 20), 9)  # 64 MiB of zeros in about 64 KB
    data = OK_HEAD + b"Content-Encoding: deflate\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb
    with raw_server(answer(data)) as server:
        client = _client(flavor, pkg, server.url, headers={"Accept-Encoding": "deflate"}, max_response_bytes=1 << 20)
        try:
            with pytest.raises(pkg.errors.TransportError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert info.value.kind == "too_large"


BENT_URLS = ["/api\r\nX-Injected: 1", "/a b", "/api\n", "/\x00", "/\x7f", " /x", "/caf\u00e9"]


@pytest.mark.parametrize("suffix", BENT_URLS)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_server_url_that_could_bend_a_request_is_refused_before_any_connection(
    pkg: Any, suffix: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with raw_server(answer(OK_HEAD + b"Content-Length: 21\r\n\r\n" + WORKFLOW)) as server:
        cls = pkg.client.ConductorClient if kind == "sync" else pkg.client.AsyncConductorClient
        with pytest.raises(pkg.errors.ConfigurationError) as info:
            cls(server.url + suffix)
        assert info.value.setting == "server_url" and str(info.value).startswith("server_url: ")
        assert isinstance(info.value, (ValueError, pkg.errors.ConductorError))
        assert "\r" not in str(info.value) and "\n" not in str(info.value)
        if "\x00" not in suffix:  # the environment can not hold a NUL
            # Inside the URL: white space around an environment value is dropped (a trailing newline is common).
            monkeypatch.setenv("CONDUCTOR_SERVER_URL", server.url + suffix + "/x")
            with pytest.raises(pkg.errors.ConfigurationError) as info:
                cls()
            assert info.value.setting == "CONDUCTOR_SERVER_URL"
        time.sleep(0.05)
    assert server.connections == 0


@pytest.mark.parametrize(
    "headers",
    [{"X-A": "1\r\nX-B: 2"}, {"X A": "1"}, {"X:A": "1"}, {"X-A": "a\x00b"}, {"X-A": "caf\u00e9"}, {"": "1"}],
)
def test_a_header_setting_that_could_not_be_sent_is_refused_at_configuration(pkg: Any, headers: Any) -> None:
    with pytest.raises(pkg.errors.ConfigurationError) as info:
        pkg.client.ConductorClient("http://127.0.0.1:9", headers=headers)
    assert info.value.setting == "headers"
    with pytest.raises(pkg.errors.ConfigurationError) as info:
        pkg.client.ConductorClient("http://127.0.0.1:9", user_agent="a\r\nb")
    assert info.value.setting == "user_agent"


@pytest.mark.anyio
async def test_a_call_header_that_could_not_be_sent_is_refused_before_any_connection(
    flavor: str, pkg: Any, ops: Any
) -> None:
    with raw_server(answer(OK_HEAD + b"Content-Length: 21\r\n\r\n" + WORKFLOW)) as server:
        client = _client(flavor, pkg, server.url)
        try:
            with pytest.raises(ValueError, match="X-Idempotency-key"):
                await client.call(ops.get, path={"id": "a"}, headers={"X-Idempotency-key": "k\r\nX-Evil: 1"})
        finally:
            await client.close()
    assert server.connections == 0


KEY = "key-id-0123456789"
SECRET = "s3cret/with+base64=chars"
TOKEN = "eyJ-token-abcdefghijklmnop"


def _echo(request: bytes, status: bytes) -> bytes:
    """An answer that quotes the request back, headers and body, in a JSON error as some proxies and servers do."""
    body = json.dumps({"message": "rejected: " + request.decode("latin-1"), "echo": request.decode("latin-1")})
    data = body.encode()
    return b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nConnection: close\r\n" + (
        b"Content-Length: %d\r\n\r\n" % len(data)
    ) + data


def _echoing(token_status: bytes) -> Any:
    def script(request: bytes, sock: Any) -> None:
        if request.startswith(b"POST /api/token"):
            if token_status == b"200 OK":
                data = json.dumps({"token": TOKEN}).encode()
                sock.sendall(OK_HEAD + b"Content-Length: %d\r\n\r\n" % len(data) + data)
            else:
                sock.sendall(_echo(request, token_status))
        else:
            sock.sendall(_echo(request, b"400 Bad Request"))
        time.sleep(0.05)

    return script


def _shown(error: Any) -> str:
    return " ".join([str(error), repr(error), str(error.body), json.dumps(error.details), str(error.url)])


@pytest.mark.anyio
async def test_credentials_echoed_by_the_server_never_reach_an_exception(flavor: str, pkg: Any, ops: Any) -> None:
    with raw_server(_echoing(b"200 OK")) as server:
        client = _client(flavor, pkg, server.url, auth_key=KEY, auth_secret=SECRET)
        try:
            with pytest.raises(pkg.errors.BadRequestError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert any(TOKEN.encode() in request for request in server.requests)  # the server did echo it
    shown = _shown(info.value)
    assert TOKEN not in shown and "***" in shown


@pytest.mark.anyio
async def test_credentials_echoed_from_the_token_request_never_reach_an_exception(
    flavor: str, pkg: Any, ops: Any
) -> None:
    """The token request's body holds the key and the secret (JSON: '/' may come back escaped as '\\/')."""
    with raw_server(_echoing(b"401 Unauthorized")) as server:
        client = _client(flavor, pkg, server.url, auth_key=KEY, auth_secret=SECRET)
        try:
            with pytest.raises(pkg.errors.AuthError) as info:
                await client.call(ops.get, path={"id": "a"})
        finally:
            await client.close()
    assert SECRET.encode() in server.requests[0]
    shown = _shown(info.value)
    for secret in (KEY, SECRET, SECRET.replace("/", "\\/")):
        assert secret not in shown, secret
