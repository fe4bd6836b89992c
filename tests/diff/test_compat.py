"""User code written against the package of the older server line still runs against the newer one, wherever
the API did not change.

Both real specs are generated (`client_old` from 3.21.14, `client_new` from 3.32.3). For every operation present
in both whose surface entry is the same (same method, parameters, body and return), the call that user code makes
on the old package — positional path parameters, every keyword, on `client.<group>.<method>` — binds to the new
package's method, sync and async; and made for real (through an in-memory transport) it sends the same request.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from typing import Any

import httpx
import pytest

SAMPLES = {"str": "x-1", "int": 7, "bool": True, "float": 1.5, "bytes": b"data"}


def unchanged_operations(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    ignore = ("operation_id", "deprecated")  # springdoc renumbers operationIds; deprecation changes no call
    same = []
    for key in sorted(set(old["operations"]) & set(new["operations"])):
        a = {k: v for k, v in old["operations"][key].items() if k not in ignore}
        b = {k: v for k, v in new["operations"][key].items() if k not in ignore}
        if a == b:
            same.append(key)
    return same


@pytest.fixture(scope="module")
def unchanged(real_old: Any, real_new: Any) -> list[str]:
    keys = unchanged_operations(real_old.surface, real_new.surface)
    assert len(keys) >= 60, "most of the 80 operations of 3.21.14 are unchanged in 3.32.3"
    return keys


def user_call(method: Any) -> tuple[list[Any], dict[str, Any]]:
    """The arguments user code passes: every positional one, and every keyword (with a value of its type)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name == "timeout":
            continue
        value = sample(param.annotation)
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        elif param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
    return args, kwargs


def sample(annotation: Any) -> Any:
    text = str(annotation).replace(" | None", "")
    if text in SAMPLES:
        return SAMPLES[text]
    if text.startswith("list["):
        inner = text[len("list["):-1]
        return [SAMPLES[inner]] if inner in SAMPLES else []
    return {}  # a model or a dict: a JSON object (models are validated from dicts by the runtime)


def test_old_calls_bind_to_the_new_methods(generated_pair: Any, real_old: Any, unchanged: list[str]) -> None:
    old_client = generated_pair.old.ConductorClient("http://127.0.0.1:9")
    new_client = generated_pair.new.ConductorClient("http://127.0.0.1:9")
    old_async = generated_pair.old.AsyncConductorClient("http://127.0.0.1:9")
    new_async = generated_pair.new.AsyncConductorClient("http://127.0.0.1:9")
    try:
        for key in unchanged:
            op = real_old.surface["operations"][key]
            for before, after in ((old_client, new_client), (old_async, new_async)):
                old_method = getattr(getattr(before, op["group"]), op["method"])
                new_method = getattr(getattr(after, op["group"]), op["method"], None)
                assert new_method is not None, f"{op['call']} ({key}) is missing from the new package"
                args, kwargs = user_call(old_method)
                inspect.signature(new_method).bind(*args, **kwargs)  # raises TypeError if the call no longer fits
                new_params = inspect.signature(new_method).parameters
                for name, param in inspect.signature(old_method).parameters.items():
                    assert new_params[name].kind == param.kind, (key, name)
                    assert (new_params[name].default is inspect.Parameter.empty) == \
                        (param.default is inspect.Parameter.empty), (key, name)
    finally:
        old_client.close()
        new_client.close()
        asyncio.run(old_async.aclose())
        asyncio.run(new_async.aclose())


def test_old_calls_send_the_same_requests_to_the_new_package(
    generated_pair: Any, real_old: Any, unchanged: list[str]
) -> None:
    seen: list[tuple[str, str, str, bytes]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, str(sorted(request.url.params.multi_items())),
                     request.content))
        return httpx.Response(200, content=b"", headers={"Content-Type": "application/json"})

    calls = {}
    with generated_pair.old.ConductorClient("http://127.0.0.1:9") as old_client:
        for key in unchanged:
            op = real_old.surface["operations"][key]
            calls[key] = user_call(getattr(getattr(old_client, op["group"]), op["method"]))
    requests: dict[str, list[tuple[str, str, str, bytes]]] = {}
    undecoded = 0
    for package in (generated_pair.old, generated_pair.new):
        transport = httpx.MockTransport(answer)
        with package.ConductorClient("http://127.0.0.1:9", transport=transport, retry=False) as client:
            for key, (args, kwargs) in calls.items():
                op = real_old.surface["operations"][key]
                seen.clear()
                try:
                    getattr(getattr(client, op["group"]), op["method"])(*args, **kwargs)
                except package.ResponseDecodeError:
                    undecoded += 1  # an empty answer is no valid value of some return types; the request was sent
                assert len(seen) == 1, key
                requests.setdefault(key, []).append(seen[0])
    assert undecoded < len(calls)  # most calls went the whole way
    for key, (old_request, new_request) in requests.items():
        assert old_request == new_request, key
        method, path = key.split(" ", 1)
        assert old_request[0] == method and old_request[1].startswith(path.split("{")[0])


def test_unchanged_models_keep_their_fields(generated_pair: Any, real_old: Any, real_new: Any) -> None:
    old_models, new_models = real_old.surface["models"], real_new.surface["models"]
    old_module = importlib.import_module("client_old.models")
    new_module = importlib.import_module("client_new.models")
    checked = 0
    for name, model in old_models.items():
        if model["kind"] != "object" or new_models.get(name, {}).get("fields") != model["fields"]:
            continue
        old_cls = getattr(old_module, name)
        new_cls = getattr(new_module, name)
        assert set(old_cls.model_fields) <= set(new_cls.model_fields), name
        checked += 1
    assert checked > 50
    # A server answer decodes the same way in both, and what user code builds serializes the same way.
    payload = {"workflowId": "w-1", "status": "RUNNING", "tasks": [{"taskId": "t-1", "status": "COMPLETED"}]}
    old_wf = old_module.Workflow.model_validate(payload)
    new_wf = new_module.Workflow.model_validate(payload)
    assert (old_wf.workflow_id, old_wf.status.value) == (new_wf.workflow_id, new_wf.status.value) == ("w-1", "RUNNING")
    old_req = old_module.StartWorkflowRequest(name="flow", version=2, input={"a": 1})
    new_req = new_module.StartWorkflowRequest(name="flow", version=2, input={"a": 1})
    assert json.loads(old_req.model_dump_json(exclude_none=True)) == json.loads(
        new_req.model_dump_json(exclude_none=True))
