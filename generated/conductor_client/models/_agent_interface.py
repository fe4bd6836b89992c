from conductor_client.models._base import ConductorModel
from pydantic import Field


class AgentInterface(ConductorModel):
    protocol_binding: str | None = Field(
        default=None, validation_alias="protocolBinding", serialization_alias="protocolBinding"
    )
    protocol_version: str | None = Field(
        default=None, validation_alias="protocolVersion", serialization_alias="protocolVersion"
    )
    tenant: str | None = None
    transport: str | None = None
    url: str | None = None
