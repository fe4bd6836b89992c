from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentCardSignature(ConductorModel):
    header: dict[str, Any] | None = None
    protected: str | None = None
    signature: str | None = None
