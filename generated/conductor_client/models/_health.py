from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class Health(ConductorModel):
    details: dict[str, Any] | None = None
    error_message: str | None = Field(default=None, validation_alias="errorMessage", serialization_alias="errorMessage")
    healthy: bool | None = None
