from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._sub_workflow_params_idempotency_strategy_enum import SubWorkflowParamsIdempotencyStrategyEnum


class SubWorkflowParams(ConductorModel):
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    idempotency_strategy: SubWorkflowParamsIdempotencyStrategyEnum | None = Field(None, alias="idempotencyStrategy")
    name: str | None = Field(None, alias="name")
    priority: dict[str, Any] | None = Field(None, alias="priority")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")
    workflow_definition: dict[str, Any] | None = Field(None, alias="workflowDefinition")
