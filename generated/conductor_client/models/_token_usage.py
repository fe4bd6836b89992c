from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class TokenUsage(ConductorModel):
    completion_tokens: int | None = Field(
        default=None, validation_alias="completionTokens", serialization_alias="completionTokens"
    )
    prompt_tokens: int | None = Field(default=None, validation_alias="promptTokens", serialization_alias="promptTokens")
    total_tokens: int | None = Field(default=None, validation_alias="totalTokens", serialization_alias="totalTokens")
