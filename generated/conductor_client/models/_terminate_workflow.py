from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class TerminateWorkflow(ConductorModel):
    termination_reason: str | None = Field(
        default=None, validation_alias="terminationReason", serialization_alias="terminationReason"
    )
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
