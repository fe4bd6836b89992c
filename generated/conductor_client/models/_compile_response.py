from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CompileResponse(ConductorModel):
    required_workers: list[str] | None = Field(
        default=None, validation_alias="requiredWorkers", serialization_alias="requiredWorkers"
    )
    workflow_def: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )
