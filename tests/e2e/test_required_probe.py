"""The table of fields the server requires (generator/ir/server_required.json) checked against the real server.

Each request model the table names is sent with plain HTTP (the generated models would refuse to send what is
being probed) complete, which must be accepted, then once without each field the table lists: the server must
refuse it (any answer other than 2xx) exactly when the table says it requires the field. Every entry of the
table must be probed here, so the table cannot hold a claim nobody checked. Everything registered or started is
removed at the end, under names unique to the run.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from generator.ir.required import server_table

pytestmark = pytest.mark.e2e

OWNER = "codegen-e2e@example.com"


@dataclass
class Run:
    """The shared fixtures of one probe run, and what to remove afterwards."""

    http: httpx.Client
    suffix: str
    task_type: str = ""
    workflow_name: str = ""
    polled: dict[str, Any] = field(default_factory=dict)  # a task in progress, for TaskResult
    task_defs: list[str] = field(default_factory=list)
    workflow_defs: list[str] = field(default_factory=list)
    event_handlers: list[str] = field(default_factory=list)
    workflows: list[str] = field(default_factory=list)

    def unique(self, label: str) -> str:
        return f"codegen_req_{label}_{self.suffix}_{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class Probe:
    """How to send one schema: `build` makes a complete body (registering what it names for removal) and
    returns it with the object inside it that holds the schema's fields; `send` posts it."""

    build: Callable[[Run], tuple[Any, dict[str, Any]]]
    send: Callable[[Run, Any], httpx.Response]


def _task_def(run: Run) -> tuple[Any, dict[str, Any]]:
    name = run.unique("td")
    run.task_defs.append(name)
    body = {"name": name, "timeoutSeconds": 60, "totalTimeoutSeconds": 120, "responseTimeoutSeconds": 30,
            "ownerEmail": OWNER}
    return [body], body


def _workflow_task(run: Run) -> dict[str, Any]:
    return {"name": run.task_type, "taskReferenceName": "first", "type": "SIMPLE"}


def _workflow_def(run: Run, name: str | None = None) -> dict[str, Any]:
    name = name or run.unique("wf")
    run.workflow_defs.append(name)
    return {"name": name, "version": 1, "schemaVersion": 2, "ownerEmail": OWNER, "timeoutSeconds": 300,
            "tasks": [_workflow_task(run)]}


def _workflow_def_probe(run: Run) -> tuple[Any, dict[str, Any]]:
    body = _workflow_def(run)
    return body, body


def _workflow_task_probe(run: Run) -> tuple[Any, dict[str, Any]]:
    body = _workflow_def(run)
    return body, body["tasks"][0]


def _schema_def(run: Run) -> tuple[Any, dict[str, Any]]:
    body = _workflow_def(run)
    body["inputSchema"] = {"name": run.unique("schema"), "type": "JSON", "version": 1, "data": {"type": "object"}}
    return body, body["inputSchema"]


def _state_change_event(run: Run) -> tuple[Any, dict[str, Any]]:
    body = _workflow_def(run)
    event = {"type": f"conductor:{run.workflow_name}:started", "payload": {"task": "${first.taskId}"}}
    body["tasks"][0]["onStateChange"] = {"onStart": [event]}
    return body, event


def _start_request(run: Run) -> tuple[Any, dict[str, Any]]:
    body = {"name": run.workflow_name, "version": 1, "input": {"probe": True}}
    return body, body


def _test_request(run: Run) -> tuple[Any, dict[str, Any]]:
    definition = _workflow_def(run)
    run.workflow_defs.remove(definition["name"])  # a test run registers nothing
    body = {"name": definition["name"], "version": 1, "workflowDef": definition, "taskRefToMockOutput": {}}
    return body, body


def _event_handler(run: Run) -> tuple[Any, dict[str, Any]]:
    name = run.unique("ev")
    run.event_handlers.append(name)
    body = {"name": name, "event": f"conductor:{run.workflow_name}:probe", "active": False,
            "actions": [{"action": "complete_task", "complete_task": {"workflowId": "x", "taskRefName": "y"}}]}
    return body, body


