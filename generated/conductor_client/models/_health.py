from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class Health(ConductorModel):
    details: dict[str, Any] | None = None
    error_message: str | None = Field(default=None, validation_alias="errorMessage", serialization_alias="errorMessage")
    healthy: bool | None = None
