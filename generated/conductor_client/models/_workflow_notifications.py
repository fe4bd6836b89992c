from conductor_client.models._base import ConductorModel
from pydantic import Field


class WorkflowNotifications(ConductorModel):
    host_ip: str | None = Field(default=None, validation_alias="hostIp", serialization_alias="hostIp")
    monitor_parent_only: bool | None = Field(
        default=None, validation_alias="monitorParentOnly", serialization_alias="monitorParentOnly"
    )
    request_id: str | None = Field(default=None, validation_alias="requestId", serialization_alias="requestId")
    wait_until_tasks: str | None = Field(
        default=None, validation_alias="waitUntilTasks", serialization_alias="waitUntilTasks"
    )
