from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._sub_workflow_param import SubWorkflowParam


class InjectTaskRequest(ConductorModel):
    input_data: dict[str, Any] | None = Field(
        default=None, validation_alias="inputData", serialization_alias="inputData"
    )
    reference_task_name: str | None = Field(
        default=None, validation_alias="referenceTaskName", serialization_alias="referenceTaskName"
    )
    status: str | None = None
    sub_workflow_param: SubWorkflowParam | None = Field(
        default=None, validation_alias="subWorkflowParam", serialization_alias="subWorkflowParam"
    )
    task_def_name: str | None = Field(default=None, validation_alias="taskDefName", serialization_alias="taskDefName")
    type: str | None = None
