from conductor_client.models._base import ConductorModel
from pydantic import Field


class ThinkingConfig(ConductorModel):
    budget_tokens: int | None = Field(default=None, validation_alias="budgetTokens", serialization_alias="budgetTokens")
    enabled: bool | None = None
