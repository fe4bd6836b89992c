from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task_model import TaskModel
from ._workflow_def import WorkflowDef
from ._workflow_model_previous_status_enum import WorkflowModelPreviousStatusEnum
from ._workflow_model_status_enum import WorkflowModelStatusEnum


class WorkflowModel(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    end_time: int | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    event: str | None = None
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
    failed_reference_task_names: list[str] | None = Field(
        default=None, validation_alias="failedReferenceTaskNames", serialization_alias="failedReferenceTaskNames"
    )
    failed_task_id: str | None = Field(
        default=None, validation_alias="failedTaskId", serialization_alias="failedTaskId"
    )
    failed_task_names: list[str] | None = Field(
        default=None, validation_alias="failedTaskNames", serialization_alias="failedTaskNames"
    )
    input: dict[str, dict[str, Any]] | None = Field(default=None, deprecated=True)
    last_retried_time: int | None = Field(
        default=None, validation_alias="lastRetriedTime", serialization_alias="lastRetriedTime"
    )
    output: dict[str, dict[str, Any]] | None = Field(default=None, deprecated=True)
    owner_app: str | None = Field(default=None, validation_alias="ownerApp", serialization_alias="ownerApp")
    parent_workflow_id: str | None = Field(
        default=None, validation_alias="parentWorkflowId", serialization_alias="parentWorkflowId"
    )
    parent_workflow_task_id: str | None = Field(
        default=None, validation_alias="parentWorkflowTaskId", serialization_alias="parentWorkflowTaskId"
    )
    previous_status: WorkflowModelPreviousStatusEnum | None = Field(
        default=None, validation_alias="previousStatus", serialization_alias="previousStatus"
    )
    priority: int | None = None
    re_run_from_workflow_id: str | None = Field(
        default=None, validation_alias="reRunFromWorkflowId", serialization_alias="reRunFromWorkflowId"
    )
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    status: WorkflowModelStatusEnum | None = None
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    tasks: list[TaskModel] | None = None
    updated_by: str | None = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")
    updated_time: int | None = Field(default=None, validation_alias="updatedTime", serialization_alias="updatedTime")
    variables: dict[str, Any] | None = None
    workflow_definition: WorkflowDef | None = Field(
        default=None, validation_alias="workflowDefinition", serialization_alias="workflowDefinition"
    )
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
    workflow_name: str | None = Field(default=None, validation_alias="workflowName", serialization_alias="workflowName")
    workflow_version: int | None = Field(
        default=None, validation_alias="workflowVersion", serialization_alias="workflowVersion"
    )
