from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._health import Health


class HealthCheckStatus(ConductorModel):
    health_results: list[Health] | None = Field(
        default=None, validation_alias="healthResults", serialization_alias="healthResults"
    )
    healthy: bool | None = None
    suppressed_health_results: list[Health] | None = Field(
        default=None, validation_alias="suppressedHealthResults", serialization_alias="suppressedHealthResults"
    )
