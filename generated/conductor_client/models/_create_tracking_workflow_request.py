from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class CreateTrackingWorkflowRequest(ConductorModel):
    input: dict[str, Any] | None = None
    parent_workflow_id: str | None = Field(
        default=None, validation_alias="parentWorkflowId", serialization_alias="parentWorkflowId"
    )
    parent_workflow_task_id: str | None = Field(
        default=None, validation_alias="parentWorkflowTaskId", serialization_alias="parentWorkflowTaskId"
    )
    workflow_name: str | None = Field(default=None, validation_alias="workflowName", serialization_alias="workflowName")
