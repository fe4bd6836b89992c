from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._sub_workflow_params_idempotency_strategy_enum import SubWorkflowParamsIdempotencyStrategyEnum


class SubWorkflowParams(ConductorModel):
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    idempotency_strategy: SubWorkflowParamsIdempotencyStrategyEnum | None = Field(
        default=None, validation_alias="idempotencyStrategy", serialization_alias="idempotencyStrategy"
    )
    name: str | None = None
    priority: dict[str, Any] | None = None
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    version: int | None = None
    workflow_definition: dict[str, Any] | None = Field(
        default=None, validation_alias="workflowDefinition", serialization_alias="workflowDefinition"
    )
