from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class StartWorkflow(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    input: dict[str, Any] | None = None
    name: str | None = None
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    version: int | None = None
