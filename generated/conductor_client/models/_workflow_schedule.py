from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._cron_schedule import CronSchedule
from ._start_workflow_request import StartWorkflowRequest


class WorkflowSchedule(ConductorModel):
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    cron_expression: str | None = Field(
        default=None, validation_alias="cronExpression", serialization_alias="cronExpression"
    )
    cron_schedules: list[CronSchedule] | None = Field(
        default=None, validation_alias="cronSchedules", serialization_alias="cronSchedules"
    )
    description: str | None = None
    name: str | None = None
    next_run_time: int | None = Field(default=None, validation_alias="nextRunTime", serialization_alias="nextRunTime")
    paused: bool | None = None
    paused_reason: str | None = Field(default=None, validation_alias="pausedReason", serialization_alias="pausedReason")
    run_catchup_schedule_instances: bool | None = Field(
        default=None, validation_alias="runCatchupScheduleInstances", serialization_alias="runCatchupScheduleInstances"
    )
    schedule_end_time: int | None = Field(
        default=None, validation_alias="scheduleEndTime", serialization_alias="scheduleEndTime"
    )
    schedule_start_time: int | None = Field(
        default=None, validation_alias="scheduleStartTime", serialization_alias="scheduleStartTime"
    )
    start_workflow_request: StartWorkflowRequest | None = Field(
        default=None, validation_alias="startWorkflowRequest", serialization_alias="startWorkflowRequest"
    )
    updated_by: str | None = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")
    updated_time: int | None = Field(default=None, validation_alias="updatedTime", serialization_alias="updatedTime")
    zone_id: str | None = Field(default=None, validation_alias="zoneId", serialization_alias="zoneId")
