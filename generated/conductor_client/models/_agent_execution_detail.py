from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._current_task import CurrentTask


class AgentExecutionDetail(ConductorModel):
    agent_name: str | None = Field(None, alias="agentName")
    current_task: CurrentTask | None = Field(None, alias="currentTask")
    execution_id: str | None = Field(None, alias="executionId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    status: str | None = Field(None, alias="status")
    version: int | None = Field(None, alias="version")
