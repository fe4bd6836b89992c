from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class TaskDetails(ConductorModel):
    output: dict[str, Any] | None = None
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
    task_ref_name: str | None = Field(default=None, validation_alias="taskRefName", serialization_alias="taskRefName")
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
