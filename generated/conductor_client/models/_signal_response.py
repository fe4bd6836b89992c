from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._signal_response_response_type_enum import SignalResponseResponseTypeEnum


class SignalResponse(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    request_id: str | None = Field(None, alias="requestId")
    response_type: SignalResponseResponseTypeEnum | None = Field(None, alias="responseType")
    signal_timeout: bool | None = Field(None, alias="signalTimeout")
    target_workflow_id: str | None = Field(None, alias="targetWorkflowId")
    target_workflow_status: str | None = Field(None, alias="targetWorkflowStatus")
    workflow_id: str | None = Field(None, alias="workflowId")
