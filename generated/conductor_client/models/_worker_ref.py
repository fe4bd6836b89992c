from conductor_client.models._base import ConductorModel
from pydantic import Field


class WorkerRef(ConductorModel):
    task_name: str | None = Field(default=None, validation_alias="taskName", serialization_alias="taskName")
