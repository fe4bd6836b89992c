"""User code type-checks against the generated package: return types are the models, not Any, and building a
model without a field the server requires is a type error, while what the server accepts is clean."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = '''
from conductor_client import AsyncConductorClient, ConductorClient, NotFoundError
from conductor_client.models import StartWorkflowRequest, Workflow, WorkflowStatusEnum


def run(client: ConductorClient) -> str:
    workflow_id: str = client.workflow.start_workflow(body=StartWorkflowRequest(name="checkout"))
    workflow = client.workflow.get_workflow(workflow_id, include_tasks=True)
    reveal_type(workflow)
    status: WorkflowStatusEnum | None = workflow.status
    try:
        client.metadata.get_task_def("nope")
    except NotFoundError as error:
        return str(error.status_code)
    return str(status)


async def run_async(client: AsyncConductorClient) -> Workflow:
    return await client.workflow.get_workflow("id")


def wrong(client: ConductorClient) -> int:
    return client.workflow.get_workflow("id")
'''


def mypy_strict(code: str, package_root: Path, tmp_path: Path) -> str:
    """mypy --strict's report on `code` as a user's module, importing the package found in `package_root`."""
    source = tmp_path / "user_code.py"
    source.write_text(code)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         str(source)],
        cwd=package_root, capture_output=True, text=True, timeout=300,
    )
    return result.stdout


def test_user_code_is_typed(tmp_path: Path) -> None:
    out = mypy_strict(USER_CODE, ROOT / "generated", tmp_path)
    assert 'Revealed type is "conductor_client.models._workflow.Workflow"' in out, out
    # The one mistake in the snippet is found, and nothing else is reported.
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out
    assert "user_code.py:23" in errors[0] and "Incompatible return value type" in errors[0], out


# What the server accepts (generator/ir/server_required.json: no timeoutSeconds, no version), then one model built
# without each of a few fields it refuses to go without. Marked lines are the ones mypy must flag.
REQUIRED_FIELDS_CODE = '''
from conductor_client.models import EventHandler, StartWorkflowRequest, TaskDef, WorkflowDef, WorkflowTask

task_def = TaskDef(name="t")
definition = WorkflowDef(name="w", tasks=[WorkflowTask(name="t", task_reference_name="t_ref", type="SIMPLE")])
start = StartWorkflowRequest(name="w", input={"order": 7})
handler = EventHandler(name="h", event="conductor:w:done", actions=[])
decoded_name: str | None = task_def.name  # the attribute stays optional: a decoded answer may lack it
reveal_type(definition.timeout_seconds)

no_name = TaskDef(timeout_seconds=60)  # flagged: name
no_workflow_name = StartWorkflowRequest(version=1)  # flagged: name
no_reference = WorkflowTask(name="t")  # flagged: task_reference_name
no_tasks = WorkflowDef(name="w", timeout_seconds=60)  # flagged: tasks
no_event = EventHandler(name="h", actions=[])  # flagged: event
wrong_type = TaskDef(name=1)  # flagged: name
'''


def test_building_a_model_without_a_field_the_server_requires_is_a_type_error(
    runnable_copy: Path, tmp_path: Path
) -> None:
    out = mypy_strict(REQUIRED_FIELDS_CODE, runnable_copy, tmp_path)
    assert re.search(r'Revealed type is "(builtins\.)?int \| None"', out), out  # mypy 1 spells builtins out
    lines = REQUIRED_FIELDS_CODE.splitlines()
    expected = {number: line.split("# flagged: ")[1] for number, line in enumerate(lines, 1) if "# flagged" in line}
    errors = {}
    for line in out.splitlines():
        if ": error:" in line:
            number = int(line.split("user_code.py:")[1].split(":")[0])
            errors.setdefault(number, []).append(line)
    assert sorted(errors) == sorted(expected), out  # each marked line, and nothing the server accepts
    for number, field in expected.items():
        assert any(f'"{field}"' in error for error in errors[number]), (field, errors[number])


# The client settings are declared once (`ClientSettings`, a TypedDict the cores take as `**settings`), and still
# checked name by name and type by type where a user builds a client, sync or async. Marked lines must be flagged.
CLIENT_SETTINGS_CODE = '''
import ssl

from conductor_client import AsyncConductorClient, ConductorClient, RetryPolicy, Timeout

client = ConductorClient(
    "http://x/api", auth_key="k", auth_secret="s", timeout=3, retry=False, verify=ssl.create_default_context(),
    proxy=None, trust_env=False, headers={"X-Team": "blue"}, token_ttl=60, user_agent="me", max_response_bytes=1024,
)
by_name = ConductorClient(server_url="http://x/api", timeout=Timeout(read=300), retry=RetryPolicy(2), verify="ca.pem")
aclient = AsyncConductorClient("http://x/api", timeout=2.5, retry=True, clock=lambda: 0.0)
misspelt = ConductorClient("http://x/api", timout=3)  # flagged: timout
wrong_type = ConductorClient("http://x/api", retry="no")  # flagged: retry
async_wrong = AsyncConductorClient(headers=["X-Team"])  # flagged: headers
'''


def test_client_settings_are_checked_in_user_code(tmp_path: Path) -> None:
    out = mypy_strict(CLIENT_SETTINGS_CODE, ROOT / "generated", tmp_path)
    lines = CLIENT_SETTINGS_CODE.splitlines()
    expected = {number: line.split("# flagged: ")[1] for number, line in enumerate(lines, 1) if "# flagged" in line}
    errors: dict[int, list[str]] = {}
    for line in out.splitlines():
        if ": error:" in line:
            number = int(line.split("user_code.py:")[1].split(":")[0])
            errors.setdefault(number, []).append(line)
    assert sorted(errors) == sorted(expected), out  # each marked line, and none of the correct calls
    for number, name in expected.items():
        assert any(f'"{name}"' in error for error in errors[number]), (name, errors[number])
