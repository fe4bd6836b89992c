from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class AgentStatusResponse(ConductorModel):
    end_time: int | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    is_complete: bool | None = Field(default=None, validation_alias="isComplete", serialization_alias="isComplete")
    is_running: bool | None = Field(default=None, validation_alias="isRunning", serialization_alias="isRunning")
    is_waiting: bool | None = Field(default=None, validation_alias="isWaiting", serialization_alias="isWaiting")
    output: dict[str, Any] | None = None
    pending_tool: dict[str, Any] | None = Field(
        default=None, validation_alias="pendingTool", serialization_alias="pendingTool"
    )
    reason_for_incompletion: str | None = Field(
        default=None, validation_alias="reasonForIncompletion", serialization_alias="reasonForIncompletion"
    )
    start_time: int | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: str | None = None
