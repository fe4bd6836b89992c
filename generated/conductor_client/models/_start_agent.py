from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StartAgent(ConductorModel):
    context: dict[str, Any] | None = Field(default=None, validation_alias="context", serialization_alias="context")
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    media: list[str] | None = Field(default=None, validation_alias="media", serialization_alias="media")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    prompt: str | None = Field(default=None, validation_alias="prompt", serialization_alias="prompt")
    session_id: str | None = Field(default=None, validation_alias="sessionId", serialization_alias="sessionId")
    version: int | None = Field(default=None, validation_alias="version", serialization_alias="version")
