from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class InspectResult(ConductorModel):
    error: str | None = Field(None, alias="error")
    stats: dict[str, Any] | None = Field(None, alias="stats")
    warnings: list[str] | None = Field(None, alias="warnings")
    workflow_def: dict[str, Any] | None = Field(None, alias="workflowDef")
