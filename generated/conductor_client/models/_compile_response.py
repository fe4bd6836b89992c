from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class CompileResponse(ConductorModel):
    required_workers: list[str] | None = Field(
        default=None, validation_alias="requiredWorkers", serialization_alias="requiredWorkers"
    )
    workflow_def: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )
