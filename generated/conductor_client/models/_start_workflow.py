from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StartWorkflow(ConductorModel):
    correlation_id: str | None = Field(
        default=None, validation_alias="correlationId", serialization_alias="correlationId"
    )
    input: dict[str, Any] | None = Field(default=None, validation_alias="input", serialization_alias="input")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    task_to_domain: dict[str, str] | None = Field(
        default=None, validation_alias="taskToDomain", serialization_alias="taskToDomain"
    )
    version: int | None = Field(default=None, validation_alias="version", serialization_alias="version")
