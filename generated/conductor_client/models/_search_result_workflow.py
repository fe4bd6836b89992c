from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow import Workflow


class SearchResultWorkflow(ConductorModel):
    results: list[Workflow] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
