from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._workflow_summary_status_enum import WorkflowSummaryStatusEnum


class WorkflowSummary(ConductorModel):
    classifier: str | None = Field(None, alias="classifier")
    correlation_id: str | None = Field(None, alias="correlationId")
    created_by: str | None = Field(None, alias="createdBy")
    end_time: str | None = Field(None, alias="endTime")
    event: str | None = Field(None, alias="event")
    execution_time: int | None = Field(None, alias="executionTime")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: str | None = Field(None, alias="failedReferenceTaskNames")
    failed_task_names: list[str] | None = Field(None, alias="failedTaskNames")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    input: str | None = Field(None, alias="input")
    input_size: int | None = Field(None, alias="inputSize")
    output: str | None = Field(None, alias="output")
    output_size: int | None = Field(None, alias="outputSize")
    parent_workflow_id: str | None = Field(None, alias="parentWorkflowId")
    priority: int | None = Field(None, alias="priority")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    start_time: str | None = Field(None, alias="startTime")
    status: WorkflowSummaryStatusEnum | None = Field(None, alias="status")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    update_time: str | None = Field(None, alias="updateTime")
    version: int | None = Field(None, alias="version")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_type: str | None = Field(None, alias="workflowType")
