from conductor_client.models._base import ConductorModel
from pydantic import Field


class GuardrailConfig(ConductorModel):
    guardrail_type: str | None = Field(
        default=None, validation_alias="guardrailType", serialization_alias="guardrailType"
    )
    max_retries: int | None = Field(default=None, validation_alias="maxRetries", serialization_alias="maxRetries")
    max_tokens: int | None = Field(default=None, validation_alias="maxTokens", serialization_alias="maxTokens")
    message: str | None = None
    mode: str | None = None
    model: str | None = None
    name: str | None = None
    on_fail: str | None = Field(default=None, validation_alias="onFail", serialization_alias="onFail")
    patterns: list[str] | None = None
    policy: str | None = None
    position: str | None = None
    task_name: str | None = Field(default=None, validation_alias="taskName", serialization_alias="taskName")
