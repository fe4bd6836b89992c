from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._start_workflow_request import StartWorkflowRequest
from ._workflow_schedule_execution_model_state_enum import WorkflowScheduleExecutionModelStateEnum


class WorkflowScheduleExecutionModel(ConductorModel):
    execution_id: str | None = Field(None, alias="executionId")
    execution_time: int | None = Field(None, alias="executionTime")
    reason: str | None = Field(None, alias="reason")
    schedule_name: str | None = Field(None, alias="scheduleName")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    stack_trace: str | None = Field(None, alias="stackTrace")
    start_workflow_request: StartWorkflowRequest | None = Field(None, alias="startWorkflowRequest")
    state: WorkflowScheduleExecutionModelStateEnum | None = Field(None, alias="state")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_name: str | None = Field(None, alias="workflowName")
    zone_id: str | None = Field(None, alias="zoneId")
