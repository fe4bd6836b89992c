from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class WorkflowDefSummary(ConductorModel):
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    name: str | None = None
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    version: int | None = None
