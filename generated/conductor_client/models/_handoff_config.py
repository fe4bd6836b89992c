from conductor_client.models._base import ConductorModel
from pydantic import Field


class HandoffConfig(ConductorModel):
    result_contains: str | None = Field(
        default=None, validation_alias="resultContains", serialization_alias="resultContains"
    )
    target: str | None = None
    task_name: str | None = Field(default=None, validation_alias="taskName", serialization_alias="taskName")
    text: str | None = None
    tool_name: str | None = Field(default=None, validation_alias="toolName", serialization_alias="toolName")
    type: str | None = None
