from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_model import TaskModel
from ._workflow_def import WorkflowDef
from ._workflow_model_previous_status_enum import WorkflowModelPreviousStatusEnum
from ._workflow_model_status_enum import WorkflowModelStatusEnum


class WorkflowModel(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    end_time: int | None = Field(None, alias="endTime")
    event: str | None = Field(None, alias="event")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: list[str] | None = Field(None, alias="failedReferenceTaskNames")
    failed_task_id: str | None = Field(None, alias="failedTaskId")
    failed_task_names: list[str] | None = Field(None, alias="failedTaskNames")
    input: dict[str, dict[str, Any]] | None = Field(None, alias="input", deprecated=True)
    last_retried_time: int | None = Field(None, alias="lastRetriedTime")
    output: dict[str, dict[str, Any]] | None = Field(None, alias="output", deprecated=True)
    owner_app: str | None = Field(None, alias="ownerApp")
    parent_workflow_id: str | None = Field(None, alias="parentWorkflowId")
    parent_workflow_task_id: str | None = Field(None, alias="parentWorkflowTaskId")
    previous_status: WorkflowModelPreviousStatusEnum | None = Field(None, alias="previousStatus")
    priority: int | None = Field(None, alias="priority")
    re_run_from_workflow_id: str | None = Field(None, alias="reRunFromWorkflowId")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    status: WorkflowModelStatusEnum | None = Field(None, alias="status")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    tasks: list[TaskModel] | None = Field(None, alias="tasks")
    updated_by: str | None = Field(None, alias="updatedBy")
    updated_time: int | None = Field(None, alias="updatedTime")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    workflow_definition: WorkflowDef | None = Field(None, alias="workflowDefinition")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_name: str | None = Field(None, alias="workflowName")
    workflow_version: int | None = Field(None, alias="workflowVersion")
