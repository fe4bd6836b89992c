from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class SkipTaskRequest(ConductorModel):
    task_input: dict[str, Any] | None = Field(
        default=None, validation_alias="taskInput", serialization_alias="taskInput"
    )
    task_output: dict[str, Any] | None = Field(
        default=None, validation_alias="taskOutput", serialization_alias="taskOutput"
    )
