from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class RerunWorkflowRequest(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    re_run_from_task_id: str | None = Field(
        default=None, validation_alias="reRunFromTaskId", serialization_alias="reRunFromTaskId"
    )
    re_run_from_workflow_id: str | None = Field(
        default=None, validation_alias="reRunFromWorkflowId", serialization_alias="reRunFromWorkflowId"
    )
    task_input: dict[str, Any] | None = Field(
        default=None, validation_alias="taskInput", serialization_alias="taskInput"
    )
    workflow_input: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowInput", serialization_alias="workflowInput"
    )
