"""One workflow through the real server with plain httpx: register, start, poll, complete, read back."""
from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

pytestmark = pytest.mark.e2e

POLL_SECONDS = 30.0


@pytest.fixture
def http(conductor_server) -> Iterator[httpx.Client]:
    loopback = urlsplit(conductor_server.url).hostname in ("127.0.0.1", "localhost", "::1")
    # No proxy for a loopback server, whatever the environment says.
    with httpx.Client(base_url=conductor_server.url, timeout=30.0, trust_env=not loopback) as client:
        yield client


def check(response: httpx.Response) -> httpx.Response:
    assert response.is_success, (
        f"{response.request.method} {response.request.url} -> {response.status_code}: "
        f"{response.text[:500]}")
    return response


def register_workflow(http: httpx.Client, definition: dict) -> None:
    """POST creates; a definition that already exists is replaced with PUT (which takes a list).
    (A duplicate POST answers 409 on 3.32.x but 500 on 3.21.x.)"""
    response = http.post("/api/metadata/workflow", json=definition)
    if response.status_code in (409, 500) and "already exists" in response.text:
        response = http.put("/api/metadata/workflow", json=[definition])
    check(response)


def test_simple_task_workflow_completes(http: httpx.Client) -> None:
    suffix = uuid.uuid4().hex[:12]
    task_type = f"codegen_e2e_task_{suffix}"
    workflow_name = f"codegen_e2e_wf_{suffix}"
    worker_id = f"codegen-e2e-{suffix}"

    check(http.post("/api/metadata/taskdefs", json=[{
        "name": task_type,
        "retryCount": 0,
        "timeoutSeconds": 300,
        "responseTimeoutSeconds": 120,
        "ownerEmail": "codegen-e2e@example.com",
    }]))
    register_workflow(http, {
        "name": workflow_name,
        "version": 1,
        "schemaVersion": 2,
        "ownerEmail": "codegen-e2e@example.com",
        "tasks": [{
            "name": task_type,
            "taskReferenceName": "only_task",
            "type": "SIMPLE",
            "inputParameters": {"number": "${workflow.input.number}"},
        }],
        "outputParameters": {"answer": "${only_task.output.answer}"},
    })
    assert check(http.get(f"/api/metadata/workflow/{workflow_name}")).json()["name"] == workflow_name

    started = check(http.post(f"/api/workflow/{workflow_name}", json={"number": 41}))
    workflow_id = started.text.strip()
    assert workflow_id and " " not in workflow_id, started.text

    deadline = time.monotonic() + POLL_SECONDS
    task = None
    while time.monotonic() < deadline:
        polled = http.get(f"/api/tasks/poll/{task_type}", params={"workerid": worker_id})
        if polled.status_code == 200 and polled.content:
            task = polled.json()
            break
        assert polled.status_code in (200, 204), polled.text  # 204: nothing queued yet
        time.sleep(0.25)
    assert task is not None, f"no {task_type} task to poll within {POLL_SECONDS:.0f} s"
    assert task["workflowInstanceId"] == workflow_id
    assert task["inputData"] == {"number": 41}
    assert task["status"] == "IN_PROGRESS"

    updated = check(http.post("/api/tasks", json={
        "workflowInstanceId": workflow_id,
        "taskId": task["taskId"],
        "workerId": worker_id,
        "status": "COMPLETED",
        "outputData": {"answer": 42},
    }))
    assert updated.text.strip() == task["taskId"]

    deadline = time.monotonic() + POLL_SECONDS
    while True:  # completion is decided asynchronously on some versions
        workflow = check(http.get(f"/api/workflow/{workflow_id}")).json()
        if workflow["status"] != "RUNNING" or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert workflow["status"] == "COMPLETED", workflow
    assert workflow["output"] == {"answer": 42}
    assert [t["status"] for t in workflow["tasks"]] == ["COMPLETED"]
    assert workflow["tasks"][0]["outputData"] == {"answer": 42}
