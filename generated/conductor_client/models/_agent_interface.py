from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentInterface(ConductorModel):
    protocol_binding: str | None = Field(None, alias="protocolBinding")
    protocol_version: str | None = Field(None, alias="protocolVersion")
    tenant: str | None = Field(None, alias="tenant")
    transport: str | None = Field(None, alias="transport")
    url: str | None = Field(None, alias="url")
