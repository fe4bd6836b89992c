from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._agent_card import AgentCard


class A2AAgentCardResult(ConductorModel):
    agent_card: AgentCard | None = Field(default=None, validation_alias="agentCard", serialization_alias="agentCard")
