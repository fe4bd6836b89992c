from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_card import AgentCard


class A2AAgentCardResult(ConductorModel):
    agent_card: AgentCard | None = Field(default=None, validation_alias="agentCard", serialization_alias="agentCard")
