from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentExtension(ConductorModel):
    description: str | None = Field(default=None, validation_alias="description", serialization_alias="description")
    params: dict[str, Any] | None = Field(default=None, validation_alias="params", serialization_alias="params")
    required: bool | None = Field(default=None, validation_alias="required", serialization_alias="required")
    uri: str | None = Field(default=None, validation_alias="uri", serialization_alias="uri")
