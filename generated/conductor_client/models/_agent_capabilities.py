from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._agent_extension import AgentExtension


class AgentCapabilities(ConductorModel):
    extended_agent_card: bool | None = Field(
        default=None, validation_alias="extendedAgentCard", serialization_alias="extendedAgentCard"
    )
    extensions: list[AgentExtension] | None = None
    push_notifications: bool | None = Field(
        default=None, validation_alias="pushNotifications", serialization_alias="pushNotifications"
    )
    state_transition_history: bool | None = Field(
        default=None, validation_alias="stateTransitionHistory", serialization_alias="stateTransitionHistory"
    )
    streaming: bool | None = None
