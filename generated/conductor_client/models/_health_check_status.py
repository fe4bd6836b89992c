from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._health import Health


class HealthCheckStatus(ConductorModel):
    health_results: list[Health] | None = Field(None, alias="healthResults")
    healthy: bool | None = Field(None, alias="healthy")
    suppressed_health_results: list[Health] | None = Field(None, alias="suppressedHealthResults")
