from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class MemoryConfig(ConductorModel):
    max_messages: int | None = Field(default=None, validation_alias="maxMessages", serialization_alias="maxMessages")
    messages: list[dict[str, Any]] | None = None
