from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._guardrail_config import GuardrailConfig


class ToolConfig(ConductorModel):
    approval_required: bool | None = Field(None, alias="approvalRequired")
    config: dict[str, Any] | None = Field(None, alias="config")
    description: str | None = Field(None, alias="description")
    guardrails: list[GuardrailConfig] | None = Field(None, alias="guardrails")
    input_schema: dict[str, Any] | None = Field(None, alias="inputSchema")
    max_calls: int | None = Field(None, alias="maxCalls")
    name: str | None = Field(None, alias="name")
    output_schema: dict[str, Any] | None = Field(None, alias="outputSchema")
    stateful: bool | None = Field(None, alias="stateful")
    timeout_seconds: int | None = Field(None, alias="timeoutSeconds")
    tool_type: str | None = Field(None, alias="toolType")
