from conductor_client.models._base import ConductorModel
from pydantic import Field


class CronSchedule(ConductorModel):
    cron_expression: str | None = Field(
        default=None, validation_alias="cronExpression", serialization_alias="cronExpression"
    )
    zone_id: str | None = Field(default=None, validation_alias="zoneId", serialization_alias="zoneId")
