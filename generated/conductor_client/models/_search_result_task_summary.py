from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task_summary import TaskSummary


class SearchResultTaskSummary(ConductorModel):
    results: list[TaskSummary] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
