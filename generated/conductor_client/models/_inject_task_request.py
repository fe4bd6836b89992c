from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._sub_workflow_param import SubWorkflowParam


class InjectTaskRequest(ConductorModel):
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    status: str | None = Field(None, alias="status")
    sub_workflow_param: SubWorkflowParam | None = Field(None, alias="subWorkflowParam")
    task_def_name: str | None = Field(None, alias="taskDefName")
    type: str | None = Field(None, alias="type")
