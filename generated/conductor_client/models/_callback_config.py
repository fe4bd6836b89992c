from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CallbackConfig(ConductorModel):
    position: str | None = None
    task_name: str | None = Field(default=None, validation_alias="taskName", serialization_alias="taskName")
