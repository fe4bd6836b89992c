from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class TaskDetail(ConductorModel):
    output_data: dict[str, Any] | None = Field(
        default=None, validation_alias="outputData", serialization_alias="outputData"
    )
    reference_task_name: str | None = Field(
        default=None, validation_alias="referenceTaskName", serialization_alias="referenceTaskName"
    )
    status: str | None = None
    sub_workflow_id: str | None = Field(
        default=None, validation_alias="subWorkflowId", serialization_alias="subWorkflowId"
    )
    task_type: str | None = Field(default=None, validation_alias="taskType", serialization_alias="taskType")
