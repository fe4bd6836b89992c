from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CurrentTask(ConductorModel):
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    status: str | None = Field(None, alias="status")
    task_ref_name: str | None = Field(None, alias="taskRefName")
    task_type: str | None = Field(None, alias="taskType")
