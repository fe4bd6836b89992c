from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task import Task


class SearchResultTask(ConductorModel):
    results: list[Task] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
