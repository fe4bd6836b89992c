from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_detail import TaskDetail
from ._token_usage import TokenUsage


class AgentRun(ConductorModel):
    agent_name: str | None = Field(default=None, validation_alias="agentName", serialization_alias="agentName")
    end_time: int | None = Field(default=None, validation_alias="endTime", serialization_alias="endTime")
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    input: dict[str, Any] | None = Field(default=None, validation_alias="input", serialization_alias="input")
    output: dict[str, Any] | None = Field(default=None, validation_alias="output", serialization_alias="output")
    start_time: int | None = Field(default=None, validation_alias="startTime", serialization_alias="startTime")
    status: str | None = Field(default=None, validation_alias="status", serialization_alias="status")
    tasks: list[TaskDetail] | None = Field(default=None, validation_alias="tasks", serialization_alias="tasks")
    token_usage: TokenUsage | None = Field(
        default=None, validation_alias="tokenUsage", serialization_alias="tokenUsage"
    )
    version: int | None = Field(default=None, validation_alias="version", serialization_alias="version")
