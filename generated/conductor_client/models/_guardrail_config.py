from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class GuardrailConfig(ConductorModel):
    guardrail_type: str | None = Field(
        default=None, validation_alias="guardrailType", serialization_alias="guardrailType"
    )
    max_retries: int | None = Field(default=None, validation_alias="maxRetries", serialization_alias="maxRetries")
    max_tokens: int | None = Field(default=None, validation_alias="maxTokens", serialization_alias="maxTokens")
    message: str | None = Field(default=None, validation_alias="message", serialization_alias="message")
    mode: str | None = Field(default=None, validation_alias="mode", serialization_alias="mode")
    model: str | None = Field(default=None, validation_alias="model", serialization_alias="model")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    on_fail: str | None = Field(default=None, validation_alias="onFail", serialization_alias="onFail")
    patterns: list[str] | None = Field(default=None, validation_alias="patterns", serialization_alias="patterns")
    policy: str | None = Field(default=None, validation_alias="policy", serialization_alias="policy")
    position: str | None = Field(default=None, validation_alias="position", serialization_alias="position")
    task_name: str | None = Field(default=None, validation_alias="taskName", serialization_alias="taskName")
