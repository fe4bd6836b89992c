from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._health import Health


class HealthCheckStatus(ConductorModel):
    health_results: list[Health] | None = Field(
        default=None, validation_alias="healthResults", serialization_alias="healthResults"
    )
    healthy: bool | None = None
    suppressed_health_results: list[Health] | None = Field(
        default=None, validation_alias="suppressedHealthResults", serialization_alias="suppressedHealthResults"
    )
