"""Token authentication: exchange, caching, expiry, 401 refresh, servers without auth (sync and async)."""

from __future__ import annotations

import json
import threading
import time

import anyio
import pytest

from client_support import Reply, Seen, make_jwt, sync_options

pytestmark = pytest.mark.anyio

KEY = "key-id-0042"
SECRET = "s3cr3t-VALUE-never-shown"
WORKFLOW = {"workflowId": "wf-1"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def token_replies(*tokens: str, delay: float = 0.0) -> list[Reply]:
    return [Reply(200, {"token": token}, delay=delay) for token in tokens]


def only_with(token: str):
    """A handler that answers 200 to requests carrying ``token`` and 401 to the rest."""

    def handle(seen: Seen) -> Reply:
        if seen.headers.get("x-authorization") == token:
            return Reply(200, WORKFLOW)
        return Reply(401, {"status": 401, "message": "Token expired"})

    return handle


async def test_key_and_secret_are_exchanged_once_for_many_calls(server, make_client, ops):
    server.route("POST", "/api/token", *token_replies("tok-1"))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    for _ in range(5):
        await client.call(ops.get, path={"id": "a"})

    token_requests = server.requests("POST", "/api/token")
    assert len(token_requests) == 1
    assert json.loads(token_requests[0].body) == {"keyId": KEY, "keySecret": SECRET}
    assert token_requests[0].headers["content-type"] == "application/json"
    assert "x-authorization" not in token_requests[0].headers
    assert [s.headers.get("x-authorization") for s in server.requests("GET")] == ["tok-1"] * 5


async def test_env_credentials(server, make_client, ops, monkeypatch):
    monkeypatch.setenv("CONDUCTOR_SERVER_URL", server.url + "/api/")
    monkeypatch.setenv("CONDUCTOR_AUTH_KEY", KEY)
    monkeypatch.setenv("CONDUCTOR_AUTH_SECRET", SECRET)
    server.route("POST", "/api/token", *token_replies("tok-env"))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    client = make_client()

    await client.call(ops.get, path={"id": "a"})

    assert server.requests("GET")[0].headers["x-authorization"] == "tok-env"


async def test_401_refreshes_the_token_once_and_retries(server, make_client, ops):
    server.route("POST", "/api/token", *token_replies("tok-old", "tok-new"))
    server.route("GET", "/api/thing/a", only_with("tok-new"))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    result = await client.call(ops.get, path={"id": "a"})

    assert result.workflow_id == "wf-1"
    assert server.count("POST", "/api/token") == 2
    assert [s.headers["x-authorization"] for s in server.requests("GET")] == ["tok-old", "tok-new"]
    assert client.sleeps == []
    # The new token is kept for later calls.
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 2


async def test_401_refresh_also_for_unsafe_post(server, make_client, ops):
    # A 401 means the request was not processed: resending it after a refresh is safe.
    server.route("POST", "/api/token", *token_replies("tok-old", "tok-new"))

    def handle(seen: Seen) -> Reply:
        if seen.headers.get("x-authorization") == "tok-new":
            return Reply(200, "wf-id-9", headers={"Content-Type": "text/plain"})
        return Reply(401)

    server.route("POST", "/api/thing", handle)
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    assert await client.call(ops.create, body={"name": "w"}) == "wf-id-9"


async def test_second_401_raises_auth_error(server, make_client, ops, pkg):
    server.route("POST", "/api/token", *token_replies("tok-1", "tok-2", "tok-3"))
    server.route("GET", "/api/thing/a", Reply(401, {"status": 401, "message": "Access denied"}))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    with pytest.raises(pkg.errors.AuthError) as info:
        await client.call(ops.get, path={"id": "a"})

    assert info.value.status_code == 401
    assert info.value.message == "Access denied"
    assert info.value.attempts == 2
    assert server.count("POST", "/api/token") == 2
    assert server.count("GET") == 2


async def test_token_refreshed_before_jwt_expiry(server, make_client, ops):
    exp = time.time() + 3600
    server.route("POST", "/api/token", *token_replies(make_jwt(exp, {"n": 1}), make_jwt(exp + 3600, {"n": 2})))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    clock = FakeClock()
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET, clock=clock)

    await client.call(ops.get, path={"id": "a"})
    clock.now += 3000  # well before expiry: cached token
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 1

    clock.now += 545  # within the last minute before exp: refreshed ahead of time
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 2
    tokens = [s.headers["x-authorization"] for s in server.requests("GET")]
    assert tokens[0] == tokens[1] != tokens[2]


async def test_token_without_exp_refreshed_after_ttl(server, make_client, ops):
    server.route("POST", "/api/token", *token_replies("opaque-1", "opaque-2"))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    clock = FakeClock()
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET, clock=clock)

    await client.call(ops.get, path={"id": "a"})
    clock.now += 45 * 60 - 1
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 1
    clock.now += 2
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 2
    assert server.requests("GET")[-1].headers["x-authorization"] == "opaque-2"


