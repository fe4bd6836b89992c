"""The generated client (``generated/conductor_client``) against the real Conductor server, sync and async.

Register task and workflow definitions, start a workflow, read it, search for it, pause and resume it, read its
task, add and read a task log, terminate it; a 404 raises NotFoundError. Plus the runtime's behaviour with the
real server: auth against a server without auth, and retries through a fault-injecting proxy.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from collections.abc import AsyncIterator
from typing import Any

import pytest
from client_support import runtime_templates, sync_options
from support.render import render_templates

pytestmark = [pytest.mark.anyio, pytest.mark.e2e]

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "conductor_client"
OVERLAY = "cc_e2e_overlay"

if not (GENERATED / "client.py").exists():
    pytest.skip("generated/conductor_client does not exist yet", allow_module_level=True)


def _overlay() -> tuple[Any, Any, Any]:
    """generated/conductor_client with the runtime templates rendered over it, as package ``cc_e2e_overlay``.

    So these tests run the current templates with the current generated API and models, whether or not
    generated/ was regenerated since the templates last changed.
    """
    import importlib
    import shutil
    import sys
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="cc-e2e-"))
    target = root / OVERLAY
    shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        text = path.read_text()
        if "conductor_client" in text:
            path.write_text(text.replace("conductor_client.", OVERLAY + "."))
    render_templates(runtime_templates(), target)
    sys.path.insert(0, str(root))
    return (
        importlib.import_module(OVERLAY),
        importlib.import_module(OVERLAY + ".models"),
        importlib.import_module(OVERLAY + ".errors"),
    )


cc, models, errors = _overlay()


class Both:
    """``await both(client.workflow.x(...))`` works for the sync and the async client."""

    def __init__(self, client: Any, flavor: str) -> None:
        self.client = client
        self.flavor = flavor

    async def __call__(self, value: Any) -> Any:
        return await value if self.flavor == "async" else value


@pytest.fixture
async def real(conductor_server, flavor) -> AsyncIterator[Both]:
    # A loopback server: no proxy from the environment.
    if flavor != "async":
        options = sync_options(flavor)
        with cc.ConductorClient(conductor_server.url + "/api", trust_env=False, timeout=30, **options) as client:
            yield Both(client, flavor)
    else:
        async with cc.AsyncConductorClient(conductor_server.url, trust_env=False, timeout=30) as aclient:
            yield Both(aclient, flavor)


async def eventually(check: Any, timeout: float = 20.0) -> Any:
    """Retry an async check until it returns something truthy (search is eventually consistent)."""
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


def _indexes(server: Any) -> bool:
    """Whether the server is known to index workflows for search (the test server does from 3.22 on)."""
    if server.version is None:  # a server given by CONDUCTOR_SERVER_URL: unknown
        return False
    major, minor = (int(part) for part in server.version.split(".")[:2])
    return (major, minor) >= (3, 22)


async def test_workflow_lifecycle(real: Both, conductor_server: Any) -> None:
    m = models
    c = real.client
    suffix = uuid.uuid4().hex[:10]
    task_type = f"rt_e2e_task_{suffix}"
    workflow_name = f"rt_e2e_wf_{suffix}"

    await real(
        c.metadata.register_task_def(
            body=[
                m.TaskDef(
                    name=task_type,
                    timeout_seconds=300,
                    response_timeout_seconds=120,
                    retry_count=0,
                    owner_email="e2e@example.com",
                )
            ]
        )
    )
    task_def = await real(c.metadata.get_task_def(task_type))
    assert task_def.name == task_type

    definition = m.WorkflowDef(
        name=workflow_name,
        version=1,
        schema_version=2,
        timeout_seconds=600,
        owner_email="e2e@example.com",
        tasks=[m.WorkflowTask(name=task_type, task_reference_name="step_1", type="SIMPLE")],
    )
    await real(c.metadata.register_workflow_def(body=definition, overwrite=True))

    request = m.StartWorkflowRequest(
        name=workflow_name, version=1, input={"who": "e2e", "n": [1, 2]}, correlation_id=suffix
    )
    workflow_id = await real(c.workflow.start_workflow(body=request))
    assert isinstance(workflow_id, str) and len(workflow_id) >= 8

    workflow = await real(c.workflow.get_workflow(workflow_id, include_tasks=True))
    assert workflow.workflow_id == workflow_id
    assert str(workflow.status.value if hasattr(workflow.status, "value") else workflow.status) == "RUNNING"
    assert workflow.input == {"who": "e2e", "n": [1, 2]}
    task = workflow.tasks[0]
    assert task.reference_task_name == "step_1"

    async def found() -> bool:
        result = await real(c.workflow.search(query=f"workflowType IN ({workflow_name})", size=10))
        return any(s.workflow_id == workflow_id for s in (result.results or []))

    if _indexes(conductor_server):
        assert await eventually(found), "the started workflow never showed in search"
    else:  # 3.21.x runs here without an index: search answers, maybe empty
        result = await real(c.workflow.search(query=f"workflowType IN ({workflow_name})", size=10))
        assert isinstance(result, m.SearchResultWorkflowSummary)

    await real(c.workflow.pause_workflow(workflow_id))
    paused = await real(c.workflow.get_workflow(workflow_id, include_tasks=False))
    assert _status(paused) == "PAUSED"
    await real(c.workflow.resume_workflow(workflow_id))
    assert _status(await real(c.workflow.get_workflow(workflow_id))) == "RUNNING"

    read_task = await real(c.task.get_task(task.task_id))
    assert read_task.task_id == task.task_id
    assert read_task.workflow_instance_id == workflow_id

    # The server answers 204 with no body when a task has no log: no entries, not None.
    assert await real(c.task.get_task_logs(task.task_id)) == []
    await real(c.task.add_task_log(task.task_id, body="first line ✓"))
    logs = await real(c.task.get_task_logs(task.task_id))
    if _indexes(conductor_server):
        assert [entry.log for entry in logs] == ["first line ✓"]
    else:  # task logs live in the index, which 3.21.x runs without here: accepted, never read back
        assert logs == []

    await real(c.workflow.terminate_workflow(workflow_id, reason="e2e done"))
    terminated = await real(c.workflow.get_workflow(workflow_id))
    assert _status(terminated) == "TERMINATED"
    assert terminated.reason_for_incompletion == "e2e done"


async def test_a_poll_that_finds_no_task_is_none(real: Both) -> None:
    """The server answers 204 with no body; the method is typed ``Task | None`` for it."""
    task_type = f"rt_e2e_empty_queue_{uuid.uuid4().hex[:10]}"
    assert await real(real.client.task.poll_task(task_type, workerid="e2e")) is None
    assert await real(real.client.task.batch_poll_tasks(task_type, workerid="e2e", count=2, timeout_ms=10)) == []


async def test_an_update_that_takes_the_next_task_is_none_after_the_last(real: Both) -> None:
    """POST /api/tasks/update-v2 answers the next task of the same type, or 204 with no body when there is none."""
    m, c = models, real.client
    name = f"rt_e2e_v2_{uuid.uuid4().hex[:10]}"
    await real(c.metadata.register_task_def(body=[
        m.TaskDef(name=name, timeout_seconds=300, response_timeout_seconds=120, owner_email="e2e@example.com")]))
    await real(c.metadata.register_workflow_def(overwrite=True, body=m.WorkflowDef(
        name=name, version=1, schema_version=2, timeout_seconds=600, owner_email="e2e@example.com",
        tasks=[m.WorkflowTask(name=name, task_reference_name=ref, type="SIMPLE") for ref in ("a", "b")])))
    workflow_id = await real(c.workflow.start_workflow(body=m.StartWorkflowRequest(name=name, version=1)))
    first = await real(c.task.poll_task(name, workerid="e2e"))
    assert first is not None and first.reference_task_name == "a"

    def done(task: Any) -> Any:
        return m.TaskResult(workflow_instance_id=workflow_id, task_id=task.task_id, status="COMPLETED", worker_id="e2e")

    second = await real(c.task.update_task_v2(body=done(first)))
    assert isinstance(second, m.Task) and second.reference_task_name == "b"
    assert await real(c.task.update_task_v2(body=done(second))) is None
    assert _status(await real(c.workflow.get_workflow(workflow_id))) == "COMPLETED"


async def test_what_the_server_sends_is_written_back_unchanged(real: Both, conductor_server: Any) -> None:
    """A completed run read as models and dumped again is the server's JSON, field for field (fields this package
    does not know included): a workflow with its tasks, and its definition as the metadata API gives it."""
    import json

    import httpx

    m, c = models, real.client
    suffix = uuid.uuid4().hex[:10]
    names = [f"rt_e2e_rt_{suffix}_{i}" for i in range(3)]
    await real(c.metadata.register_task_def(body=[
        m.TaskDef(name=name, timeout_seconds=300, response_timeout_seconds=120, owner_email="e2e@example.com")
        for name in names]))
    definition = m.WorkflowDef(
        name=f"rt_e2e_rt_wf_{suffix}", version=1, schema_version=2, timeout_seconds=600,
        owner_email="e2e@example.com", output_parameters={"last": "${step_2.output.result}"},
        tasks=[m.WorkflowTask(name=name, task_reference_name=f"step_{i}", type="SIMPLE",
                              input_parameters={"n": i, "order": "${workflow.input.order}"})
               for i, name in enumerate(names)])
    await real(c.metadata.register_workflow_def(body=definition, overwrite=True))
    workflow_id = await real(c.workflow.start_workflow(body=m.StartWorkflowRequest(
        name=definition.name, version=1, input={"order": {"id": "o-1", "lines": [1, 2.5, None, "x"]}})))
    for i, name in enumerate(names):
        task = await real(c.task.poll_task(name, workerid="e2e"))
        assert task is not None, f"task {i} was not scheduled"
        await real(c.task.update_task(body=m.TaskResult(
            workflow_instance_id=workflow_id, task_id=task.task_id, status="COMPLETED",
            output_data={"result": {"i": i, "ok": True, "nested": [{"deep": [i]}]}})))

    finished = await real(c.workflow.get_workflow(workflow_id, include_tasks=True))
    assert _status(finished) == "COMPLETED" and len(finished.tasks) == 3  # a full run: every task has its output

    with httpx.Client(base_url=conductor_server.url, timeout=30, trust_env=False) as raw:
        for path, read in (
            (f"/api/workflow/{workflow_id}?includeTasks=true",
             lambda: c.workflow.get_workflow(workflow_id, include_tasks=True)),
            (f"/api/metadata/workflow/{definition.name}?version=1", lambda: c.metadata.get_workflow_def(definition.name, version=1)),
            (f"/api/metadata/taskdefs/{names[0]}", lambda: c.metadata.get_task_def(names[0])),
        ):
            decoded = await real(read())
            sent = raw.get(path).json()
            assert json.loads(decoded.model_dump_json(by_alias=True, exclude_none=True)) == sent, path


def _status(workflow: Any) -> str:
    status = workflow.status
    return str(getattr(status, "value", status))


async def test_not_found(real: Both) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        await real(real.client.workflow.get_workflow("no-such-workflow-" + uuid.uuid4().hex))
    err = info.value
    assert err.status_code == 404
    assert "no-such-workflow" in err.message
    assert err.operation == "workflow.get_workflow"
    assert err.method == "GET"

    with pytest.raises(errors.NotFoundError):
        await real(real.client.metadata.get_task_def("no_such_task_" + uuid.uuid4().hex))


async def test_bad_request(real: Both) -> None:
    m = models
    # A workflow definition that the server refuses (its task has no name).
    definition = m.WorkflowDef.model_construct(name=f"rt_e2e_bad_{uuid.uuid4().hex[:8]}", timeout_seconds=60, tasks=[])
    with pytest.raises((errors.BadRequestError, errors.ServerError)) as info:
        await real(real.client.metadata.register_workflow_def(body=definition))
    assert info.value.message


async def test_key_and_secret_against_a_server_without_auth(conductor_server, flavor) -> None:
    """The OSS server has no /api/token: the client notices once and goes on without a token."""
    kwargs = dict(auth_key="some-key", auth_secret="some-secret", trust_env=False)
    if flavor != "async":
        with cc.ConductorClient(conductor_server.url, **kwargs, **sync_options(flavor)) as client:
            for _ in range(2):
                client.metadata.get_all_task_defs()
            assert client._auth.disabled
    else:
        async with cc.AsyncConductorClient(conductor_server.url, **kwargs) as aclient:
            for _ in range(2):
                await aclient.metadata.get_all_task_defs()
            assert aclient._auth.disabled


async def test_retries_through_a_faulty_network(conductor_server, flavor) -> None:
    from support.fault_proxy import DROP, FaultProxy, Reset

    sleeps: list[float] = []
    with FaultProxy.for_url(conductor_server.url) as proxy:
        if flavor != "async":
            client: Any = cc.ConductorClient(
                proxy.url, trust_env=False, sleep=sleeps.append, **sync_options(flavor)
            )
        else:

            async def sleep(seconds: float) -> None:
                sleeps.append(seconds)

            client = cc.AsyncConductorClient(proxy.url, trust_env=False, sleep=sleep)
        both = Both(client, flavor)
        try:
            # A GET whose connection is dropped is sent again and succeeds.
            proxy.schedule(DROP)
            assert isinstance(await both(client.metadata.get_all_task_defs()), list)
            assert len(sleeps) == 1

            # A POST that is not safe to repeat, reset after the server got it, is not sent again.
            proxy.schedule(Reset(after=0))
            m = models
            request = m.StartWorkflowRequest(name="rt_e2e_never_registered_" + uuid.uuid4().hex[:6])
            with pytest.raises(errors.TransportError):
                await both(client.workflow.start_workflow(body=request))
            assert len(sleeps) == 1
        finally:
            if flavor != "async":
                client.close()
            else:
                await client.aclose()
