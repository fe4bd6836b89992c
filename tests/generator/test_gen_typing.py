"""User code type-checks against the generated package: return types are the models, not Any."""

from __future__ import annotations

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


def test_user_code_is_typed(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         str(source)],
        cwd=ROOT / "generated", capture_output=True, text=True, timeout=300,
    )
    out = result.stdout
    assert 'Revealed type is "conductor_client.models._workflow.Workflow"' in out, out
    # The one mistake in the snippet is found, and nothing else is reported.
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out
    assert "user_code.py:23" in errors[0] and "Incompatible return value type" in errors[0], out
