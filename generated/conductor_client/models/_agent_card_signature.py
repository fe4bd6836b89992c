from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentCardSignature(ConductorModel):
    header: dict[str, Any] | None = Field(default=None, validation_alias="header", serialization_alias="header")
    protected: str | None = Field(default=None, validation_alias="protected", serialization_alias="protected")
    signature: str | None = Field(default=None, validation_alias="signature", serialization_alias="signature")
