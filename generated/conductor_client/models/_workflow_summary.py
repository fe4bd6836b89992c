from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow_summary_status_enum import WorkflowSummaryStatusEnum


class WorkflowSummary(ConductorModel):
    classifier: str | None = None
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    end_time: str | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    event: str | None = None
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
    failed_reference_task_names: str | None = Field(
        default=None, validation_alias="failedReferenceTaskNames", serialization_alias="failedReferenceTaskNames"
    )
    failed_task_names: list[str] | None = Field(
        default=None, validation_alias="failedTaskNames", serialization_alias="failedTaskNames"
    )
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    input: str | None = None
    input_size: int | None = Field(default=None, validation_alias="inputSize", serialization_alias="inputSize")
    output: str | None = None
    output_size: int | None = Field(default=None, validation_alias="outputSize", serialization_alias="outputSize")
    parent_workflow_id: str | None = Field(
        default=None, validation_alias="parentWorkflowId", serialization_alias="parentWorkflowId"
    )
    priority: int | None = None
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    start_time: str | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: WorkflowSummaryStatusEnum | None = None
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    update_time: str | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    version: int | None = None
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
    workflow_type: str | None = Field(default=None, validation_alias="workflowType", serialization_alias="workflowType")
