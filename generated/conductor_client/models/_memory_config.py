from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class MemoryConfig(ConductorModel):
    max_messages: int | None = Field(default=None, validation_alias="maxMessages", serialization_alias="maxMessages")
    messages: list[dict[str, Any]] | None = None
