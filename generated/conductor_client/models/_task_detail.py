from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class TaskDetail(ConductorModel):
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    status: str | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    task_type: str | None = Field(None, alias="taskType")
