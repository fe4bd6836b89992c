from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AggregateTokenUsage(ConductorModel):
    completion_tokens: int | None = Field(None, alias="completionTokens")
    prompt_tokens: int | None = Field(None, alias="promptTokens")
    total_tokens: int | None = Field(None, alias="totalTokens")
