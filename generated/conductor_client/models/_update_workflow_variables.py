from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class UpdateWorkflowVariables(ConductorModel):
    append_array: bool | None = Field(default=None, validation_alias="appendArray", serialization_alias="appendArray")
    variables: dict[str, Any] | None = None
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