def _task_result(run: Run) -> tuple[Any, dict[str, Any]]:
    # IN_PROGRESS keeps the task polled by the fixture in progress, so every probe finds it as it was.
    body = {"taskId": run.polled["taskId"], "workflowInstanceId": run.polled["workflowInstanceId"],
            "status": "IN_PROGRESS", "callbackAfterSeconds": 3600, "outputData": {"probe": True}}
    return body, body


def _post(path: str) -> Callable[[Run, Any], httpx.Response]:
    def send(run: Run, body: Any) -> httpx.Response:
        response = run.http.post(path, json=body)
        if response.is_success and path in ("/api/workflow", "/api/workflow/test"):
            run.workflows.append(response.text if path == "/api/workflow" else response.json()["workflowId"])
        return response

    return send


PROBES: dict[str, Probe] = {
    "TaskDef": Probe(_task_def, _post("/api/metadata/taskdefs")),
    "WorkflowDef": Probe(_workflow_def_probe, _post("/api/metadata/workflow")),
    "WorkflowTask": Probe(_workflow_task_probe, _post("/api/metadata/workflow")),
    "SchemaDef": Probe(_schema_def, _post("/api/metadata/workflow")),  # as a WorkflowDef's inputSchema
    "StateChangeEvent": Probe(_state_change_event, _post("/api/metadata/workflow")),  # in a WorkflowTask
    "StartWorkflowRequest": Probe(_start_request, _post("/api/workflow")),
    "WorkflowTestRequest": Probe(_test_request, _post("/api/workflow/test")),
    "EventHandler": Probe(_event_handler, _post("/api/event")),
    "TaskResult": Probe(_task_result, _post("/api/tasks")),
}

ENTRIES = [(schema, wire, flag) for schema, fields in server_table().items() for wire, flag in fields.items()]


def test_every_entry_of_the_table_is_probed() -> None:
    assert len(ENTRIES) >= 15
    assert sorted({schema for schema, _, _ in ENTRIES} - set(PROBES)) == []


def _check(response: httpx.Response) -> httpx.Response:
    request = response.request
    assert response.is_success, f"{request.method} {request.url} -> {response.status_code}: {response.text[:300]}"
    return response


def _remove(run: Run) -> None:
    """Best effort: everything the run made, whatever failed."""
    for workflow_id in run.workflows:
        run.http.delete(f"/api/workflow/{workflow_id}", params={"reason": "probe done"})  # terminate
        run.http.delete(f"/api/workflow/{workflow_id}/remove")
    for name in run.event_handlers:
        run.http.delete(f"/api/event/{name}")
    for name in run.workflow_defs:
        run.http.delete(f"/api/metadata/workflow/{name}/1")
    for name in run.task_defs:
        run.http.delete(f"/api/metadata/taskdefs/{name}")


@pytest.fixture(scope="module")
def run(conductor_server: Any) -> Iterator[Run]:
    loopback = urlsplit(conductor_server.url).hostname in ("127.0.0.1", "localhost", "::1")
    with httpx.Client(base_url=conductor_server.url, timeout=30.0, trust_env=not loopback) as http:
        state = Run(http, uuid.uuid4().hex[:8])
        try:
            # One task type, one workflow using it, and one of its tasks polled and left in progress.
            state.task_type = state.unique("task")
            state.task_defs.append(state.task_type)
            _check(http.post("/api/metadata/taskdefs", json=[{
                "name": state.task_type, "timeoutSeconds": 3600, "responseTimeoutSeconds": 3600, "ownerEmail": OWNER,
            }]))
            state.workflow_name = state.unique("flow")
            _check(http.post("/api/metadata/workflow", json=_workflow_def(state, state.workflow_name)))
            state.workflows.append(_check(http.post("/api/workflow", json={"name": state.workflow_name})).text)
            deadline = time.monotonic() + 30
            while not state.polled and time.monotonic() < deadline:
                answer = http.get(f"/api/tasks/poll/{state.task_type}", params={"workerid": "codegen-probe"})
                if answer.status_code == 200 and answer.content:
                    state.polled = answer.json()
                else:
                    time.sleep(0.3)
            assert state.polled, "no task of the probe's workflow could be polled"
            yield state
        finally:
            _remove(state)


