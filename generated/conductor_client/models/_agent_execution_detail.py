from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._current_task import CurrentTask


class AgentExecutionDetail(ConductorModel):
    agent_name: str | None = Field(default=None, validation_alias="agentName", serialization_alias="agentName")
    current_task: CurrentTask | None = Field(
        default=None, validation_alias="currentTask", serialization_alias="currentTask"
    )
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    status: str | None = None
    version: int | None = None
