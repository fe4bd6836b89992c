"""What goes on the wire: paths, query strings, headers and bodies (sync and async)."""

from __future__ import annotations

import datetime as dt
import enum
import json

import pytest

from client_support import Reply

pytestmark = pytest.mark.anyio

WORKFLOW = {"workflowId": "wf-1"}


class Status(str, enum.Enum):
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"


class Priority(enum.Enum):
    HIGH = 9


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("plain-id_1.2~x", "plain-id_1.2~x"),
        ("a/b c", "a%2Fb%20c"),
        ("q?x#y%z&w=1+2", "q%3Fx%23y%25z%26w%3D1%2B2"),
        ("ünïcode✓", "%C3%BCn%C3%AFcode%E2%9C%93"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        (42, "42"),
        (Status.PAUSED, "PAUSED"),
    ],
)
async def test_path_values_are_one_segment(server, make_client, ops, value, wire):
    server.route("GET", f"/api/thing/{wire}", Reply(200, WORKFLOW))
    client = make_client(server_url=server.url)

    await client.call(ops.get, path={"id": value})

    assert server.requests()[0].path == f"/api/thing/{wire}"


@pytest.mark.parametrize("path", [None, {}, {"id": None}, {"id": ""}])
async def test_missing_path_value_is_an_error_before_sending(server, make_client, ops, path):
    client = make_client(server_url=server.url)

    with pytest.raises(ValueError, match="path parameter 'id'"):
        await client.call(ops.get, path=path)
    assert server.count() == 0


async def test_query_encoding(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, []))
    client = make_client(server_url=server.url)

    await client.call(
        ops.get_list,
        query={
            "none": None,
            "t": True,
            "f": False,
            "n": 5,
            "x": 1.5,
            "s": "a b+c&d=e/ü",
            "status": [Status.RUNNING, Status.PAUSED],
            "empty": [],
            "mixed": [1, None, "two"],
            "prio": Priority.HIGH,
            "day": dt.date(2025, 1, 2),
        },
    )

    assert server.requests()[0].query == (
        "t=true&f=false&n=5&x=1.5&s=a%20b%2Bc%26d%3De%2F%C3%BC&status=RUNNING&status=PAUSED"
        "&mixed=1&mixed=two&prio=9&day=2025-01-02"
    )


async def test_no_query_string_when_all_values_are_none(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, []))
    client = make_client(server_url=server.url)

    await client.call(ops.get_list, query={"a": None, "b": None})
    assert server.requests()[0].path == "/api/things"


async def test_headers(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, []))
    client = make_client(server_url=server.url, headers={"X-Team": "blue", "X-Override": "client"})

    await client.call(
        ops.get_list, headers={"X-Idempotency-key": "k-1", "X-Flag": True, "X-None": None, "X-Override": "call"}
    )

    headers = server.requests()[0].headers
    assert headers["x-idempotency-key"] == "k-1"
    assert headers["x-flag"] == "true"
    assert "x-none" not in headers
    assert headers["x-team"] == "blue"
    assert headers["x-override"] == "call"
    assert headers["user-agent"] == "conductor-codegen-client/1.2.3"
    assert headers["accept"].startswith("application/json")


async def test_user_agent_override(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, []))
    client = make_client(server_url=server.url, user_agent="my-app/2")
    await client.call(ops.get_list)
    assert server.requests()[0].headers["user-agent"] == "my-app/2"


async def test_accept_header_follows_the_result_kind(server, make_client, ops):
    server.route("GET", "/api/things/text", Reply(200, "x"))
    server.route("GET", "/api/things/bytes", Reply(200, "x"))
    client = make_client(server_url=server.url)

    await client.call(ops.get_text)
    await client.call(ops.get_bytes)
    assert server.requests()[0].headers["accept"].startswith("text/plain")
    assert server.requests()[1].headers["accept"] == "*/*"


async def test_json_bodies_by_alias_without_none(server, make_client, ops, pkg):
    models = pkg.models
    server.route("POST", "/api/thing", Reply(200, "id"))
    client = make_client(server_url=server.url)
    request = models.StartWorkflowRequest(name="wf", correlation_id="c-1", input={"k": None, "n": [1, None]})

    await client.call(ops.create, body=request)
    await client.call(ops.create, body=[request, models.StartWorkflowRequest(name="second")])
    await client.call(ops.create, body={"nested": request, "plain": None})

    seen = server.requests("POST")
    assert all(s.headers["content-type"] == "application/json" for s in seen)
    assert json.loads(seen[0].body) == {"name": "wf", "correlationId": "c-1", "input": {"k": None, "n": [1, None]}}
    assert json.loads(seen[1].body)[1] == {"name": "second"}
    # Free-form maps keep their nulls (only model fields that are None are left out).
    assert json.loads(seen[2].body) == {
        "nested": {"name": "wf", "correlationId": "c-1", "input": {"k": None, "n": [1, None]}},
        "plain": None,
    }


