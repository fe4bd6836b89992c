from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_mock import TaskMock
from ._workflow_def import WorkflowDef
from ._workflow_test_request_idempotency_strategy_enum import WorkflowTestRequestIdempotencyStrategyEnum


class WorkflowTestRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: Optional[str] = Field(None, alias="correlationId")
    created_by: Optional[str] = Field(None, alias="createdBy")
    external_input_payload_storage_path: Optional[str] = Field(None, alias="externalInputPayloadStoragePath")
    idempotency_key: Optional[str] = Field(None, alias="idempotencyKey")
    idempotency_strategy: Optional[WorkflowTestRequestIdempotencyStrategyEnum] = Field(
        None, alias="idempotencyStrategy"
    )
    input: Optional[dict[str, Any]] = Field(None, alias="input")
    name: Optional[str] = Field(None, alias="name")
    priority: Optional[int] = Field(None, alias="priority")
    sub_workflow_test_request: Optional[dict[str, "WorkflowTestRequest"]] = Field(None, alias="subWorkflowTestRequest")
    task_ref_to_mock_output: Optional[dict[str, list[TaskMock]]] = Field(None, alias="taskRefToMockOutput")
    task_to_domain: Optional[dict[str, str]] = Field(None, alias="taskToDomain")
    version: Optional[int] = Field(None, alias="version")
    workflow_def: Optional[WorkflowDef] = Field(None, alias="workflowDef")


WorkflowTestRequest.model_rebuild()
