"""Hand-written models in the style of the generated ones (lenient decoding)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ._base import ConductorModel, RequiredFieldsModel


class Task(ConductorModel):
    task_id: str | None = Field(default=None, alias="taskId")
    task_type: str | None = Field(default=None, alias="taskType")
    status: str | None = None
    retry_count: int | None = Field(default=None, alias="retryCount")


class Workflow(ConductorModel):
    workflow_id: str | None = Field(default=None, alias="workflowId")
    status: str | None = None
    tasks: list[Task] | None = None
    input: dict[str, Any] | None = None
    start_time: int | None = Field(default=None, alias="startTime")


class TaskDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name", "total_timeout_seconds")

    name: str = None  # type: ignore[assignment]
    total_timeout_seconds: int = Field(default=None, alias="totalTimeoutSeconds")  # type: ignore[assignment]


class StartWorkflowRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)

    name: str = None  # type: ignore[assignment]  # required when built, lenient when decoded
    version: int | None = None
    correlation_id: str | None = Field(default=None, alias="correlationId")
    input: dict[str, Any] | None = None
