from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._task_mock_status_enum import TaskMockStatusEnum


class TaskMock(ConductorModel):
    execution_time: int | None = Field(
        default=None, validation_alias="executionTime", serialization_alias="executionTime"
    )
    output: dict[str, Any] | None = None
    queue_wait_time: int | None = Field(
        default=None, validation_alias="queueWaitTime", serialization_alias="queueWaitTime"
    )
    status: TaskMockStatusEnum | None = None
