from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._aggregate_token_usage import AggregateTokenUsage
from ._task import Task
from ._workflow_def import WorkflowDef
from ._workflow_status_enum import WorkflowStatusEnum


class Workflow(ConductorModel):
    aggregate_token_usage: Optional[AggregateTokenUsage] = Field(None, alias="aggregateTokenUsage")
    correlation_id: Optional[str] = Field(None, alias="correlationId")
    create_time: Optional[int] = Field(None, alias="createTime")
    created_by: Optional[str] = Field(None, alias="createdBy")
    end_time: Optional[int] = Field(None, alias="endTime")
    event: Optional[str] = Field(None, alias="event")
    external_input_payload_storage_path: Optional[str] = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: Optional[str] = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: Optional[list[str]] = Field(None, alias="failedReferenceTaskNames")
    failed_task_names: Optional[list[str]] = Field(None, alias="failedTaskNames")
    history: Optional[list["Workflow"]] = Field(None, alias="history")
    idempotency_key: Optional[str] = Field(None, alias="idempotencyKey")
    input: Optional[dict[str, Any]] = Field(None, alias="input")
    last_retried_time: Optional[int] = Field(None, alias="lastRetriedTime")
    output: Optional[dict[str, Any]] = Field(None, alias="output")
    owner_app: Optional[str] = Field(None, alias="ownerApp")
    parent_workflow_id: Optional[str] = Field(None, alias="parentWorkflowId")
    parent_workflow_task_id: Optional[str] = Field(None, alias="parentWorkflowTaskId")
    priority: Optional[int] = Field(None, alias="priority")
    rate_limit_key: Optional[str] = Field(None, alias="rateLimitKey")
    rate_limited: Optional[bool] = Field(None, alias="rateLimited")
    re_run_from_workflow_id: Optional[str] = Field(None, alias="reRunFromWorkflowId")
    reason_for_incompletion: Optional[str] = Field(None, alias="reasonForIncompletion")
    start_time: Optional[int] = Field(None, alias="startTime")
    status: Optional[WorkflowStatusEnum] = Field(None, alias="status")
    task_to_domain: Optional[dict[str, str]] = Field(None, alias="taskToDomain")
    tasks: Optional[list[Task]] = Field(None, alias="tasks")
    update_time: Optional[int] = Field(None, alias="updateTime")
    updated_by: Optional[str] = Field(None, alias="updatedBy")
    variables: Optional[dict[str, Any]] = Field(None, alias="variables")
    workflow_definition: Optional[WorkflowDef] = Field(None, alias="workflowDefinition")
    workflow_id: Optional[str] = Field(None, alias="workflowId")
    workflow_name: Optional[str] = Field(None, alias="workflowName")
    workflow_version: Optional[int] = Field(None, alias="workflowVersion")
