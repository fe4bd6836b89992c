from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentSkill(ConductorModel):
    description: str | None = Field(None, alias="description")
    examples: list[str] | None = Field(None, alias="examples")
    id: str | None = Field(None, alias="id")
    input_modes: list[str] | None = Field(None, alias="inputModes")
    name: str | None = Field(None, alias="name")
    output_modes: list[str] | None = Field(None, alias="outputModes")
    security_requirements: list[dict[str, Any]] | None = Field(None, alias="securityRequirements")
    tags: list[str] | None = Field(None, alias="tags")
