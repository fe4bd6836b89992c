from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class InspectResult(ConductorModel):
    error: str | None = Field(default=None, validation_alias="error", serialization_alias="error")
    stats: dict[str, Any] | None = Field(default=None, validation_alias="stats", serialization_alias="stats")
    warnings: list[str] | None = Field(default=None, validation_alias="warnings", serialization_alias="warnings")
    workflow_def: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )
