"""Decoding successful answers, liberal in what is accepted, typed errors for what cannot be read."""

from __future__ import annotations

import json

import pytest

from client_support import Reply

pytestmark = pytest.mark.anyio

WORKFLOW = {
    "workflowId": "wf-1",
    "status": "SOME_NEW_STATUS",  # values the client does not know are kept
    "tasks": [{"taskId": "t1", "retryCount": 2, "brandNewField": {"x": 1}}],
    "input": {"a": [1, 2], "b": None},
    "fieldFromTheFuture": True,
}


@pytest.mark.parametrize(
    "content_type", ["application/json", "*/*", "text/plain", "", "application/json;charset=UTF-8"]
)
async def test_json_decodes_whatever_the_content_type(server, make_client, ops, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    server.route("GET", "/api/thing/a", Reply(200, json.dumps(WORKFLOW), headers=headers))
    client = make_client(server_url=server.url)

    wf = await client.call(ops.get, path={"id": "a"})

    assert wf.workflow_id == "wf-1"
    assert wf.status == "SOME_NEW_STATUS"
    assert wf.tasks[0].retry_count == 2
    assert wf.input == {"a": [1, 2], "b": None}


async def test_list_and_map_results(server, make_client, ops):
    server.route("GET", "/api/things", Reply(200, [WORKFLOW, {"workflowId": "wf-2"}]))
    server.route("GET", "/api/things/map", Reply(200, {"a": 1, "b": 2}))
    client = make_client(server_url=server.url)

    workflows = await client.call(ops.get_list)
    assert [w.workflow_id for w in workflows] == ["wf-1", "wf-2"]
    assert await client.call(ops.get_map) == {"a": 1, "b": 2}


@pytest.mark.parametrize("status", [200, 204])
async def test_empty_body_for_json_is_none_or_no_items(server, make_client, ops, status):
    server.route("GET", "/api/thing/a", Reply(status))
    server.route("GET", "/api/things/any", Reply(status, "  \n"))
    server.route("GET", "/api/things", Reply(status))
    server.route("GET", "/api/things/map", Reply(status, "\r\n"))
    client = make_client(server_url=server.url)

    assert await client.call(ops.get, path={"id": "a"}) is None
    assert await client.call(ops.get_any) is None
    # Where a list or a map is expected, no body means no items (a server answers 204 for "no task logs").
    empty_list = await client.call(ops.get_list)
    assert empty_list == [] and type(empty_list) is list
    empty_map = await client.call(ops.get_map)
    assert empty_map == {} and type(empty_map) is dict
    # Each call gets its own: a caller appending to one does not change the next.
    empty_list.append("x")
    assert await client.call(ops.get_list) == []


async def test_text_results(server, make_client, ops):
    server.route("GET", "/api/things/text", Reply(200, "wf-123", headers={"Content-Type": "text/plain"}))
    client = make_client(server_url=server.url)
    assert await client.call(ops.get_text) == "wf-123"

    # Unicode, no charset given: UTF-8.
    server.route("GET", "/api/things/text", Reply(200, "héllo ✓".encode(), headers={"Content-Type": "*/*"}))
    assert await client.call(ops.get_text) == "héllo ✓"

    # A charset given is honoured.
    server.route(
        "GET",
        "/api/things/text",
        Reply(200, "héllo".encode("latin-1"), headers={"Content-Type": "text/plain; charset=ISO-8859-1"}),
    )
    assert await client.call(ops.get_text) == "héllo"

    # A JSON string for a text result is unquoted.
    server.route("GET", "/api/things/text", Reply(200, '"wf-456"', headers={"Content-Type": "application/json"}))
    assert await client.call(ops.get_text) == "wf-456"

    # An empty body is an empty string.
    server.route("GET", "/api/things/text", Reply(200, ""))
    assert await client.call(ops.get_text) == ""


async def test_json_typed_string_accepts_bare_text(server, make_client, ops):
    server.route("GET", "/api/things/str", Reply(200, "plain-id", headers={"Content-Type": "application/json"}))
    client = make_client(server_url=server.url)
    assert await client.call(ops.get_str) == "plain-id"

    server.route("GET", "/api/things/str", Reply(200, '"quoted-id"'))
    assert await client.call(ops.get_str) == "quoted-id"


async def test_bytes_any_json_and_empty(server, make_client, ops):
    payload = bytes(range(256))
    server.route("GET", "/api/things/bytes", Reply(200, payload, headers={"Content-Type": "application/octet-stream"}))
    server.route("GET", "/api/things/any", Reply(200, {"x": [1, "2", None]}))
    server.route("DELETE", "/api/thing/a", Reply(200, "ignored body"))
    client = make_client(server_url=server.url)

    assert await client.call(ops.get_bytes) == payload
    assert await client.call(ops.get_any) == {"x": [1, "2", None]}
    assert await client.call(ops.delete, path={"id": "a"}) is None


MALFORMED = {
    "truncated": b'{"workflowId": "wf-1", "tasks": [{"taskId": "t1"',
    "wrong_types": b'{"workflowId": {"nested": true}, "tasks": "not-a-list"}',
    "wrong_shape": b"[1, 2, 3]",
    "html": b"<html><head><title>Login</title></head><body>Please sign in</body></html>",
    "not_json": b"OK",
    "invalid_utf8": b'{"workflowId": "\xff\xfe"}',
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
async def test_malformed_success_body_raises_response_decode_error(server, make_client, ops, pkg, case):
    server.route("GET", "/api/thing/a", Reply(200, MALFORMED[case], headers={"Content-Type": "application/json"}))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ResponseDecodeError) as info:
        await client.call(ops.get, path={"id": "a"})

    err = info.value
    assert err.status_code == 200
    assert err.expected == "Workflow"
    assert err.operation == "thing.get"
    assert err.url == f"{server.url}/api/thing/a"
    assert "could not read the response as Workflow" in str(err)
    assert err.__cause__ is not None  # the pydantic error, for debugging
    assert err.body


async def test_malformed_list_names_the_expected_type(server, make_client, ops, pkg):
    server.route("GET", "/api/things", Reply(200, b'{"not": "a list"}'))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ResponseDecodeError) as info:
        await client.call(ops.get_list)
    assert "list[" in info.value.expected and "Workflow" in info.value.expected


