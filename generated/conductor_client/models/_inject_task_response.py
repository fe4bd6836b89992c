from conductor_client.models._base import ConductorModel
from pydantic import Field


class InjectTaskResponse(ConductorModel):
    task_id: str | None = Field(default=None, validation_alias="taskId", serialization_alias="taskId")
