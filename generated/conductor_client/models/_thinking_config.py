from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class ThinkingConfig(ConductorModel):
    budget_tokens: int | None = Field(default=None, validation_alias="budgetTokens", serialization_alias="budgetTokens")
    enabled: bool | None = None
