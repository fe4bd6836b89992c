"""Retries: which failures are retried, how long the client waits, and when it gives up (sync and async)."""

from __future__ import annotations

import logging
import time
from email.utils import formatdate

import pytest

from client_support import Reply, sync_options

pytestmark = pytest.mark.anyio

WORKFLOW = {"workflowId": "wf-1", "status": "RUNNING"}


async def test_503_then_200_succeeds(server, make_client, ops):
    server.route("GET", "/api/thing/wf-1", Reply(503, "busy"), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    result = await client.call(ops.get, path={"id": "wf-1"})

    assert result.workflow_id == "wf-1"
    assert server.count("GET", "/api/thing/wf-1") == 2
    assert len(client.sleeps) == 1
    assert 0 <= client.sleeps[0] <= 0.5  # full jitter under backoff_base for the first retry


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_gateway_errors_retried_for_idempotent_calls(server, make_client, ops, status):
    server.route("DELETE", "/api/thing/x", Reply(status), Reply(status), Reply(204))
    client = make_client(server_url=server.url)

    assert await client.call(ops.delete, path={"id": "x"}) is None
    assert server.count("DELETE") == 3


async def test_504_on_unsafe_post_is_not_retried(server, make_client, ops, pkg):
    server.route("POST", "/api/thing", Reply(504, "<html><title>504 Gateway Time-out</title></html>"))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ServerError) as info:
        await client.call(ops.create, body={"name": "x"})

    assert server.count("POST", "/api/thing") == 1
    assert client.sleeps == []
    assert info.value.status_code == 504
    assert info.value.attempts == 1
    assert info.value.message == "504 Gateway Time-out"


async def test_post_marked_safe_is_retried(server, make_client, ops):
    server.route("POST", "/api/thing/safe", Reply(502), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    result = await client.call(ops.create_safe, body={"name": "x"})

    assert result.status == "RUNNING"
    assert server.count("POST") == 2
    # The same body is sent again.
    assert server.requests("POST")[0].body == server.requests("POST")[1].body == b'{"name":"x"}'


async def test_429_retry_after_seconds_is_honoured(server, make_client, ops):
    server.route("GET", "/api/thing/a", Reply(429, headers={"Retry-After": "7"}), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    await client.call(ops.get, path={"id": "a"})

    assert client.sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(server, make_client, ops):
    when = formatdate(time.time() + 20, usegmt=True)
    server.route("GET", "/api/thing/a", Reply(503, headers={"Retry-After": when}), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    await client.call(ops.get, path={"id": "a"})

    assert len(client.sleeps) == 1
    assert 17 <= client.sleeps[0] <= 21


async def test_retry_after_beyond_the_limit_raises_at_once(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(429, {"message": "slow down"}, headers={"Retry-After": "3600"}))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.RateLimitError) as info:
        await client.call(ops.get, path={"id": "a"})

    assert info.value.retry_after == 3600.0
    assert info.value.message == "slow down"
    assert server.count() == 1
    assert client.sleeps == []


async def test_429_on_unsafe_post_is_not_retried(server, make_client, ops, pkg):
    server.route("POST", "/api/thing", Reply(429, headers={"Retry-After": "1"}))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.RateLimitError) as info:
        await client.call(ops.create, body={})
    assert info.value.retry_after == 1.0
    assert server.count() == 1


async def test_retries_exhausted_raises_server_error_with_attempt_count(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(503, {"status": 503, "message": "overloaded", "retryable": True}))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ServerError) as info:
        await client.call(ops.get, path={"id": "a"})

    err = info.value
    assert err.attempts == 4
    assert server.count() == 4
    assert "after 4 attempts" in str(err)
    assert err.retryable is True
    assert err.message == "overloaded"
    # Exponential backoff with full jitter: retry n waits at most base * 2**(n-1).
    assert len(client.sleeps) == 3
    for n, slept in enumerate(client.sleeps, start=1):
        assert 0 <= slept <= 0.5 * 2 ** (n - 1)


async def test_custom_policy(server, make_client, ops, pkg):
    policy = pkg.retry.RetryPolicy(max_attempts=2, backoff_base=0.01, backoff_max=0.01, retry_statuses=[500])
    server.route("GET", "/api/thing/a", Reply(500), Reply(503))
    client = make_client(server_url=server.url, retry=policy)

    with pytest.raises(pkg.errors.ServerError) as info:
        await client.call(ops.get, path={"id": "a"})

    assert info.value.status_code == 503  # 500 was retried, 503 is not in this policy's list
    assert info.value.attempts == 2
    assert client.sleeps and client.sleeps[0] <= 0.01


@pytest.mark.parametrize("off", [False, "policy"])
async def test_retry_off(server, make_client, ops, pkg, off):
    retry = pkg.retry.RetryPolicy.off() if off == "policy" else False
    server.route("GET", "/api/thing/a", Reply(503), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url, retry=retry)

    with pytest.raises(pkg.errors.ServerError):
        await client.call(ops.get, path={"id": "a"})
    assert server.count() == 1


async def test_connection_refused_is_retried_even_for_unsafe_post(closed_port_url, make_client, ops, pkg):
    # The request never reached a server, so sending it again cannot repeat its effect.
    client = make_client(server_url=closed_port_url)

    with pytest.raises(pkg.errors.TransportError) as info:
        await client.call(ops.create, body={"a": 1})

    assert info.value.kind == "connect"
    assert info.value.attempts == 4
    assert info.value.status_code is None
    assert len(client.sleeps) == 3
    assert "could not connect" in str(info.value)


