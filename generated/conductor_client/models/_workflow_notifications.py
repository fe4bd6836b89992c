from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class WorkflowNotifications(ConductorModel):
    host_ip: str | None = Field(None, alias="hostIp")
    monitor_parent_only: bool | None = Field(None, alias="monitorParentOnly")
    request_id: str | None = Field(None, alias="requestId")
    wait_until_tasks: str | None = Field(None, alias="waitUntilTasks")
