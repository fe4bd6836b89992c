from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class AgentSkill(ConductorModel):
    description: str | None = None
    examples: list[str] | None = None
    id: str | None = None
    input_modes: list[str] | None = Field(default=None, validation_alias="inputModes", serialization_alias="inputModes")
    name: str | None = None
    output_modes: list[str] | None = Field(
        default=None, validation_alias="outputModes", serialization_alias="outputModes"
    )
    security_requirements: list[dict[str, Any]] | None = Field(
        default=None, validation_alias="securityRequirements", serialization_alias="securityRequirements"
    )
    tags: list[str] | None = None
