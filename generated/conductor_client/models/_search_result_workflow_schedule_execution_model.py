from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow_schedule_execution_model import WorkflowScheduleExecutionModel


class SearchResultWorkflowScheduleExecutionModel(ConductorModel):
    results: list[WorkflowScheduleExecutionModel] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
