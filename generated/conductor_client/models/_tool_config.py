from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._guardrail_config import GuardrailConfig


class ToolConfig(ConductorModel):
    approval_required: bool | None = Field(
        default=None, validation_alias="approvalRequired", serialization_alias="approvalRequired"
    )
    config: dict[str, Any] | None = None
    description: str | None = None
    guardrails: list[GuardrailConfig] | None = None
    input_schema: dict[str, Any] | None = Field(
        default=None, validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    max_calls: int | None = Field(default=None, validation_alias="maxCalls", serialization_alias="maxCalls")
    name: str | None = None
    output_schema: dict[str, Any] | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    stateful: bool | None = None
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    tool_type: str | None = Field(default=None, validation_alias="toolType", serialization_alias="toolType")
