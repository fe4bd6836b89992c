from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._start_workflow_request_idempotency_strategy_enum import StartWorkflowRequestIdempotencyStrategyEnum
from ._workflow_def import WorkflowDef


class StartWorkflowRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: str | None = Field(None, alias="correlationId")
    created_by: str | None = Field(None, alias="createdBy")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    idempotency_strategy: StartWorkflowRequestIdempotencyStrategyEnum | None = Field(None, alias="idempotencyStrategy")
    input: dict[str, Any] | None = Field(None, alias="input")
    name: Optional[str] = Field(None, alias="name")
    priority: int | None = Field(None, alias="priority")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")
    workflow_def: WorkflowDef | None = Field(None, alias="workflowDef")
