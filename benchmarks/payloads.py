"""Payloads for row 4: a large Workflow (500 tasks) and a single Task.

Two Workflows:
- ``workflow()``: deterministic, about 1.5 MB. The field set and shapes follow what a Conductor 3.x server returns
  from GET /api/workflow/{id}: every task carries inputData/outputData maps, its workflowTask (with a
  taskDefinition), the usual counters and timestamps.
- ``real_workflow()``: made by the real server. A 500-task workflow is run to completion on it (the tasks are
  polled and completed here with the same kind of output) and read back with GET /api/workflow/{id}. The server
  sends more than the synthetic one holds: the whole workflow definition (all 500 task definitions again) and an
  executionMetadata per task, about 2.2 MB, so it has more model instances per byte.

Standard library only, so that every virtualenv can import it.
"""

from __future__ import annotations

import json
import random
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

WORKFLOW_NAME = "order_fulfilment"
TASK_COUNT = 500


def _task_def(name: str) -> dict[str, Any]:
    return {
        "createTime": 1732520000000,
        "createdBy": "",
        "name": name,
        "description": f"{name} worker",
        "retryCount": 3,
        "timeoutSeconds": 3600,
        "inputKeys": ["orderId", "customer", "items"],
        "outputKeys": ["status", "result"],
        "timeoutPolicy": "TIME_OUT_WF",
        "retryLogic": "FIXED",
        "retryDelaySeconds": 60,
        "responseTimeoutSeconds": 600,
        "inputTemplate": {},
        "rateLimitPerFrequency": 0,
        "rateLimitFrequencyInSeconds": 1,
        "ownerEmail": "team@example.com",
        "pollTimeoutSeconds": 3600,
        "backoffScaleFactor": 1,
        "totalTimeoutSeconds": 0,
        "enforceSchema": False,
    }


def _workflow_task(name: str, ref: str) -> dict[str, Any]:
    return {
        "name": name,
        "taskReferenceName": ref,
        "inputParameters": {
            "orderId": "${workflow.input.orderId}",
            "customer": "${workflow.input.customer}",
            "items": "${workflow.input.items}",
            "previous": "${prev_task.output.result}",
        },
        "type": "SIMPLE",
        "decisionCases": {},
        "defaultCase": [],
        "forkTasks": [],
        "startDelay": 0,
        "joinOn": [],
        "optional": False,
        "taskDefinition": _task_def(name),
        "defaultExclusiveJoinTask": [],
        "asyncComplete": False,
        "loopOver": [],
        "onStateChange": {},
        "permissive": False,
    }


def _items(rng: random.Random, n: int) -> list[dict[str, Any]]:
    return [
        {
            "sku": f"SKU-{rng.randrange(10**6):06d}",
            "name": rng.choice(["widget", "gadget", "sprocket", "flange", "gizmo"]) + f" {rng.randrange(100)}",
            "quantity": rng.randrange(1, 10),
            "price": round(rng.uniform(1, 500), 2),
            "tags": [rng.choice(["red", "blue", "bulk", "fragile", "promo"]) for _ in range(3)],
        }
        for _ in range(n)
    ]


def _task(rng: random.Random, workflow_id: str, seq: int, base_time: int) -> dict[str, Any]:
    name = f"task_{seq % 25}"
    ref = f"{name}_ref_{seq}"
    start = base_time + seq * 1000
    customer = {
        "id": f"C{rng.randrange(10**8):08d}",
        "name": f"Customer {rng.randrange(10**4)}",
        "email": f"c{rng.randrange(10**6)}@example.com",
        "address": {"street": f"{rng.randrange(999)} Main St", "city": "Springfield", "zip": f"{rng.randrange(99999):05d}"},
        "vip": rng.random() < 0.1,
    }
    items = _items(rng, 3)
    return {
        "taskType": name,
        "status": "COMPLETED",
        "inputData": {"orderId": f"ORD-{rng.randrange(10**9)}", "customer": customer, "items": items,
                      "previous": {"ok": True, "score": rng.random()}},
        "referenceTaskName": ref,
        "retryCount": 0,
        "seq": seq,
        "correlationId": "corr-bench",
        "pollCount": 1,
        "taskDefName": name,
        "scheduledTime": start - 20,
        "startTime": start,
        "endTime": start + 350,
        "updateTime": start + 350,
        "startDelayInSeconds": 0,
        "retried": False,
        "executed": True,
        "callbackFromWorker": True,
        "responseTimeoutSeconds": 600,
        "workflowInstanceId": workflow_id,
        "workflowType": WORKFLOW_NAME,
        "taskId": f"{rng.getrandbits(128):032x}",
        "callbackAfterSeconds": 0,
        "workerId": "worker-host-1",
        "outputData": {"status": "OK", "result": {"charged": round(rng.uniform(1, 2000), 2), "currency": "EUR",
                                                    "lines": [{"sku": i["sku"], "ok": True} for i in items]},
                       "durationMs": rng.randrange(5, 900)},
        "workflowTask": _workflow_task(name, ref),
        "rateLimitPerFrequency": 0,
        "rateLimitFrequencyInSeconds": 0,
        "workflowPriority": 0,
        "iteration": 0,
        "subworkflowChanged": False,
        "firstStartTime": 0,
        "loopOverTask": False,
        "taskDefinition": _task_def(name),
        "queueWaitTime": 20,
    }


