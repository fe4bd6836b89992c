from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class WorkflowDefSummary(ConductorModel):
    create_time: int | None = Field(None, alias="createTime")
    name: str | None = Field(None, alias="name")
    update_time: int | None = Field(None, alias="updateTime")
    version: int | None = Field(None, alias="version")
