from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class PollData(ConductorModel):
    domain: str | None = Field(None, alias="domain")
    last_poll_time: int | None = Field(None, alias="lastPollTime")
    queue_name: str | None = Field(None, alias="queueName")
    worker_id: str | None = Field(None, alias="workerId")
