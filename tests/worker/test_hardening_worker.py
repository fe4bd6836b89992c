"""The worker's transport against a hostile server (raw sockets writing exact bytes), on both of its paths: the event
loop's lean asyncio client (``Caller``, a batch poll) and the sync worker's threads (``ThreadCaller`` over the
blocking pool, an update-v2).

Every malformed answer is a ``TransportError`` (never a raw ``ValueError`` or asyncio's "Fatal error:
protocol.data_received()"), sent once; the attempt's deadline cuts a trickling server; an answer over the cap is
refused while it streams, with the worker process's memory bounded by the cap; a bent server URL is refused when the
worker is configured, before any connection.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import os
import subprocess
import sys
import time
from typing import Any

import pytest
from support.raw_server import MALFORMED, OK_HEAD, WORKFLOW, RawServer, answer, endless, raw_server, trickle


@pytest.fixture(params=["loop", "thread"])
def via(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _call(wpkg: Any, url: str, via: str, *, request_timeout: float = 5, **options: Any) -> Any:
    core_mod = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    wire = importlib.import_module(f"{wpkg.name}.worker._wire")
    transport = importlib.import_module(f"{wpkg.name}.worker._transport")
    api = wire.TaskApi(core_mod.AsyncClientCore(url, retry=False, **options))
    assert api.caller.lean
    try:
        if via == "loop":
            return await api.batch_poll("t", worker_id="w", domain=None, count=1, timeout_ms=0,
                                        request_timeout=request_timeout)
        thread_caller = transport.ThreadCaller.for_caller(api.caller)
        api.update_v2 = True
        try:
            return await asyncio.to_thread(api.update_and_next_blocking, thread_caller, b'{"taskId":"t"}',
                                           request_timeout=request_timeout)
        finally:
            thread_caller.close()
    finally:
        await api.aclose()


def _run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 60))


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_every_malformed_answer_is_a_transport_error_and_the_request_went_out_once(
    wpkg: Any, via: str, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")
    with raw_server(answer(MALFORMED[case])) as server:
        with pytest.raises(wpkg.errors.TransportError) as info:
            _run(_call(wpkg, server.url, via))
    assert info.value.kind in ("protocol", "read"), (info.value.kind, str(info.value))
    assert len(server.requests) == 1
    assert not [r for r in caplog.records if "Fatal error" in r.getMessage()]


def test_a_trickling_server_is_cut_at_the_attempts_deadline(wpkg: Any, via: str) -> None:
    data = OK_HEAD + b"Content-Length: 21\r\n\r\n" + WORKFLOW
    with raw_server(trickle(data, 1.0)) as server:
        started = time.monotonic()
        with pytest.raises(wpkg.errors.RequestTimeoutError) as info:
            _run(_call(wpkg, server.url, via, request_timeout=3))
        elapsed = time.monotonic() - started
    assert elapsed < 6, elapsed
    assert info.value.phase == "total"
    assert len(server.requests) == 1


def test_answers_over_the_cap_are_refused_while_they_stream(wpkg: Any, via: str) -> None:
    holder: list[RawServer] = []
    declared = OK_HEAD + b"Content-Length: 1073741824\r\n\r\n"
    with raw_server(endless(declared, b"x" * 65536, 1 << 30, holder)) as server:
        holder.append(server)
        with pytest.raises(wpkg.errors.TransportError) as info:
            _run(_call(wpkg, server.url, via))
    assert info.value.kind == "too_large" and server.sent < 256 << 20
    holder.clear()
    chunked = OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    with raw_server(endless(chunked, b"10000\r\n" + b"x" * 65536 + b"\r\n", 1 << 30, holder)) as server:
        holder.append(server)
        with pytest.raises(wpkg.errors.TransportError) as info:
            _run(_call(wpkg, server.url, via, max_response_bytes=1 << 20))
    assert info.value.kind == "too_large" and server.sent < 64 << 20


CHILD = """
import asyncio, json, resource, sys
sys.path.insert(0, {path!r})
from {name}._runtime.async_core import AsyncClientCore
from {name}.errors import TransportError
from {name}.worker._wire import TaskApi
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
async def main():
    api = TaskApi(AsyncClientCore({url!r}, retry=False))
    assert api.caller.lean
    try:
        await api.batch_poll("t", worker_id="w", domain=None, count=1, timeout_ms=0, request_timeout=60)
        return "answered"
    except TransportError as exc:
        return exc.kind
    finally:
        await api.aclose()
outcome = asyncio.run(main())
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"outcome": outcome, "grew_mb": (after - before) / 1024}}))
"""


def test_a_1_gib_answer_costs_the_worker_memory_bounded_by_the_cap(wpkg: Any) -> None:
    holder: list[RawServer] = []
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    with raw_server(endless(head, b" " * (1 << 20), 1 << 30, holder)) as server:
        holder.append(server)
        code = CHILD.format(path=wpkg.pythonpath, name=wpkg.name, url=server.url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONDUCTOR_")}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["outcome"] == "too_large", result
    assert result["grew_mb"] < 3 * 64 + 32, result
    assert server.sent < 512 << 20


@pytest.mark.parametrize("suffix", ["/api\r\nX-Injected: 1", "/a b", "/\x01"])
def test_a_bent_server_url_is_refused_when_the_worker_is_configured(wpkg: Any, suffix: str) -> None:
    @wpkg.worker.worker("hardening_t")
    def task() -> int:
        return 1

    with raw_server(answer(OK_HEAD + b"Content-Length: 2\r\n\r\n[]")) as server:
        with pytest.raises(wpkg.errors.ConfigurationError) as info:
            runner = wpkg.worker.WorkerRunner([task], server_url=server.url + suffix, handle_signals=False, env={})
            _run(runner.run_async())
        assert info.value.setting == "server_url"
        time.sleep(0.05)
    assert server.connections == 0
