from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StartAgent(ConductorModel):
    context: dict[str, Any] | None = None
    idempotency_key: str | None = Field(
        default=None, validation_alias="idempotencyKey", serialization_alias="idempotencyKey"
    )
    media: list[str] | None = None
    name: str | None = None
    prompt: str | None = None
    session_id: str | None = Field(default=None, validation_alias="sessionId", serialization_alias="sessionId")
    version: int | None = None
