from conductor_client.models._base import ConductorModel
from pydantic import Field


class AggregateTokenUsage(ConductorModel):
    completion_tokens: int | None = Field(
        default=None, validation_alias="completionTokens", serialization_alias="completionTokens"
    )
    prompt_tokens: int | None = Field(default=None, validation_alias="promptTokens", serialization_alias="promptTokens")
    total_tokens: int | None = Field(default=None, validation_alias="totalTokens", serialization_alias="totalTokens")
