"""What the runner knows about each worker and each task it holds (plain records the parts share)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from ._binding import Binder
from ._config import WorkerSettings
from ._decorator import WorkerDefinition
from ._types import TaskContext

if TYPE_CHECKING:
    from .._runtime.retry import RetryPolicy
    from ._lifecycle import Lifecycle
    from ._metrics import Metrics
    from ._wire import TaskApi

__all__ = ["Runtime", "WorkerState", "Job", "Chain"]


@dataclass(frozen=True, eq=False)
class Runtime:
    """What every part of a running runner works with: its lifecycle (loop, tasks, stop), the server's task API,
    the metrics, the client's retry policy and the timeout of each request."""

    life: Lifecycle
    api: TaskApi
    metrics: Metrics
    policy: RetryPolicy
    request_timeout: float


@dataclass(eq=False)
class WorkerState:
    """One worker while the runner runs: its settings, its slots and its poll record."""

    definition: WorkerDefinition
    settings: WorkerSettings
    binder: Binder
    is_async: bool
    in_flight: int = 0  # tasks held: running, or whose result is not delivered yet
    slot_waiter: asyncio.Future[None] | None = None  # the poll loop waits on it while every slot is taken
    polls: int = 0
    poll_failures: int = 0  # in a row
    last_poll_warning: float = float("-inf")
    quiet_poll_failures: int = 0
    jobs: set[Job] = field(default_factory=set)

    def free_slot(self) -> None:
        """Wake the poll loop if it waits for a slot (or for a stop)."""
        waiter = self.slot_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


@dataclass(eq=False)
class Job:
    """One task from its arrival to its result's delivery."""

    worker: WorkerState
    task: Mapping[str, Any]
    context: TaskContext
    started: float
    result: dict[str, Any] | None = None
    payload: bytes | None = None  # result, encoded
    delivered: bool = False
    lease_task: asyncio.Task[None] | None = None

    @property
    def task_id(self) -> str:
        return str(self.task.get("taskId", ""))

    @property
    def workflow_id(self) -> str:
        return str(self.task.get("workflowInstanceId") or "?")

    def describe(self) -> str:
        return f"task {self.task_id} ({self.worker.settings.task_name}, workflow {self.workflow_id})"


@dataclass(eq=False)
class Chain:
    """The tasks one slot runs back to back: one, or for a sync worker whose thread delivers its own results,
    each task that update-v2 handed out with the previous result.  Its lease timer extends whichever task is
    current, so the thread needs no trip through the event loop between tasks."""

    job: Job  # the task the slot works on now (or last worked on)
    lease_timer: asyncio.TimerHandle | None = None
    error: Exception | None = None  # the thread's failed attempt to deliver ``job``'s result
