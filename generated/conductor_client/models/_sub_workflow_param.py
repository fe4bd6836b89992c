from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class SubWorkflowParam(ConductorModel):
    execution_id: str | None = Field(default=None, validation_alias="executionId", serialization_alias="executionId")
    name: str | None = None
    version: int | None = None
