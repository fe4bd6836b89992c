from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._execution_metadata import ExecutionMetadata
from ._task_def import TaskDef
from ._task_status_enum import TaskStatusEnum
from ._workflow_task import WorkflowTask


class Task(ConductorModel):
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    callback_from_worker: bool | None = Field(None, alias="callbackFromWorker")
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: int | None = Field(None, alias="endTime")
    executed: bool | None = Field(None, alias="executed")
    execution_metadata: ExecutionMetadata | None = Field(None, alias="executionMetadata")
    execution_name_space: str | None = Field(None, alias="executionNameSpace")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    first_start_time: int | None = Field(None, alias="firstStartTime")
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    isolation_group_id: str | None = Field(None, alias="isolationGroupId")
    iteration: int | None = Field(None, alias="iteration")
    loop_over_task: bool | None = Field(None, alias="loopOverTask")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    parent_task_id: str | None = Field(None, alias="parentTaskId")
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
    runtime_metadata: dict[str, str] | None = Field(None, alias="runtimeMetadata")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    seq: int | None = Field(None, alias="seq")
    start_delay_in_seconds: int | None = Field(None, alias="startDelayInSeconds")
    start_time: int | None = Field(None, alias="startTime")
    status: TaskStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    subworkflow_changed: bool | None = Field(None, alias="subworkflowChanged")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_definition: TaskDef | None = Field(None, alias="taskDefinition")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: int | None = Field(None, alias="updateTime")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_task: WorkflowTask | None = Field(None, alias="workflowTask")
    workflow_type: str | None = Field(None, alias="workflowType")
