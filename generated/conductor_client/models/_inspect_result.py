from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class InspectResult(ConductorModel):
    error: str | None = None
    stats: dict[str, Any] | None = None
    warnings: list[str] | None = None
    workflow_def: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )
