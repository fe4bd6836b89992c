from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentExtension(ConductorModel):
    description: str | None = None
    params: dict[str, Any] | None = None
    required: bool | None = None
    uri: str | None = None
