from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class TaskDetails(ConductorModel):
    output: dict[str, Any] | None = Field(None, alias="output")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    task_id: str | None = Field(None, alias="taskId")
    task_ref_name: str | None = Field(None, alias="taskRefName")
    workflow_id: str | None = Field(None, alias="workflowId")
