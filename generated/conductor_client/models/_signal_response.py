from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._signal_response_response_type_enum import SignalResponseResponseTypeEnum


class SignalResponse(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    request_id: str | None = Field(default=None, validation_alias="requestId", serialization_alias="requestId")
    response_type: SignalResponseResponseTypeEnum | None = Field(
        default=None, validation_alias="responseType", serialization_alias="responseType"
    )
    signal_timeout: bool | None = Field(
        default=None, validation_alias="signalTimeout", serialization_alias="signalTimeout"
    )
    target_workflow_id: str | None = Field(
        default=None, validation_alias="targetWorkflowId", serialization_alias="targetWorkflowId"
    )
    target_workflow_status: str | None = Field(
        default=None, validation_alias="targetWorkflowStatus", serialization_alias="targetWorkflowStatus"
    )
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
