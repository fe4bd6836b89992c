from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class HandoffConfig(ConductorModel):
    result_contains: str | None = Field(None, alias="resultContains")
    target: str | None = Field(None, alias="target")
    task_name: str | None = Field(None, alias="taskName")
    text: str | None = Field(None, alias="text")
    tool_name: str | None = Field(None, alias="toolName")
    type: str | None = Field(None, alias="type")
