from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_extension import AgentExtension


class AgentCapabilities(ConductorModel):
    extended_agent_card: bool | None = Field(None, alias="extendedAgentCard")
    extensions: list[AgentExtension] | None = Field(None, alias="extensions")
    push_notifications: bool | None = Field(None, alias="pushNotifications")
    state_transition_history: bool | None = Field(None, alias="stateTransitionHistory")
    streaming: bool | None = Field(None, alias="streaming")
