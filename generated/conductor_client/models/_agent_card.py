from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_capabilities import AgentCapabilities
from ._agent_card_signature import AgentCardSignature
from ._agent_interface import AgentInterface
from ._agent_provider import AgentProvider
from ._agent_skill import AgentSkill


class AgentCard(ConductorModel):
    additional_interfaces: list[AgentInterface] | None = Field(None, alias="additionalInterfaces")
    capabilities: AgentCapabilities | None = Field(None, alias="capabilities")
    default_input_modes: list[str] | None = Field(None, alias="defaultInputModes")
    default_output_modes: list[str] | None = Field(None, alias="defaultOutputModes")
    description: str | None = Field(None, alias="description")
    documentation_url: str | None = Field(None, alias="documentationUrl")
    icon_url: str | None = Field(None, alias="iconUrl")
    name: str | None = Field(None, alias="name")
    preferred_transport: str | None = Field(None, alias="preferredTransport")
    protocol_version: str | None = Field(None, alias="protocolVersion")
    provider: AgentProvider | None = Field(None, alias="provider")
    security: list[dict[str, list[str]]] | None = Field(None, alias="security")
    security_requirements: list[dict[str, Any]] | None = Field(None, alias="securityRequirements")
    security_schemes: dict[str, Any] | None = Field(None, alias="securitySchemes")
    signatures: list[AgentCardSignature] | None = Field(None, alias="signatures")
    skills: list[AgentSkill] | None = Field(None, alias="skills")
    supported_interfaces: list[AgentInterface] | None = Field(None, alias="supportedInterfaces")
    supports_authenticated_extended_card: bool | None = Field(None, alias="supportsAuthenticatedExtendedCard")
    supports_extended_agent_card: bool | None = Field(None, alias="supportsExtendedAgentCard")
    url: str | None = Field(None, alias="url")
    version: str | None = Field(None, alias="version")
