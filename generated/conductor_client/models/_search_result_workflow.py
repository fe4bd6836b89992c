from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._workflow import Workflow


class SearchResultWorkflow(ConductorModel):
    results: list[Workflow] | None = None
    total_hits: int | None = Field(default=None, validation_alias="totalHits", serialization_alias="totalHits")
