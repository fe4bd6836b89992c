from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task_summary_status_enum import TaskSummaryStatusEnum


class TaskSummary(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    domain: str | None = None
    end_time: str | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    execution_time: int | None = Field(
        default=None, validation_alias="executionTime", serialization_alias="executionTime"
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
    input: str | None = None
    output: str | None = None
    queue_wait_time: int | None = Field(
        default=None, validation_alias="queueWaitTime", serialization_alias="queueWaitTime"
    )
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    scheduled_time: str | None = Field(
        default=None, validation_alias="scheduledTime", serialization_alias="scheduledTime"
    )
    start_time: str | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: TaskSummaryStatusEnum | None = None
    task_def_name: str | None = Field(default=None, validation_alias="taskDefName", serialization_alias="taskDefName")
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
    task_type: str | None = Field(default=None, validation_alias="taskType", serialization_alias="taskType")
    update_time: str | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
    workflow_priority: int | None = Field(
        default=None, validation_alias="workflowPriority", serialization_alias="workflowPriority"
    )
    workflow_type: str | None = Field(default=None, validation_alias="workflowType", serialization_alias="workflowType")
