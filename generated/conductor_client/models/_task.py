from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._execution_metadata import ExecutionMetadata
from ._task_def import TaskDef
from ._task_status_enum import TaskStatusEnum
from ._workflow_task import WorkflowTask


class Task(ConductorModel):
    callback_after_seconds: int | None = Field(
        default=None, validation_alias="callbackAfterSeconds", serialization_alias="callbackAfterSeconds"
    )
    callback_from_worker: bool | None = Field(
        default=None, validation_alias="callbackFromWorker", serialization_alias="callbackFromWorker"
    )
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    domain: str | None = None
    end_time: int | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    executed: bool | None = None
    execution_metadata: ExecutionMetadata | None = Field(
        default=None, validation_alias="executionMetadata", serialization_alias="executionMetadata"
    )
    execution_name_space: str | None = Field(
        default=None, validation_alias="executionNameSpace", serialization_alias="executionNameSpace"
    )
    external_input_payload_storage_path: str | None = Field(
        default=None,
        validation_alias="externalInputPayloadStoragePath",
        serialization_alias="externalInputPayloadStoragePath",
    )
    external_output_payload_storage_path: str | None = Field(
        default=None,
        validation_alias="externalOutputPayloadStoragePath",
        serialization_alias="externalOutputPayloadStoragePath",
    )
    first_start_time: int | None = Field(
        default=None, validation_alias="firstStartTime", serialization_alias="firstStartTime"
    )
    input_data: dict[str, Any] | None = Field(
        default=None, validation_alias="inputData", serialization_alias="inputData"
    )
    isolation_group_id: str | None = Field(
        default=None, validation_alias="isolationGroupId", serialization_alias="isolationGroupId"
    )
    iteration: int | None = None
    loop_over_task: bool | None = Field(
        default=None, validation_alias="loopOverTask", serialization_alias="loopOverTask"
    )
    output_data: dict[str, Any] | None = Field(
        default=None, validation_alias="outputData", serialization_alias="outputData"
    )
    parent_task_id: str | None = Field(
        default=None, validation_alias="parentTaskId", serialization_alias="parentTaskId"
    )
    poll_count: int | None = Field(default=None, validation_alias="pollCount", serialization_alias="pollCount")
    queue_wait_time: int | None = Field(
        default=None, validation_alias="queueWaitTime", serialization_alias="queueWaitTime"
    )
    rate_limit_frequency_in_seconds: int | None = Field(
        default=None, validation_alias="rateLimitFrequencyInSeconds", serialization_alias="rateLimitFrequencyInSeconds"
    )
    rate_limit_per_frequency: int | None = Field(
        default=None, validation_alias="rateLimitPerFrequency", serialization_alias="rateLimitPerFrequency"
    )
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    reference_task_name: str | None = Field(
        default=None, validation_alias="referenceTaskName", serialization_alias="referenceTaskName"
    )
    response_timeout_seconds: int | None = Field(
        default=None, validation_alias="responseTimeoutSeconds", serialization_alias="responseTimeoutSeconds"
    )
    retried: bool | None = None
    retried_task_id: str | None = Field(
        default=None, validation_alias="retriedTaskId", serialization_alias="retriedTaskId"
    )
    retry_count: int | None = Field(default=None, validation_alias="retryCount", serialization_alias="retryCount")
    runtime_metadata: dict[str, str] | None = Field(
        default=None, validation_alias="runtimeMetadata", serialization_alias="runtimeMetadata"
    )
    scheduled_time: int | None = Field(
        default=None, validation_alias="scheduledTime", serialization_alias="scheduledTime"
    )
    seq: int | None = None
    start_delay_in_seconds: int | None = Field(
        default=None, validation_alias="startDelayInSeconds", serialization_alias="startDelayInSeconds"
    )
    start_time: int | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: TaskStatusEnum | None = None
    sub_workflow_id: str | None = Field(
        default=None, validation_alias="subWorkflowId", serialization_alias="subWorkflowId"
    )
    subworkflow_changed: bool | None = Field(
        default=None, validation_alias="subworkflowChanged", serialization_alias="subworkflowChanged"
    )
    task_def_name: str | None = Field(default=None, validation_alias="taskDefName", serialization_alias="taskDefName")
    task_definition: TaskDef | None = Field(
        default=None, validation_alias="taskDefinition", serialization_alias="taskDefinition"
    )
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
    task_type: str | None = Field(default=None, validation_alias="taskType", serialization_alias="taskType")
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    worker_id: str | None = Field(default=None, validation_alias="workerId", serialization_alias="workerId")
    workflow_instance_id: str | None = Field(
        default=None, validation_alias="workflowInstanceId", serialization_alias="workflowInstanceId"
    )
    workflow_priority: int | None = Field(
        default=None, validation_alias="workflowPriority", serialization_alias="workflowPriority"
    )
    workflow_task: WorkflowTask | None = Field(
        default=None, validation_alias="workflowTask", serialization_alias="workflowTask"
    )
    workflow_type: str | None = Field(default=None, validation_alias="workflowType", serialization_alias="workflowType")
