from typing import Any, ClassVar, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._execution_metadata import ExecutionMetadata
from ._task_exec_log import TaskExecLog
from ._task_result_status_enum import TaskResultStatusEnum


class TaskResult(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("status", "task_id", "workflow_instance_id")
    callback_after_seconds: int | None = Field(
        default=None, validation_alias="callbackAfterSeconds", serialization_alias="callbackAfterSeconds"
    )
    execution_metadata: ExecutionMetadata | None = Field(
        default=None, validation_alias="executionMetadata", serialization_alias="executionMetadata"
    )
    extend_lease: bool | None = Field(default=None, validation_alias="extendLease", serialization_alias="extendLease")
    external_output_payload_storage_path: str | None = Field(
        default=None,
        validation_alias="externalOutputPayloadStoragePath",
        serialization_alias="externalOutputPayloadStoragePath",
    )
    logs: list[TaskExecLog] | None = None
    or_create_execution_metadata: ExecutionMetadata | None = Field(
        default=None, validation_alias="orCreateExecutionMetadata", serialization_alias="orCreateExecutionMetadata"
    )
    output_data: dict[str, Any] | None = Field(
        default=None, validation_alias="outputData", serialization_alias="outputData"
    )
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    status: TaskResultStatusEnum | None = None
    sub_workflow_id: str | None = Field(
        default=None, validation_alias="subWorkflowId", serialization_alias="subWorkflowId"
    )
    supports_cancellation: bool | None = Field(
        default=None, validation_alias="supportsCancellation", serialization_alias="supportsCancellation"
    )
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
    worker_id: str | None = Field(default=None, validation_alias="workerId", serialization_alias="workerId")
    workflow_instance_id: str | None = Field(
        default=None, validation_alias="workflowInstanceId", serialization_alias="workflowInstanceId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: TaskResultStatusEnum,
            task_id: str,
            workflow_instance_id: str,
            callback_after_seconds: int | None = ...,
            execution_metadata: ExecutionMetadata | None = ...,
            extend_lease: bool | None = ...,
            external_output_payload_storage_path: str | None = ...,
            logs: list[TaskExecLog] | None = ...,
            or_create_execution_metadata: ExecutionMetadata | None = ...,
            output_data: dict[str, Any] | None = ...,
            reason_for_incompletion: str | None = ...,
            sub_workflow_id: str | None = ...,
            supports_cancellation: bool | None = ...,
            worker_id: str | None = ...,
        ) -> None: ...
