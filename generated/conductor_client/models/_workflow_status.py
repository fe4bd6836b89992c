from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow_status_status_enum import WorkflowStatusStatusEnum


class WorkflowStatus(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    output: dict[str, Any] | None = None
    status: WorkflowStatusStatusEnum | None = None
    variables: dict[str, Any] | None = None
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
