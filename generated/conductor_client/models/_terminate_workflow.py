from conductor_client.models._base import ConductorModel
from pydantic import Field


class TerminateWorkflow(ConductorModel):
    termination_reason: str | None = Field(
        default=None, validation_alias="terminationReason", serialization_alias="terminationReason"
    )
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
