"""Error answers become typed exceptions carrying the server's message and the request (sync and async)."""

from __future__ import annotations

import pickle

import pytest

from client_support import Reply

pytestmark = pytest.mark.anyio

NGINX_502 = """<html>
<head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body>
</html>"""

CASES = [
    (400, "BadRequestError"),
    (401, "AuthError"),
    (403, "AuthError"),
    (404, "NotFoundError"),
    (405, "BadRequestError"),
    (409, "ConflictError"),
    (410, "NotFoundError"),
    (412, "ConflictError"),
    (422, "BadRequestError"),
    (429, "RateLimitError"),
    (500, "ServerError"),
    (502, "ServerError"),
    (503, "ServerError"),
    (507, "ServerError"),
    (302, "UnexpectedStatusError"),
]


@pytest.mark.parametrize(("status", "name"), CASES)
async def test_status_maps_to_class_with_conductor_message(server, make_client, ops, pkg, status, name):
    body = {
        "status": status,
        "message": f"Workflow bad-id not found ({status})",
        "instance": "srv-1",
        "retryable": False,
    }
    server.route("GET", "/api/thing/bad-id", Reply(status, body))
    client = make_client(server_url=server.url, retry=False)

    with pytest.raises(pkg.errors.ConductorError) as info:
        await client.call(ops.get, path={"id": "bad-id"}, query={"includeTasks": True})

    err = info.value
    assert type(err).__name__ == name
    assert type(err) is getattr(pkg.errors, name)
    assert err.status_code == status
    assert err.message == f"Workflow bad-id not found ({status})"
    assert err.method == "GET"
    assert err.url == f"{server.url}/api/thing/bad-id?includeTasks=true"
    assert err.operation == "thing.get"
    assert err.retryable is False
    assert err.details["instance"] == "srv-1"
    assert '"instance": "srv-1"' in err.body
    text = str(err)
    assert text.startswith(f"{status} ")
    assert f"Workflow bad-id not found ({status})" in text
    assert f"GET {server.url}/api/thing/bad-id" in text
    assert "operation thing.get" in text


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthError"),
        (403, "AuthError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (500, "ServerError"),
        (502, "ServerError"),
    ],
)
async def test_html_error_pages(server, make_client, ops, pkg, status, name):
    page = NGINX_502.replace("502 Bad Gateway", f"{status} Some Proxy Error") + "<!-- padding -->" * 500
    server.route("GET", "/api/thing/x", Reply(status, page, headers={"Content-Type": "text/html"}))
    client = make_client(server_url=server.url, retry=False)

    with pytest.raises(pkg.errors.ConductorError) as info:
        await client.call(ops.get, path={"id": "x"})

    err = info.value
    assert type(err) is getattr(pkg.errors, name)
    assert err.message == f"{status} Some Proxy Error"
    assert err.body.startswith("<html>")
    assert len(err.body) <= pkg.errors.BODY_LIMIT + 3
    assert len(str(err)) < 300


async def test_plain_text_and_empty_error_bodies(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(409, "  Task already\n exists  ", headers={"Content-Type": "text/plain"}))
    server.route("GET", "/api/thing/b", Reply(404))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ConflictError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert info.value.message == "Task already exists"

    with pytest.raises(pkg.errors.NotFoundError) as info2:
        await client.call(ops.get, path={"id": "b"})
    assert info2.value.message == "Not Found"
    assert info2.value.body is None
    assert str(info2.value).startswith("404 Not Found: Not Found (GET ")


async def test_long_text_error_is_excerpted_in_the_message(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(500, "x" * 100_000))
    client = make_client(server_url=server.url, retry=False)

    with pytest.raises(pkg.errors.ServerError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert len(info.value.message) <= 203
    assert len(info.value.body) <= pkg.errors.BODY_LIMIT + 3


async def test_spring_default_error_body(server, make_client, ops, pkg):
    body = {"timestamp": "2025-01-01T00:00:00Z", "status": 405, "error": "Method Not Allowed", "path": "/api/x"}
    server.route("GET", "/api/thing/a", Reply(405, body))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.BadRequestError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert info.value.message == "Method Not Allowed"


async def test_validation_errors_listed(server, make_client, ops, pkg):
    body = {
        "status": 400,
        "message": "Validation failed, check below errors for detail.",
        "validationErrors": [
            {"path": "registerTaskDef.taskDefinitions[0].name", "message": "TaskDef name cannot be null or empty"},
            {"path": "registerTaskDef.taskDefinitions[0].timeoutSeconds", "message": "must be >= 0"},
        ],
    }
    server.route("POST", "/api/thing", Reply(400, body))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.BadRequestError) as info:
        await client.call(ops.create, body=[{"name": ""}])

    err = info.value
    assert "TaskDef name cannot be null or empty" in err.message
    assert "registerTaskDef.taskDefinitions[0].timeoutSeconds: must be >= 0" in err.message
    assert len(err.validation_errors) == 2


def test_exceptions_pickle(pkg):
    errors = pkg.errors
    err = errors.NotFoundError(
        "gone",
        status_code=404,
        reason="Not Found",
        method="GET",
        url="http://h/api/x",
        operation="x.get",
        body="{}",
        attempts=2,
        retryable=False,
        details={"a": 1},
    )
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is errors.NotFoundError
    assert copy.__dict__ == err.__dict__
    assert str(copy) == str(err)

    rate = errors.RateLimitError("slow", status_code=429)
    rate.retry_after = 3.0
    assert pickle.loads(pickle.dumps(rate)).retry_after == 3.0

    timeout = errors.RequestTimeoutError("read timeout")
    timeout.phase = "read"
    assert pickle.loads(pickle.dumps(timeout)).phase == "read"


def test_hierarchy(pkg):
    errors = pkg.errors
    for name in (
        "BadRequestError",
        "AuthError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "TransportError",
        "ResponseDecodeError",
        "UnexpectedStatusError",
    ):
        assert issubclass(getattr(errors, name), errors.ConductorError)
    assert issubclass(errors.RequestTimeoutError, errors.TransportError)
    assert issubclass(errors.ConductorError, Exception)
    assert errors.error_class_for_status(418) is errors.BadRequestError
    assert errors.error_class_for_status(599) is errors.ServerError
    assert errors.error_class_for_status(100) is errors.UnexpectedStatusError


def test_message_formatting(pkg):
    errors = pkg.errors
    assert str(errors.ConductorError("plain")) == "plain"
    assert str(errors.ServerError("boom", status_code=500)) == "500: boom"
    err = errors.ServerError(
        "boom",
        status_code=503,
        reason="Service Unavailable",
        method="GET",
        url="http://h/api/x",
        operation="x.get",
        attempts=3,
    )
    assert str(err) == "503 Service Unavailable: boom (GET http://h/api/x, operation x.get, after 3 attempts)"
    assert repr(err).startswith("ServerError(status_code=503, message='boom'")


async def test_redirects_are_not_followed(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(301, headers={"Location": "https://elsewhere/api/thing/a"}))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.UnexpectedStatusError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert info.value.status_code == 301
