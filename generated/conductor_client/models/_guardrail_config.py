from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class GuardrailConfig(ConductorModel):
    guardrail_type: str | None = Field(None, alias="guardrailType")
    max_retries: int | None = Field(None, alias="maxRetries")
    max_tokens: int | None = Field(None, alias="maxTokens")
    message: str | None = Field(None, alias="message")
    mode: str | None = Field(None, alias="mode")
    model: str | None = Field(None, alias="model")
    name: str | None = Field(None, alias="name")
    on_fail: str | None = Field(None, alias="onFail")
    patterns: list[str] | None = Field(None, alias="patterns")
    policy: str | None = Field(None, alias="policy")
    position: str | None = Field(None, alias="position")
    task_name: str | None = Field(None, alias="taskName")
