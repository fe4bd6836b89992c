from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_config import AgentConfig


class AgentStartRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(
        default=None, validation_alias="agentConfig", serialization_alias="agentConfig"
    )
    context: dict[str, Any] | None = Field(default=None, validation_alias="context", serialization_alias="context")
    framework: str | None = Field(default=None, validation_alias="framework", serialization_alias="framework")
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    media: list[str] | None = Field(default=None, validation_alias="media", serialization_alias="media")
    model: str | None = Field(default=None, validation_alias="model", serialization_alias="model")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    prompt: str | None = Field(default=None, validation_alias="prompt", serialization_alias="prompt")
    raw_config: dict[str, Any] | None = Field(
        default=None, validation_alias="rawConfig", serialization_alias="rawConfig"
    )
    run_id: str | None = Field(default=None, validation_alias="runId", serialization_alias="runId")
    session_id: str | None = Field(default=None, validation_alias="sessionId", serialization_alias="sessionId")
    skill_ref: dict[str, Any] | None = Field(default=None, validation_alias="skillRef", serialization_alias="skillRef")
    static_plan: dict[str, Any] | None = Field(
        default=None, validation_alias="static_plan", serialization_alias="static_plan"
    )
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    version: int | None = Field(default=None, validation_alias="version", serialization_alias="version")
