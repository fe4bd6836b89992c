from conductor_client.models._base import ConductorModel
from pydantic import Field


class SubWorkflowParam(ConductorModel):
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    name: str | None = None
    version: int | None = None
