from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentExtension(ConductorModel):
    description: str | None = Field(None, alias="description")
    params: dict[str, Any] | None = Field(None, alias="params")
    required: bool | None = Field(None, alias="required")
    uri: str | None = Field(None, alias="uri")
