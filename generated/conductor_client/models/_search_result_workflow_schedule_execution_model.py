from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._workflow_schedule_execution_model import WorkflowScheduleExecutionModel


class SearchResultWorkflowScheduleExecutionModel(ConductorModel):
    results: list[WorkflowScheduleExecutionModel] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
