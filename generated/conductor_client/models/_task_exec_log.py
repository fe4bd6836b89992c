from conductor_client.models._base import ConductorModel
from pydantic import Field


class TaskExecLog(ConductorModel):
    created_time: int | None = Field(default=None, validation_alias="createdTime", serialization_alias="createdTime")
    log: str | None = None
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
