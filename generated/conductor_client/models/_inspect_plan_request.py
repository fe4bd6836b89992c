from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_config import AgentConfig


class InspectPlanRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(
        default=None, validation_alias="agentConfig", serialization_alias="agentConfig"
    )
    plan: dict[str, Any] | None = None
