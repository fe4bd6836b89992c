"""Hand-written models in the style of the generated ones (lenient decoding)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ConductorModel(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)


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


class StartWorkflowRequest(ConductorModel):
    name: str
    version: int | None = None
    correlation_id: str | None = Field(default=None, alias="correlationId")
    input: dict[str, Any] | None = None
