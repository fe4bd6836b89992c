from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class TaskExecLog(ConductorModel):
    created_time: int | None = Field(default=None, validation_alias="createdTime", serialization_alias="createdTime")
    log: str | None = None
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