async def test_dropped_connection_retried_for_get(server, make_client, ops):
    server.route("GET", "/api/thing/a", Reply(drop=True), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    assert (await client.call(ops.get, path={"id": "a"})).workflow_id == "wf-1"
    assert server.count() == 2


async def test_dropped_connection_not_retried_for_unsafe_post(server, make_client, ops, pkg):
    server.route("POST", "/api/thing", Reply(drop=True), Reply(200, "id"))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.TransportError) as info:
        await client.call(ops.create, body={"a": 1})
    assert info.value.kind in ("protocol", "read")
    assert server.count() == 1


async def test_read_timeout_raises_transport_error_without_hanging(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/slow", Reply(200, WORKFLOW, delay=10))
    client = make_client(server_url=server.url, retry=False)

    started = time.monotonic()
    with pytest.raises(pkg.errors.RequestTimeoutError) as info:
        await client.call(ops.get, path={"id": "slow"}, timeout=0.3)
    elapsed = time.monotonic() - started

    assert elapsed < 3
    err = info.value
    assert isinstance(err, pkg.errors.TransportError)
    assert err.kind == "timeout" and err.phase == "read"
    assert "read timeout after 0.3 s" in str(err)
    assert err.operation == "thing.get"


async def test_timeouts_are_retried_for_idempotent_calls(server, make_client, ops, pkg, caplog):
    caplog.set_level(logging.INFO, logger=pkg.name)
    server.route("GET", "/api/thing/slow", Reply(200, WORKFLOW, delay=10), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url, timeout=0.3)

    assert (await client.call(ops.get, path={"id": "slow"})).workflow_id == "wf-1"
    assert server.count() == 2
    assert len(client.sleeps) == 1
    # The retry is logged with httpx's name for the failure, whichever HTTP client sent the request.
    assert "failed with ReadTimeout; retrying" in caplog.text


async def test_timeout_on_unsafe_post_is_not_retried(server, make_client, ops, pkg):
    server.route("POST", "/api/thing", Reply(200, "id", delay=10))
    client = make_client(server_url=server.url, timeout=pkg.timeouts.Timeout(read=0.3))

    with pytest.raises(pkg.errors.RequestTimeoutError):
        await client.call(ops.create, body={})
    assert server.count() == 1


async def test_per_call_timeout_overrides_the_default(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/slow", Reply(200, WORKFLOW, delay=0.6))
    client = make_client(server_url=server.url, timeout=0.2, retry=False)

    with pytest.raises(pkg.errors.RequestTimeoutError):
        await client.call(ops.get, path={"id": "slow"})
    result = await client.call(ops.get, path={"id": "slow"}, timeout=pkg.timeouts.Timeout(5))
    assert result.workflow_id == "wf-1"


async def test_default_sleep_is_real(server, flavor, pkg, ops):
    # Without an injected sleep the client waits for real (bounded by a tiny backoff here).
    policy = pkg.retry.RetryPolicy(max_attempts=3, backoff_base=0.05, backoff_max=0.05)
    server.route("GET", "/api/thing/a", Reply(503), Reply(503), Reply(200, WORKFLOW))
    started = time.monotonic()
    if flavor != "async":
        with pkg.client.ConductorClient(server.url, retry=policy, **sync_options(flavor)) as client:
            client.call(ops.get, path={"id": "a"})
    else:
        async with pkg.client.AsyncConductorClient(server.url, retry=policy) as aclient:
            await aclient.call(ops.get, path={"id": "a"})
    assert time.monotonic() - started < 2
    assert server.count() == 3


async def test_a_call_can_carry_its_own_policy(server, make_client, ops, pkg):
    # What the worker runtime does: one attempt per call, whatever the client's policy, because it retries itself.
    server.route("GET", "/api/thing/once", Reply(503), Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ServerError) as info:
        await client.call(ops.get, path={"id": "once"}, retry=pkg.retry.RetryPolicy.off())
    assert info.value.attempts == 1 and client.sleeps == []
    assert (await client.call(ops.get, path={"id": "once"})).workflow_id == "wf-1"  # the client's own policy
    assert client.client.retry_policy == pkg.retry.RetryPolicy()


async def test_the_policy_says_which_failures_are_worth_another_attempt(pkg):
    errors, policy = pkg.errors, pkg.retry.RetryPolicy(retry_statuses=(429, 503))
    assert policy.retries(errors.TransportError("connection refused"))
    assert policy.retries(errors.RequestTimeoutError("read timed out"))
    assert policy.retries(errors.ServerError("busy", status_code=503))
    assert policy.retries(errors.RateLimitError("slow down", status_code=429))
    assert not policy.retries(errors.ServerError("bug", status_code=500))  # not in this policy's statuses
    assert not policy.retries(errors.BadRequestError("bad", status_code=400))
    assert not policy.retries(errors.ResponseDecodeError("not JSON"))
    assert not policy.retries(ValueError("a bug, not a passing fault"))


async def test_a_policy_pickles_by_its_arguments(pkg):
    import pickle

    policy = pkg.retry.RetryPolicy(2, backoff_base=0.1, backoff_max=3.0, retry_statuses=(500,), max_retry_after=5)
    copy = pickle.loads(pickle.dumps(policy))
    assert copy == policy and copy.retry_statuses == frozenset({500})
