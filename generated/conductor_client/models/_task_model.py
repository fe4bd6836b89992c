from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._any_model import AnyModel
from ._state_change_event import StateChangeEvent
from ._task_def import TaskDef
from ._task_model_status_enum import TaskModelStatusEnum
from ._workflow_notifications import WorkflowNotifications
from ._workflow_task import WorkflowTask


class TaskModel(ConductorModel):
    async_complete: bool | None = Field(None, alias="asyncComplete")
    cached_output: bool | None = Field(None, alias="cachedOutput")
    callback_after_ms: int | None = Field(None, alias="callbackAfterMs")
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    callback_from_worker: bool | None = Field(None, alias="callbackFromWorker")
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: int | None = Field(None, alias="endTime")
    executed: bool | None = Field(None, alias="executed")
    execution_name_space: str | None = Field(None, alias="executionNameSpace")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    first_scheduled_time: int | None = Field(None, alias="firstScheduledTime")
    idempotent: bool | None = Field(None, alias="idempotent")
    idempotent_execution: bool | None = Field(None, alias="idempotentExecution")
    input_data: dict[str, dict[str, Any]] | None = Field(None, alias="inputData", deprecated=True)
    input_message: AnyModel | None = Field(None, alias="inputMessage")
    isolation_group_id: str | None = Field(None, alias="isolationGroupId")
    iteration: int | None = Field(None, alias="iteration")
    loop_over_task: bool | None = Field(None, alias="loopOverTask")
    loop_task_id: str | None = Field(None, alias="loopTaskId")
    non_workflow_event_task: bool | None = Field(None, alias="nonWorkflowEventTask")
    notifications: dict[str, WorkflowNotifications] | None = Field(None, alias="notifications")
    on_state_change: dict[str, list[StateChangeEvent]] | None = Field(None, alias="onStateChange")
    output_data: dict[str, dict[str, Any]] | None = Field(None, alias="outputData", deprecated=True)
    output_message: AnyModel | None = Field(None, alias="outputMessage")
    parent_task_id: str | None = Field(None, alias="parentTaskId")
    parent_task_reference_name: str | None = Field(None, alias="parentTaskReferenceName")
    poll_count: int | None = Field(None, alias="pollCount")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    rate_limit_frequency_in_seconds: int | None = Field(None, alias="rateLimitFrequencyInSeconds")
    rate_limit_per_frequency: int | None = Field(None, alias="rateLimitPerFrequency")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    response_timeout_seconds: int | None = Field(None, alias="responseTimeoutSeconds")
    retried: bool | None = Field(None, alias="retried")
    retried_task_id: str | None = Field(None, alias="retriedTaskId")
    retry_count: int | None = Field(None, alias="retryCount")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    seq: int | None = Field(None, alias="seq")
    start_delay_in_seconds: int | None = Field(None, alias="startDelayInSeconds")
    start_time: int | None = Field(None, alias="startTime")
    status: TaskModelStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    subworkflow_changed: bool | None = Field(None, alias="subworkflowChanged")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_definition: TaskDef | None = Field(None, alias="taskDefinition")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: int | None = Field(None, alias="updateTime")
    wait_timeout: int | None = Field(None, alias="waitTimeout")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_task: WorkflowTask | None = Field(None, alias="workflowTask")
    workflow_type: str | None = Field(None, alias="workflowType")
