from typing import Any, ClassVar, Optional, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._task_mock import TaskMock
from ._workflow_def import WorkflowDef
from ._workflow_test_request_idempotency_strategy_enum import WorkflowTestRequestIdempotencyStrategyEnum


class WorkflowTestRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: Optional[str] = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    created_by: Optional[str] = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    external_input_payload_storage_path: Optional[str] = Field(
        default=None,
        validation_alias="externalInputPayloadStoragePath",
        serialization_alias="externalInputPayloadStoragePath",
    )
    idempotency_key: Optional[str] = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    idempotency_strategy: Optional[WorkflowTestRequestIdempotencyStrategyEnum] = Field(
        default=None, validation_alias="idempotencyStrategy", serialization_alias="idempotencyStrategy"
    )
    input: Optional[dict[str, Any]] = None
    name: str | None = None
    priority: Optional[int] = None
    sub_workflow_test_request: Optional[dict[str, "WorkflowTestRequest"]] = Field(
        default=None, validation_alias="subWorkflowTestRequest", serialization_alias="subWorkflowTestRequest"
    )
    task_ref_to_mock_output: Optional[dict[str, list[TaskMock]]] = Field(
        default=None, validation_alias="taskRefToMockOutput", serialization_alias="taskRefToMockOutput"
    )
    task_to_domain: Optional[dict[str, str]] = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    version: Optional[int] = None
    workflow_def: Optional[WorkflowDef] = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            correlation_id: Optional[str] = ...,
            created_by: Optional[str] = ...,
            external_input_payload_storage_path: Optional[str] = ...,
            idempotency_key: Optional[str] = ...,
            idempotency_strategy: Optional[WorkflowTestRequestIdempotencyStrategyEnum] = ...,
            input: Optional[dict[str, Any]] = ...,
            priority: Optional[int] = ...,
            sub_workflow_test_request: Optional[dict[str, "WorkflowTestRequest"]] = ...,
            task_ref_to_mock_output: Optional[dict[str, list[TaskMock]]] = ...,
            task_to_domain: Optional[dict[str, str]] = ...,
            version: Optional[int] = ...,
            workflow_def: Optional[WorkflowDef] = ...,
        ) -> None: ...