async def test_custom_token_ttl(server, make_client, ops):
    server.route("POST", "/api/token", *token_replies("opaque-1", "opaque-2"))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    clock = FakeClock()
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET, clock=clock, token_ttl=60)

    await client.call(ops.get, path={"id": "a"})
    clock.now += 61
    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 2


async def test_failed_early_refresh_keeps_the_valid_token(server, make_client, ops):
    exp = time.time() + 3600
    server.route("POST", "/api/token", Reply(200, {"token": make_jwt(exp)}), Reply(503))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    clock = FakeClock()
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET, clock=clock, retry=False)

    await client.call(ops.get, path={"id": "a"})
    clock.now += 3570  # refresh due, token not yet expired; the token endpoint fails
    await client.call(ops.get, path={"id": "a"})

    assert server.count("POST", "/api/token") == 2
    assert server.count("GET") == 2


@pytest.mark.parametrize("status", [404, 405])
async def test_server_without_auth(server, make_client, ops, status):
    server.route("POST", "/api/token", Reply(status, {"status": status, "message": "not here"}))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    for _ in range(3):
        await client.call(ops.get, path={"id": "a"})

    assert server.count("POST", "/api/token") == 1  # not asked again
    assert all("x-authorization" not in s.headers for s in server.requests("GET"))


async def test_no_credentials_no_token_request(server, make_client, ops):
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    await client.call(ops.get, path={"id": "a"})

    assert server.count("POST", "/api/token") == 0
    assert "x-authorization" not in server.requests("GET")[0].headers


async def test_401_without_auth_raises(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(401))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.AuthError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert info.value.attempts == 1
    assert info.value.message == "Unauthorized"


async def test_rejected_credentials(server, make_client, ops, pkg):
    server.route("POST", "/api/token", Reply(401, {"status": 401, "message": "Invalid key"}))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    with pytest.raises(pkg.errors.AuthError) as info:
        await client.call(ops.get, path={"id": "a"})

    assert "refused the auth key and secret: Invalid key" in str(info.value)
    assert info.value.operation == "auth.token"
    assert server.count("GET") == 0


async def test_token_endpoint_outage_is_retried(server, make_client, ops):
    server.route("POST", "/api/token", Reply(503), Reply(200, {"token": "tok"}))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    await client.call(ops.get, path={"id": "a"})
    assert server.count("POST", "/api/token") == 2
    assert server.requests("GET")[0].headers["x-authorization"] == "tok"


@pytest.mark.parametrize("body", [b"<html>login</html>", b'{"nothing": 1}', b'{"token": ""}', b'{"token": "abc'])
async def test_unreadable_token_answer(server, make_client, ops, pkg, body):
    server.route("POST", "/api/token", Reply(200, body))
    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)

    with pytest.raises(pkg.errors.AuthError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert "holds no token" in str(info.value)
    assert info.value.body is None  # a partial token must not leak into the exception


async def test_concurrent_calls_fetch_one_token(server, flavor, pkg, ops):
    server.route("POST", "/api/token", *token_replies("tok-shared", delay=0.3))
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    results: list[object] = []
    if flavor != "async":
        client = pkg.client.ConductorClient(server.url, auth_key=KEY, auth_secret=SECRET, **sync_options(flavor))
        threads = [
            threading.Thread(target=lambda: results.append(client.call(ops.get, path={"id": "a"}))) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        client.close()
    else:
        async with pkg.client.AsyncConductorClient(server.url, auth_key=KEY, auth_secret=SECRET) as aclient:

            async def one() -> None:
                results.append(await aclient.call(ops.get, path={"id": "a"}))

            async with anyio.create_task_group() as group:
                for _ in range(8):
                    group.start_soon(one)

    assert len(results) == 8
    assert server.count("POST", "/api/token") == 1
    assert {s.headers["x-authorization"] for s in server.requests("GET")} == {"tok-shared"}


async def test_concurrent_401s_refresh_once(server, flavor, pkg, ops):
    server.route("POST", "/api/token", Reply(200, {"token": "old"}), Reply(200, {"token": "new"}, delay=0.2))
    server.route("GET", "/api/thing/a", only_with("new"))
    server.route("GET", "/api/thing/warm", Reply(200, WORKFLOW))
    if flavor != "async":
        client = pkg.client.ConductorClient(server.url, auth_key=KEY, auth_secret=SECRET, **sync_options(flavor))
        client.call(ops.get, path={"id": "warm"})  # caches "old"
        threads = [threading.Thread(target=lambda: client.call(ops.get, path={"id": "a"})) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        client.close()
    else:
        async with pkg.client.AsyncConductorClient(server.url, auth_key=KEY, auth_secret=SECRET) as aclient:
            await aclient.call(ops.get, path={"id": "warm"})
            async with anyio.create_task_group() as group:
                for _ in range(6):
                    group.start_soon(lambda: aclient.call(ops.get, path={"id": "a"}))

    assert server.count("POST", "/api/token") == 2
    ok = [s for s in server.requests("GET", "/api/thing/a") if s.headers["x-authorization"] == "new"]
    assert len(ok) == 6