async def test_text_and_bytes_bodies(server, make_client, ops):
    server.route("PUT", "/api/thing/t1/log", Reply(200))
    server.route("POST", "/api/thing", Reply(200, "id"))
    client = make_client(server_url=server.url)

    await client.call(ops.put_text, path={"id": "t1"}, body="log line ✓")
    await client.call(ops.create, body=b'{"raw": true}')
    await client.call(ops.create, body="a string")  # a string for a JSON body: sent raw, as Spring reads it

    put, raw, string = server.requests()
    assert put.headers["content-type"] == "text/plain"
    assert put.body == "log line ✓".encode()
    assert raw.body == b'{"raw": true}'
    assert string.body == b"a string"
    assert string.headers["content-type"] == "application/json"


async def test_no_body_no_content_type(server, make_client, ops):
    server.route("POST", "/api/thing", Reply(200, "id"))
    client = make_client(server_url=server.url)
    await client.call(ops.create)
    seen = server.requests()[0]
    assert seen.body == b""
    assert "content-type" not in seen.headers


async def test_generated_style_api_module(server, make_client, pkg):
    """The hand-written api/workflow.py follows the contract: typed methods over ``client.call``."""
    server.route("GET", "/api/workflow/wf-1", Reply(200, {"workflowId": "wf-1", "status": "RUNNING"}))
    server.route("POST", "/api/workflow", Reply(200, "wf-1", headers={"Content-Type": "text/plain"}))
    client = make_client(server_url=server.url)

    workflow_id = await client.api("start_workflow", pkg.models.StartWorkflowRequest(name="hello", version=1))
    workflow = await client.api("get_execution_status", workflow_id, include_tasks=False, timeout=5)

    assert workflow_id == "wf-1"
    assert isinstance(workflow, pkg.models.Workflow)
    assert workflow.status == "RUNNING"
    assert server.requests("GET")[0].path == "/api/workflow/wf-1?includeTasks=false"
    assert json.loads(server.requests("POST")[0].body) == {"name": "hello", "version": 1}


async def test_connections_are_reused(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, []))
    client = make_client(server_url=server.url)

    for _ in range(5):
        await client.call(ops.get_list)

    assert len({s.peer for s in server.requests()}) == 1


def test_operation_is_immutable_and_parses_its_path(pkg):
    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    op = Operation("a.b", "get", "/api/x/{a}/y/{b}", Returns.empty())
    assert op.method == "GET"
    assert op.template == (("/api/x/", "/y/", ""), ("a", "b"))
    with pytest.raises(AttributeError):
        op.path = "/other"
    with pytest.raises(AttributeError):
        op.returns.kind = "text"
    with pytest.raises(ValueError):
        Operation("a.b", "GET", "no-slash", Returns.empty())
    with pytest.raises(ValueError):
        Operation("a.b", "GET", "/api/{open", Returns.empty()).template
    with pytest.raises(ValueError):
        Returns("json")
    assert "Operation(name='a.b'" in repr(op)
    assert Operation[int] is Operation  # subscriptable at run time, as annotations are


def test_unencodable_body(pkg):
    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    op = Operation("a.b", "POST", "/api/x", Returns.empty(), body_media_type="application/octet-stream")
    with pytest.raises(TypeError, match="pass bytes or str"):
        pkg.request.encode_body(op, {"a": 1})
    assert pkg.request.encode_body(op, b"\x00") == (b"\x00", "application/octet-stream")


def test_path_and_query_encoding_round_trip(pkg):
    """Any text survives path and query encoding, and a path value never escapes its segment."""
    from urllib.parse import parse_qsl, unquote

    from hypothesis import given, settings, strategies as st

    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    op = Operation("a.b", "GET", "/api/x/{v}/y", Returns.empty())
    text = st.text(min_size=1).filter(lambda s: "\x00" not in s)

    @settings(max_examples=300, deadline=None)
    @given(value=text, query_value=text)
    def check(value: str, query_value: str) -> None:
        path = pkg.request.render_path(op, {"v": value})
        segment = path[len("/api/x/") : -len("/y")]
        assert "/" not in segment and "?" not in segment and "#" not in segment
        assert segment not in (".", "..")
        assert unquote(segment, errors="strict") == value
        query = pkg.request.encode_query({"q": query_value, "n": [query_value, 1]})
        assert parse_qsl(query, keep_blank_values=True, errors="strict") == [
            ("q", query_value),
            ("n", query_value),
            ("n", "1"),
        ]

    check()


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("X-Idempotency-key", "abc-123", None),
        ("X-A", "two words\tand a tab", None),
        ("X-A", "", None),
        ("X A", "v", "not an HTTP token"),
        ("X:A", "v", "not an HTTP token"),
        ("", "v", "not an HTTP token"),
        ("X-A", "1\r\nX-B: 2", "control character"),
        ("X-A", "a\x00b", "control character"),
        ("X-A", "caf\u00e9", "non-ASCII"),
        ("X-A", " padded", "white space"),
    ],
)
def test_header_problem_names_what_can_not_be_sent_and_never_the_value(pkg, name, value, problem):
    found = pkg.request.header_problem(name, value)
    if problem is None:
        assert found is None
    else:
        assert problem in found
        assert not value or value not in found  # a value may be a token


def test_call_headers_are_checked_when_encoded(pkg):
    assert pkg.request.encode_headers({"X-A": 1, "X-B": None, "X-C": True}) == {"X-A": "1", "X-C": "true"}
    with pytest.raises(ValueError, match="X-A"):
        pkg.request.encode_headers({"X-A": "1\r\nX-Evil: 2"})
