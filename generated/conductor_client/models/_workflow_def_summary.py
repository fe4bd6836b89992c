from conductor_client.models._base import ConductorModel
from pydantic import Field


class WorkflowDefSummary(ConductorModel):
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    name: str | None = None
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    version: int | None = None
