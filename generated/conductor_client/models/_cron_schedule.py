from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CronSchedule(ConductorModel):
    cron_expression: str | None = Field(
        default=None, validation_alias="cronExpression", serialization_alias="cronExpression"
    )
    zone_id: str | None = Field(default=None, validation_alias="zoneId", serialization_alias="zoneId")
