from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._task_mock_status_enum import TaskMockStatusEnum


class TaskMock(ConductorModel):
    execution_time: int | None = Field(None, alias="executionTime")
    output: dict[str, Any] | None = Field(None, alias="output")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    status: TaskMockStatusEnum | None = Field(None, alias="status")
