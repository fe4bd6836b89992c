from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._agent_capabilities import AgentCapabilities
from ._agent_card_signature import AgentCardSignature
from ._agent_interface import AgentInterface
from ._agent_provider import AgentProvider
from ._agent_skill import AgentSkill


class AgentCard(ConductorModel):
    additional_interfaces: list[AgentInterface] | None = Field(
        default=None, validation_alias="additionalInterfaces", serialization_alias="additionalInterfaces"
    )
    capabilities: AgentCapabilities | None = None
    default_input_modes: list[str] | None = Field(
        default=None, validation_alias="defaultInputModes", serialization_alias="defaultInputModes"
    )
    default_output_modes: list[str] | None = Field(
        default=None, validation_alias="defaultOutputModes", serialization_alias="defaultOutputModes"
    )
    description: str | None = None
    documentation_url: str | None = Field(
        default=None, validation_alias="documentationUrl", serialization_alias="documentationUrl"
    )
    icon_url: str | None = Field(default=None, validation_alias="iconUrl", serialization_alias="iconUrl")
    name: str | None = None
    preferred_transport: str | None = Field(
        default=None, validation_alias="preferredTransport", serialization_alias="preferredTransport"
    )
    protocol_version: str | None = Field(
        default=None, validation_alias="protocolVersion", serialization_alias="protocolVersion"
    )
    provider: AgentProvider | None = None
    security: list[dict[str, list[str]]] | None = None
    security_requirements: list[dict[str, Any]] | None = Field(
        default=None, validation_alias="securityRequirements", serialization_alias="securityRequirements"
    )
    security_schemes: dict[str, Any] | None = Field(
        default=None, validation_alias="securitySchemes", serialization_alias="securitySchemes"
    )
    signatures: list[AgentCardSignature] | None = None
    skills: list[AgentSkill] | None = None
    supported_interfaces: list[AgentInterface] | None = Field(
        default=None, validation_alias="supportedInterfaces", serialization_alias="supportedInterfaces"
    )
    supports_authenticated_extended_card: bool | None = Field(
        default=None,
        validation_alias="supportsAuthenticatedExtendedCard",
        serialization_alias="supportsAuthenticatedExtendedCard",
    )
    supports_extended_agent_card: bool | None = Field(
        default=None, validation_alias="supportsExtendedAgentCard", serialization_alias="supportsExtendedAgentCard"
    )
    url: str | None = None
    version: str | None = None
