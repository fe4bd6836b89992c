from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class PrefillToolCallConfig(ConductorModel):
    arguments: dict[str, Any] | None = None
    tool_name: str | None = Field(default=None, validation_alias="toolName", serialization_alias="toolName")
