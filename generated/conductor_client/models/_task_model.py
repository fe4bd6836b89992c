from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._any_model import AnyModel
from ._state_change_event import StateChangeEvent
from ._task_def import TaskDef
from ._task_model_status_enum import TaskModelStatusEnum
from ._workflow_notifications import WorkflowNotifications
from ._workflow_task import WorkflowTask


class TaskModel(ConductorModel):
    async_complete: bool | None = Field(
        default=None, validation_alias="asyncComplete", serialization_alias="asyncComplete"
    )
    cached_output: bool | None = Field(
        default=None, validation_alias="cachedOutput", serialization_alias="cachedOutput"
    )
    callback_after_ms: int | None = Field(
        default=None, validation_alias="callbackAfterMs", serialization_alias="callbackAfterMs"
    )
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
    first_scheduled_time: int | None = Field(
        default=None, validation_alias="firstScheduledTime", serialization_alias="firstScheduledTime"
    )
    idempotent: bool | None = None
    idempotent_execution: bool | None = Field(
        default=None, validation_alias="idempotentExecution", serialization_alias="idempotentExecution"
    )
    input_data: dict[str, dict[str, Any]] | None = Field(
        default=None, validation_alias="inputData", serialization_alias="inputData", deprecated=True
    )
    input_message: AnyModel | None = Field(
        default=None, validation_alias="inputMessage", serialization_alias="inputMessage"
    )
    isolation_group_id: str | None = Field(
        default=None, validation_alias="isolationGroupId", serialization_alias="isolationGroupId"
    )
    iteration: int | None = None
    loop_over_task: bool | None = Field(
        default=None, validation_alias="loopOverTask", serialization_alias="loopOverTask"
    )
    loop_task_id: str | None = Field(default=None, validation_alias="loopTaskId", serialization_alias="loopTaskId")
    non_workflow_event_task: bool | None = Field(
        default=None, validation_alias="nonWorkflowEventTask", serialization_alias="nonWorkflowEventTask"
    )
    notifications: dict[str, WorkflowNotifications] | None = None
    on_state_change: dict[str, list[StateChangeEvent]] | None = Field(
        default=None, validation_alias="onStateChange", serialization_alias="onStateChange"
    )
    output_data: dict[str, dict[str, Any]] | None = Field(
        default=None, validation_alias="outputData", serialization_alias="outputData", deprecated=True
    )
    output_message: AnyModel | None = Field(
        default=None, validation_alias="outputMessage", serialization_alias="outputMessage"
    )
    parent_task_id: str | None = Field(
        default=None, validation_alias="parentTaskId", serialization_alias="parentTaskId"
    )
    parent_task_reference_name: str | None = Field(
        default=None, validation_alias="parentTaskReferenceName", serialization_alias="parentTaskReferenceName"
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
    scheduled_time: int | None = Field(
        default=None, validation_alias="scheduledTime", serialization_alias="scheduledTime"
    )
    seq: int | None = None
    start_delay_in_seconds: int | None = Field(
        default=None, validation_alias="startDelayInSeconds", serialization_alias="startDelayInSeconds"
    )
    start_time: int | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: TaskModelStatusEnum | None = None
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
    wait_timeout: int | None = Field(default=None, validation_alias="waitTimeout", serialization_alias="waitTimeout")
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
