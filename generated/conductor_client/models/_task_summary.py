from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_summary_status_enum import TaskSummaryStatusEnum


class TaskSummary(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: str | None = Field(None, alias="endTime")
    execution_time: int | None = Field(None, alias="executionTime")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    input: str | None = Field(None, alias="input")
    output: str | None = Field(None, alias="output")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    scheduled_time: str | None = Field(None, alias="scheduledTime")
    start_time: str | None = Field(None, alias="startTime")
    status: TaskSummaryStatusEnum | None = Field(None, alias="status")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: str | None = Field(None, alias="updateTime")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_type: str | None = Field(None, alias="workflowType")
