from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._cron_schedule import CronSchedule
from ._start_workflow_request import StartWorkflowRequest


class WorkflowSchedule(ConductorModel):
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    cron_expression: str | None = Field(None, alias="cronExpression")
    cron_schedules: list[CronSchedule] | None = Field(None, alias="cronSchedules")
    description: str | None = Field(None, alias="description")
    name: str | None = Field(None, alias="name")
    next_run_time: int | None = Field(None, alias="nextRunTime")
    paused: bool | None = Field(None, alias="paused")
    paused_reason: str | None = Field(None, alias="pausedReason")
    run_catchup_schedule_instances: bool | None = Field(None, alias="runCatchupScheduleInstances")
    schedule_end_time: int | None = Field(None, alias="scheduleEndTime")
    schedule_start_time: int | None = Field(None, alias="scheduleStartTime")
    start_workflow_request: StartWorkflowRequest | None = Field(None, alias="startWorkflowRequest")
    updated_by: str | None = Field(None, alias="updatedBy")
    updated_time: int | None = Field(None, alias="updatedTime")
    zone_id: str | None = Field(None, alias="zoneId")
