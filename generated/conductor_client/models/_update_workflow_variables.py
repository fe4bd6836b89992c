from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class UpdateWorkflowVariables(ConductorModel):
    append_array: bool | None = Field(default=None, validation_alias="appendArray", serialization_alias="appendArray")
    variables: dict[str, Any] | None = None
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
