from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow_summary import WorkflowSummary


class SearchResultWorkflowSummary(ConductorModel):
    results: list[WorkflowSummary] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
