from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task_detail import TaskDetail
from ._token_usage import TokenUsage


class AgentRun(ConductorModel):
    agent_name: str | None = Field(default=None, validation_alias="agentName", serialization_alias="agentName")
    end_time: int | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    start_time: int | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: str | None = None
    tasks: list[TaskDetail] | None = None
    token_usage: TokenUsage | None = Field(
        default=None, validation_alias="tokenUsage", serialization_alias="tokenUsage"
    )
    version: int | None = None
