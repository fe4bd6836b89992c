from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._workflow_status_status_enum import WorkflowStatusStatusEnum


class WorkflowStatus(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    output: dict[str, Any] | None = Field(None, alias="output")
    status: WorkflowStatusStatusEnum | None = Field(None, alias="status")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    workflow_id: str | None = Field(None, alias="workflowId")
