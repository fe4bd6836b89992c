from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StartWorkflow(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    input: dict[str, Any] | None = Field(None, alias="input")
    name: str | None = Field(None, alias="name")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")
