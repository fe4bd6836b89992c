from typing import Any, ClassVar, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._start_workflow_request_idempotency_strategy_enum import StartWorkflowRequestIdempotencyStrategyEnum
from ._workflow_def import WorkflowDef


class StartWorkflowRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    external_input_payload_storage_path: str | None = Field(
        default=None,
        validation_alias="externalInputPayloadStoragePath",
        serialization_alias="externalInputPayloadStoragePath",
    )
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    idempotency_strategy: StartWorkflowRequestIdempotencyStrategyEnum | None = Field(
        default=None, validation_alias="idempotencyStrategy", serialization_alias="idempotencyStrategy"
    )
    input: dict[str, Any] | None = None
    name: str | None = None
    priority: int | None = None
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    version: int | None = None
    workflow_def: WorkflowDef | None = Field(
        default=None, validation_alias="workflowDef", serialization_alias="workflowDef"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            correlation_id: str | None = ...,
            created_by: str | None = ...,
            external_input_payload_storage_path: str | None = ...,
            idempotency_key: str | None = ...,
            idempotency_strategy: StartWorkflowRequestIdempotencyStrategyEnum | None = ...,
            input: dict[str, Any] | None = ...,
            priority: int | None = ...,
            task_to_domain: dict[str, str] | None = ...,
            version: int | None = ...,
            workflow_def: WorkflowDef | None = ...,
        ) -> None: ...
