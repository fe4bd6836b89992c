from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentStatusResponse(ConductorModel):
    end_time: int | None = Field(None, alias="endTime")
    execution_id: str | None = Field(None, alias="executionId")
    is_complete: bool | None = Field(None, alias="isComplete")
    is_running: bool | None = Field(None, alias="isRunning")
    is_waiting: bool | None = Field(None, alias="isWaiting")
    output: dict[str, Any] | None = Field(None, alias="output")
    pending_tool: dict[str, Any] | None = Field(None, alias="pendingTool")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    start_time: int | None = Field(None, alias="startTime")
    status: str | None = Field(None, alias="status")
