from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._agent_config import AgentConfig


class AgentStartRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(
        default=None, validation_alias="agentConfig", serialization_alias="agentConfig"
    )
    context: dict[str, Any] | None = None
    framework: str | None = None
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    media: list[str] | None = None
    model: str | None = None
    name: str | None = None
    prompt: str | None = None
    raw_config: dict[str, Any] | None = Field(
        default=None, validation_alias="rawConfig", serialization_alias="rawConfig"
    )
    run_id: str | None = Field(default=None, validation_alias="runId", serialization_alias="runId")
    session_id: str | None = Field(default=None, validation_alias="sessionId", serialization_alias="sessionId")
    skill_ref: dict[str, Any] | None = Field(default=None, validation_alias="skillRef", serialization_alias="skillRef")
    static_plan: dict[str, Any] | None = None
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    version: int | None = None
