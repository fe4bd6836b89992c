"""Credentials and tokens never show in logs (httpx's included, at DEBUG), reprs or exceptions."""

from __future__ import annotations

import logging
import time
import traceback

import pytest

from client_support import Reply, Seen, make_jwt

pytestmark = pytest.mark.anyio

KEY = "KEYID-7f3a9c"
SECRET = "SECRET-b81d0e2277"
TOKENS = [make_jwt(time.time() + 3600, {"sub": f"TOKEN-SUBJECT-{n}"}) for n in range(3)]
NEEDLES = [KEY, SECRET, *TOKENS, "TOKEN-SUBJECT"]


def leaks(text: str) -> list[str]:
    return [needle for needle in NEEDLES if needle in text]


async def test_no_secret_anywhere(server, make_client, flavor, ops, pkg, caplog, closed_port_url):
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", pkg.name):
        logging.getLogger(name).setLevel(logging.DEBUG)

    server.route("POST", "/api/token", *[Reply(200, {"token": t}) for t in TOKENS])

    def second_token_only(seen: Seen) -> Reply:
        ok = seen.headers.get("x-authorization") == TOKENS[1]
        return Reply(200, {"workflowId": "w"}) if ok else Reply(401, {"message": "expired"})

    server.route("GET", "/api/thing/ok", second_token_only)
    server.route("GET", "/api/thing/busy", Reply(503), Reply(200, {"workflowId": "w"}))
    server.route("GET", "/api/thing/missing", Reply(404, {"status": 404, "message": "no such workflow"}))
    server.route("GET", "/api/thing/garbage", Reply(200, b"{garbage"))
    server.route("GET", "/api/thing/slow", Reply(200, {}, delay=5))

    client = make_client(server_url=server.url, auth_key=KEY, auth_secret=SECRET)
    errors: list[BaseException] = []
    await client.call(ops.get, path={"id": "ok"})  # token fetch, 401, refresh
    await client.call(ops.get, path={"id": "busy"})  # a retry
    for target in ("missing", "garbage"):
        try:
            await client.call(ops.get, path={"id": target})
        except pkg.errors.ConductorError as exc:
            errors.append(exc)
    try:
        await client.call(ops.get, path={"id": "slow"}, timeout=0.2)
    except pkg.errors.ConductorError as exc:
        errors.append(exc)

    # Credentials refused, and no server at all.
    refused = make_client(server_url=server.url + "/api", auth_key=KEY, auth_secret=SECRET)
    server.route("POST", "/api/token", Reply(403, {"message": "bad credentials"}))
    unreachable = make_client(server_url=closed_port_url, auth_key=KEY, auth_secret=SECRET, retry=False)
    for other in (refused, unreachable):
        try:
            await other.call(ops.get, path={"id": "ok"})
        except pkg.errors.ConductorError as exc:
            errors.append(exc)

    assert [type(e).__name__ for e in errors] == [
        "NotFoundError",
        "ResponseDecodeError",
        "RequestTimeoutError",
        "AuthError",
        "TransportError",
    ]
    assert server.count("POST", "/api/token") == 3  # the flow above did what it should

    texts = [
        caplog.text,
        repr(client.client),
        repr(client.client.settings),
        repr(client.client._auth),
        repr(refused.client),
        str(client.client.settings.__class__),
    ]
    if flavor != "sync":  # the sync client's default HTTP pool is the runtime's own, which logs nothing itself
        assert "HTTP Request" in caplog.text  # httpx's own logging was captured
    assert "retrying" in caplog.text
    for err in errors:
        texts += [str(err), repr(err), *(str(v) for v in vars(err).values())]
        texts.append("".join(traceback.format_exception(err)))
    found = {needle for text in texts for needle in leaks(text)}
    assert not found, f"leaked: {found}"