async def test_malformed_any_json(server, make_client, ops, pkg):
    server.route("GET", "/api/things/any", Reply(200, b"{nope"))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ResponseDecodeError):
        await client.call(ops.get_any)


async def test_huge_malformed_body_gives_a_short_error(server, make_client, ops, pkg):
    item = b'{"taskId": "t", "retryCount": "many"}'
    huge = b'{"workflowId": "wf", "tasks": [' + b",".join([item] * 200_000) + b"]}"
    assert len(huge) > 7_000_000
    server.route("GET", "/api/thing/a", Reply(200, huge))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ResponseDecodeError) as info:
        await client.call(ops.get, path={"id": "a"})

    err = info.value
    assert len(str(err)) < 1000
    assert len(err.body) <= pkg.errors.BODY_LIMIT + 3
    assert "and " in err.message and "more" in err.message  # many validation errors, summarized


async def test_decoding_errors_do_not_echo_input_values(server, make_client, ops, pkg):
    server.route("GET", "/api/thing/a", Reply(200, b'{"startTime": "SENSITIVE-LOOKING-VALUE"}'))
    client = make_client(server_url=server.url)

    with pytest.raises(pkg.errors.ResponseDecodeError) as info:
        await client.call(ops.get, path={"id": "a"})
    assert "SENSITIVE-LOOKING-VALUE" not in info.value.message
    assert "startTime" in info.value.message


def test_decoders_are_cached(pkg):
    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    calls = []

    def resolver(m):
        calls.append(m)
        return list[m.Task]

    op = Operation("x.y", "GET", "/api/x", Returns.json(resolver))
    decode = pkg.decode.decode_body
    for _ in range(3):
        result = decode(
            op,
            status_code=200,
            content=b'[{"taskId": "a"}]',
            content_type="",
            method="GET",
            url="http://h/api/x",
            attempts=1,
        )
        assert result[0].task_id == "a"
    assert len(calls) == 1
    assert calls[0] is pkg.models
    # A second operation with the same type reuses the compiled TypeAdapter.
    op2 = Operation("x.z", "GET", "/api/z", Returns.json(lambda m: list[m.Task]))
    decode(op2, status_code=200, content=b"[]", content_type="", method="GET", url="http://h/api/z", attempts=1)
    assert op.returns._decoder is not None and op2.returns._decoder is not None
    assert list[pkg.models.Task] in pkg.decode._ADAPTERS


def test_model_results_use_model_validate_json(pkg, monkeypatch):
    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    seen = []
    original = pkg.models.Task.model_validate_json

    def spy(data, *args, **kwargs):
        seen.append(type(data))
        return original(data, *args, **kwargs)

    monkeypatch.setattr(pkg.models.Task, "model_validate_json", spy)
    op = Operation("x.task", "GET", "/api/t", Returns.json(lambda m: m.Task))
    task = pkg.decode.decode_body(
        op, status_code=200, content=b'{"taskId": "t"}', content_type="", method="GET", url="http://h/api/t", attempts=1
    )
    assert task.task_id == "t"
    assert seen == [bytes]  # straight from the bytes, no json.loads in between


async def test_required_fields_may_be_missing_in_answers(server, make_client, ops, pkg):
    # An older server leaves out a field the newer spec marks required: answers still decode ...
    server.route("GET", "/api/taskdef", Reply(200, {"name": "t", "unknownField": 1}))
    server.route("GET", "/api/taskdefs", Reply(200, [{"name": "t"}, {"totalTimeoutSeconds": 5}]))
    client = make_client(server_url=server.url)

    one = await client.call(ops.get_taskdef)
    assert one.name == "t" and one.total_timeout_seconds is None
    many = await client.call(ops.get_taskdefs)
    assert [d.total_timeout_seconds for d in many] == [None, 5]

    # ... while models built by user code stay strict.
    with pytest.raises(ValueError, match="total_timeout_seconds"):
        pkg.models.TaskDef(name="t")
