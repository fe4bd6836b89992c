from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


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
