from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class SkipTaskRequest(ConductorModel):
    task_input: dict[str, Any] | None = Field(
        default=None, validation_alias="taskInput", serialization_alias="taskInput"
    )
    task_output: dict[str, Any] | None = Field(
        default=None, validation_alias="taskOutput", serialization_alias="taskOutput"
    )
