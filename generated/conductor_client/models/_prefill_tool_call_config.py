from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class PrefillToolCallConfig(ConductorModel):
    arguments: dict[str, Any] | None = None
    tool_name: str | None = Field(default=None, validation_alias="toolName", serialization_alias="toolName")
