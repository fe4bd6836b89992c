from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._agent_config import AgentConfig


class InspectPlanRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(
        default=None, validation_alias="agentConfig", serialization_alias="agentConfig"
    )
    plan: dict[str, Any] | None = None
