from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class CurrentTask(ConductorModel):
    input_data: dict[str, Any] | None = Field(
        default=None, validation_alias="inputData", serialization_alias="inputData"
    )
    output_data: dict[str, Any] | None = Field(
        default=None, validation_alias="outputData", serialization_alias="outputData"
    )
    status: str | None = None
    task_ref_name: str | None = Field(default=None, validation_alias="taskRefName", serialization_alias="taskRefName")
    task_type: str | None = Field(default=None, validation_alias="taskType", serialization_alias="taskType")
