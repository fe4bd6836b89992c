from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentProvider(ConductorModel):
    organization: str | None = Field(default=None, validation_alias="organization", serialization_alias="organization")
    url: str | None = Field(default=None, validation_alias="url", serialization_alias="url")
