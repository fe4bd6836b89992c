from conductor_client.models._base import ConductorModel
from pydantic import Field


class PollData(ConductorModel):
    domain: str | None = None
    last_poll_time: int | None = Field(
        default=None, validation_alias="lastPollTime", serialization_alias="lastPollTime"
    )
    queue_name: str | None = Field(default=None, validation_alias="queueName", serialization_alias="queueName")
    worker_id: str | None = Field(default=None, validation_alias="workerId", serialization_alias="workerId")
