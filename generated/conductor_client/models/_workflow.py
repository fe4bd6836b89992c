from typing import Any, Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._aggregate_token_usage import AggregateTokenUsage
from ._task import Task
from ._workflow_def import WorkflowDef
from ._workflow_status_enum import WorkflowStatusEnum


class Workflow(ConductorModel):
    aggregate_token_usage: Optional[AggregateTokenUsage] = Field(
        default=None, validation_alias="aggregateTokenUsage", serialization_alias="aggregateTokenUsage"
    )
    correlation_id: Optional[str] = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    create_time: Optional[int] = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: Optional[str] = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    end_time: Optional[int] = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    event: Optional[str] = None
    external_input_payload_storage_path: Optional[str] = Field(
        default=None,
        validation_alias="externalInputPayloadStoragePath",
        serialization_alias="externalInputPayloadStoragePath",
    )
    external_output_payload_storage_path: Optional[str] = Field(
        default=None,
        validation_alias="externalOutputPayloadStoragePath",
        serialization_alias="externalOutputPayloadStoragePath",
    )
    failed_reference_task_names: Optional[list[str]] = Field(
        default=None, validation_alias="failedReferenceTaskNames", serialization_alias="failedReferenceTaskNames"
    )
    failed_task_names: Optional[list[str]] = Field(
        default=None, validation_alias="failedTaskNames", serialization_alias="failedTaskNames"
    )
    history: Optional[list["Workflow"]] = None
    idempotency_key: Optional[str] = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    input: Optional[dict[str, Any]] = None
    last_retried_time: Optional[int] = Field(
        default=None, validation_alias="lastRetriedTime", serialization_alias="lastRetriedTime"
    )
    output: Optional[dict[str, Any]] = None
    owner_app: Optional[str] = Field(default=None, validation_alias="ownerApp", serialization_alias="ownerApp")
    parent_workflow_id: Optional[str] = Field(
        default=None, validation_alias="parentWorkflowId", serialization_alias="parentWorkflowId"
    )
    parent_workflow_task_id: Optional[str] = Field(
        default=None, validation_alias="parentWorkflowTaskId", serialization_alias="parentWorkflowTaskId"
    )
    priority: Optional[int] = None
    rate_limit_key: Optional[str] = Field(
        default=None, validation_alias="rateLimitKey", serialization_alias="rateLimitKey"
    )
    rate_limited: Optional[bool] = Field(
        default=None, validation_alias="rateLimited", serialization_alias="rateLimited"
    )
    re_run_from_workflow_id: Optional[str] = Field(
        default=None, validation_alias="reRunFromWorkflowId", serialization_alias="reRunFromWorkflowId"
    )
    reason_for_incompletion: Optional[str] = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    start_time: Optional[int] = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: Optional[WorkflowStatusEnum] = None
    task_to_domain: Optional[dict[str, str]] = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    tasks: Optional[list[Task]] = None
    update_time: Optional[int] = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    updated_by: Optional[str] = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")
    variables: Optional[dict[str, Any]] = None
    workflow_definition: Optional[WorkflowDef] = Field(
        default=None, validation_alias="workflowDefinition", serialization_alias="workflowDefinition"
    )
    workflow_id: Optional[str] = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
    workflow_name: Optional[str] = Field(
        default=None, validation_alias="workflowName", serialization_alias="workflowName"
    )
    workflow_version: Optional[int] = Field(
        default=None, validation_alias="workflowVersion", serialization_alias="workflowVersion"
    )