@pytest.mark.parametrize("schema", sorted(PROBES))
def test_a_complete_body_is_accepted(run: Run, schema: str) -> None:
    """The control: without it a refusal below could have any cause."""
    probe = PROBES[schema]
    body, _ = probe.build(run)
    _check(probe.send(run, body))


@pytest.mark.parametrize(("schema", "wire", "required"), ENTRIES, ids=[f"{s}.{w}" for s, w, _ in ENTRIES])
def test_the_server_requires_what_the_table_says(run: Run, schema: str, wire: str, required: bool) -> None:
    probe = PROBES[schema]
    body, holder = probe.build(run)  # a fresh body each time: leaving the field out changes nothing else
    assert wire in holder, f"the probe's complete {schema} has no {wire!r} to leave out"
    del holder[wire]
    response = probe.send(run, body)
    refused = not response.is_success
    assert refused == required, (
        f"{schema}.{wire}: the table says the server {'requires' if required else 'does not require'} it, but "
        f"without it the server answered {response.status_code}: {response.text[:300]}"
    )


# --- The same facts through the generated package: lenient loading, strict sending. ---

FRESH_PACKAGE = "cc_required_e2e"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A package generated now from the committed spec (so it has this generator's models and runtime)."""
    import importlib
    import sys
    from pathlib import Path

    from generator.config import Config
    from generator.pipeline import generate

    root = tmp_path_factory.mktemp("required-e2e")
    spec = Path(__file__).resolve().parents[2] / "spec" / "conductor-openapi.json"
    generate(Config(spec=str(spec), output="out", package_name=FRESH_PACKAGE, root=root), force=True,
             cache_dir=root / "cache")
    sys.path.insert(0, str(root / "out"))
    try:
        package = importlib.import_module(FRESH_PACKAGE)
        importlib.import_module(FRESH_PACKAGE + ".models")  # loaded on first use; an attribute from then on
        yield package
    finally:
        sys.path.remove(str(root / "out"))


def test_a_definition_without_timeout_seconds_loads_and_registers(run: Run, fresh: Any, conductor_server: Any) -> None:
    import json

    import pydantic

    models = fresh.models
    name = run.unique("file")
    run.workflow_defs.append(name)
    # As a team keeps it in a file: no timeoutSeconds (the spec calls it required; the server stores 0).
    text = json.dumps({"name": name, "version": 1, "ownerEmail": OWNER,
                       "tasks": [{"name": run.task_type, "taskReferenceName": "only", "type": "SIMPLE"}]})
    definition = models.WorkflowDef.model_validate_json(text)
    assert definition.timeout_seconds is None
    with fresh.ConductorClient(conductor_server.url + "/api", trust_env=False, timeout=30) as client:
        client.metadata.register_workflow_def(body=definition)
        stored = client.metadata.get_workflow_def(name, version=1)
        assert stored.name == name and stored.timeout_seconds == 0
        assert stored.tasks[0].task_reference_name == "only"

        # What the server would refuse is refused before sending, with the field's place named: a definition
        # decoded leniently (as an answer is) and one changed after it was built.
        refused = run.unique("refused")
        decoded = models.WorkflowDef.model_validate(
            {"name": refused, "tasks": [{"name": run.task_type}]}, context=fresh.models._base.DECODE_CONTEXT
        )
        with pytest.raises(pydantic.ValidationError) as caught:
            client.metadata.register_workflow_def(body=decoded)
        assert [error["loc"] for error in caught.value.errors()] == [("tasks", 0, "task_reference_name")]
        task_def = models.TaskDef(name=run.unique("td"))
        task_def.name = None
        with pytest.raises(pydantic.ValidationError) as caught:
            client.metadata.register_task_def(body=[task_def])
        assert [error["loc"] for error in caught.value.errors()] == [(0, "name")]
        with pytest.raises(fresh.NotFoundError):
            client.metadata.get_workflow_def(refused, version=1)  # it never reached the server
