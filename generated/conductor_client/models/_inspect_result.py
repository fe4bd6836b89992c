from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class InspectResult(ConductorModel):
    error: str | None = None
    stats: dict[str, Any] | None = None
    warnings: list[str] | None = None
    workflow_def: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )
