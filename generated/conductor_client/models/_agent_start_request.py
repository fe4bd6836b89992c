from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_config import AgentConfig


class AgentStartRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(None, alias="agentConfig")
    context: dict[str, Any] | None = Field(None, alias="context")
    framework: str | None = Field(None, alias="framework")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    media: list[str] | None = Field(None, alias="media")
    model: str | None = Field(None, alias="model")
    name: str | None = Field(None, alias="name")
    prompt: str | None = Field(None, alias="prompt")
    raw_config: dict[str, Any] | None = Field(None, alias="rawConfig")
    run_id: str | None = Field(None, alias="runId")
    session_id: str | None = Field(None, alias="sessionId")
    skill_ref: dict[str, Any] | None = Field(None, alias="skillRef")
    static_plan: dict[str, Any] | None = Field(None, alias="static_plan")
    timeout_seconds: int | None = Field(None, alias="timeoutSeconds")
    version: int | None = Field(None, alias="version")