def workflow(task_count: int = TASK_COUNT) -> dict[str, Any]:
    rng = random.Random(20251125)
    workflow_id = f"{rng.getrandbits(128):032x}"
    base_time = 1732520000000
    tasks = [_task(rng, workflow_id, seq, base_time) for seq in range(1, task_count + 1)]
    return {
        "ownerApp": "",
        "createTime": base_time - 100,
        "updateTime": base_time + task_count * 1000 + 400,
        "status": "COMPLETED",
        "endTime": base_time + task_count * 1000 + 400,
        "workflowId": workflow_id,
        "tasks": tasks,
        "input": {"orderId": "ORD-1", "customer": {"id": "C1"}, "items": []},
        "output": {"result": "done", "count": task_count},
        "correlationId": "corr-bench",
        "taskToDomain": {},
        "failedReferenceTaskNames": [],
        "workflowDefinition": {
            "createTime": base_time - 10**6,
            "name": WORKFLOW_NAME,
            "description": "bench",
            "version": 1,
            "tasks": [t["workflowTask"] for t in tasks[:25]],
            "inputParameters": ["orderId", "customer", "items"],
            "outputParameters": {"result": "${last.output.result}"},
            "schemaVersion": 2,
            "restartable": True,
            "workflowStatusListenerEnabled": False,
            "ownerEmail": "team@example.com",
            "timeoutPolicy": "ALERT_ONLY",
            "timeoutSeconds": 0,
            "variables": {},
            "inputTemplate": {},
            "enforceSchema": True,
        },
        "priority": 0,
        "variables": {},
        "lastRetriedTime": 0,
        "failedTaskNames": [],
        "history": [],
        "startTime": base_time,
        "workflowName": WORKFLOW_NAME,
        "workflowVersion": 1,
    }


def write(directory: Path) -> tuple[Path, Path]:
    """Write workflow-500.json and task.json (compact, as a server sends them); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    wf = workflow()
    wf_path, task_path = directory / "workflow-500.json", directory / "task.json"
    wf_path.write_text(json.dumps(wf, separators=(",", ":")))
    task_path.write_text(json.dumps(wf["tasks"][0], separators=(",", ":")))
    return wf_path, task_path


def _call(base_url: str, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None) -> bytes:
    url = base_url.rstrip("/") + path + ("?" + urllib.parse.urlencode(query) if query else "")
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return bytes(response.read())


def real_workflow(base_url: str, directory: Path, task_count: int = TASK_COUNT) -> Path:
    """Run a ``task_count``-task workflow to completion on the server at ``base_url``, write what
    GET /api/workflow/{id} returns for it to ``directory``/workflow-real-500.json; returns the path.

    Task and workflow names are new on every call: a task queued for an earlier, finished run is never polled.
    """
    rng = random.Random(20251126)
    run = f"{time.time_ns():x}"
    names = [f"codec_bench_{run}_{i}" for i in range(25)]
    definitions = [{key: value for key, value in _task_def(name).items() if key != "createTime"} for name in names]
    _call(base_url, "POST", "/api/metadata/taskdefs", definitions)
    refs = [f"{names[i % 25]}_ref_{i}" for i in range(task_count)]
    tasks = [
        {**{key: value for key, value in _workflow_task(names[i % 25], refs[i]).items() if key != "taskDefinition"},
         "inputParameters": {"orderId": "${workflow.input.orderId}", "customer": "${workflow.input.customer}",
                             "items": "${workflow.input.items}",
                             "previous": f"${{{refs[i - 1]}.output.result}}" if i else None}}
        for i in range(task_count)
    ]
    workflow_name = f"codec_bench_{run}"
    _call(base_url, "PUT", "/api/metadata/workflow", [{
        "name": workflow_name, "version": 1, "tasks": tasks, "schemaVersion": 2, "ownerEmail": "team@example.com",
        "inputParameters": ["orderId", "customer", "items"], "timeoutSeconds": 0,
        "outputParameters": {"result": f"${{{refs[-1]}.output.result}}"}}])
    items = _items(rng, 3)
    workflow_input = {"orderId": "ORD-1", "items": items, "customer": {
        "id": "C00000001", "name": "Customer 1", "email": "c1@example.com", "vip": False,
        "address": {"street": "1 Main St", "city": "Springfield", "zip": "01234"}}}
    workflow_id = _call(base_url, "POST", f"/api/workflow/{workflow_name}", workflow_input).decode()
    for i in range(task_count):
        deadline = time.monotonic() + 60
        while True:  # the next task is scheduled when the previous one's update is processed
            polled = _call(base_url, "GET", f"/api/tasks/poll/{names[i % 25]}",
                           query={"workerid": "codec-bench"})
            if polled.strip():
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"task {i} of workflow {workflow_id} was never scheduled")
            time.sleep(0.01)
        output = {"status": "OK", "durationMs": rng.randrange(5, 900), "result": {
            "charged": round(rng.uniform(1, 2000), 2), "currency": "EUR",
            "lines": [{"sku": item["sku"], "ok": True} for item in items]}}
        _call(base_url, "POST", "/api/tasks", {"workflowInstanceId": workflow_id, "status": "COMPLETED",
                                               "taskId": json.loads(polled)["taskId"], "outputData": output,
                                               "workerId": "codec-bench"})
    body = _call(base_url, "GET", f"/api/workflow/{workflow_id}", query={"includeTasks": "true"})
    document = json.loads(body)
    if document.get("status") != "COMPLETED" or len(document.get("tasks", ())) != task_count:
        raise RuntimeError(f"workflow {workflow_id}: {document.get('status')}, {len(document.get('tasks', ()))} tasks")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "workflow-real-500.json"
    path.write_bytes(body)
    return path


if __name__ == "__main__":
    import sys

    paths = write(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    for p in paths:
        print(p, p.stat().st_size)
