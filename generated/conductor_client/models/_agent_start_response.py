from conductor_client.models._base import ConductorModel
from pydantic import Field


class AgentStartResponse(ConductorModel):
    agent_name: str | None = Field(default=None, validation_alias="agentName", serialization_alias="agentName")
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    required_workers: list[str] | None = Field(
        default=None, validation_alias="requiredWorkers", serialization_alias="requiredWorkers"
    )
