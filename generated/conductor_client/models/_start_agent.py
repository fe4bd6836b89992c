from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StartAgent(ConductorModel):
    context: dict[str, Any] | None = Field(None, alias="context")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    media: list[str] | None = Field(None, alias="media")
    name: str | None = Field(None, alias="name")
    prompt: str | None = Field(None, alias="prompt")
    session_id: str | None = Field(None, alias="sessionId")
    version: int | None = Field(None, alias="version")
