from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._execution_metadata import ExecutionMetadata
from ._task_exec_log import TaskExecLog
from ._task_result_status_enum import TaskResultStatusEnum


class TaskResult(ConductorModel):
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    execution_metadata: ExecutionMetadata | None = Field(None, alias="executionMetadata")
    extend_lease: bool | None = Field(None, alias="extendLease")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    logs: list[TaskExecLog] | None = Field(None, alias="logs")
    or_create_execution_metadata: ExecutionMetadata | None = Field(None, alias="orCreateExecutionMetadata")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    status: TaskResultStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    supports_cancellation: bool | None = Field(None, alias="supportsCancellation")
    task_id: str | None = Field(None, alias="taskId")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")
