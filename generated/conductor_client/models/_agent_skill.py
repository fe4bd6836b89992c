from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentSkill(ConductorModel):
    description: str | None = Field(default=None, validation_alias="description", serialization_alias="description")
    examples: list[str] | None = Field(default=None, validation_alias="examples", serialization_alias="examples")
    id: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    input_modes: list[str] | None = Field(default=None, validation_alias="inputModes", serialization_alias="inputModes")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    output_modes: list[str] | None = Field(
        default=None, validation_alias="outputModes", serialization_alias="outputModes"
    )
    security_requirements: list[dict[str, Any]] | None = Field(
        default=None, validation_alias="securityRequirements", serialization_alias="securityRequirements"
    )
    tags: list[str] | None = Field(default=None, validation_alias="tags", serialization_alias="tags")
