from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_detail import TaskDetail
from ._token_usage import TokenUsage


class AgentRun(ConductorModel):
    agent_name: str | None = Field(None, alias="agentName")
    end_time: int | None = Field(None, alias="endTime")
    execution_id: str | None = Field(None, alias="executionId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    start_time: int | None = Field(None, alias="startTime")
    status: str | None = Field(None, alias="status")
    tasks: list[TaskDetail] | None = Field(None, alias="tasks")
    token_usage: TokenUsage | None = Field(None, alias="tokenUsage")
    version: int | None = Field(None, alias="version")
