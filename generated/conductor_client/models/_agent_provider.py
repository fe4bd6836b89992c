from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentProvider(ConductorModel):
    organization: str | None = None
    url: str | None = None
