from conductor_client.models._base import ConductorModel
from pydantic import Field


class CreateTrackingWorkflowResponse(ConductorModel):
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
