from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._start_workflow_request import StartWorkflowRequest
from ._workflow_schedule_execution_model_state_enum import WorkflowScheduleExecutionModelStateEnum


class WorkflowScheduleExecutionModel(ConductorModel):
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    execution_time: int | None = Field(
        default=None, validation_alias="executionTime", serialization_alias="executionTime"
    )
    reason: str | None = None
    schedule_name: str | None = Field(default=None, validation_alias="scheduleName", serialization_alias="scheduleName")
    scheduled_time: int | None = Field(
        default=None, validation_alias="scheduledTime", serialization_alias="scheduledTime"
    )
    stack_trace: str | None = Field(default=None, validation_alias="stackTrace", serialization_alias="stackTrace")
    start_workflow_request: StartWorkflowRequest | None = Field(
        default=None, validation_alias="startWorkflowRequest", serialization_alias="startWorkflowRequest"
    )
    state: WorkflowScheduleExecutionModelStateEnum | None = None
    workflow_id: str | None = Field(default=None, validation_alias="workflowId", serialization_alias="workflowId")
    workflow_name: str | None = Field(default=None, validation_alias="workflowName", serialization_alias="workflowName")
    zone_id: str | None = Field(default=None, validation_alias="zoneId", serialization_alias="zoneId")
