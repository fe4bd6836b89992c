"""Values a worker function sees and returns: the task context, the in-progress marker, the terminal error."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Mapping

__all__ = ["TaskContext", "InProgress", "NonRetryableError", "TaskStatus"]


class TaskStatus:
    """The statuses a worker reports (wire values of TaskResult.status)."""

    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"


class NonRetryableError(Exception):
    """Raise from a worker to fail the task with ``FAILED_WITH_TERMINAL_ERROR``: Conductor will not retry it.

    ``output`` (optional) becomes the task's ``outputData``.
    """

    def __init__(self, message: str = "", *, output: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.output: dict[str, Any] | None = dict(output) if output is not None else None


class InProgress:
    """Return this from a worker to report the task as still running.

    Conductor hands the task out again after ``callback_after_seconds`` (its ``poll_count`` grows by one each
    time, and ``TaskContext.output`` holds the ``output`` reported here); the worker then returns a final
    value, or ``InProgress`` again.
    """

    __slots__ = ("callback_after_seconds", "output")

    def __init__(self, callback_after_seconds: int = 0, output: Any = None) -> None:
        if callback_after_seconds < 0:
            raise ValueError("callback_after_seconds must be >= 0")
        self.callback_after_seconds = int(callback_after_seconds)
        self.output = output

    def __repr__(self) -> str:
        return f"InProgress(callback_after_seconds={self.callback_after_seconds}, output={self.output!r})"


class TaskContext:
    """What a worker knows about the task it runs. Declare a parameter annotated ``TaskContext`` to get it.

    ``log()`` adds a line to the task's execution log (sent with the result, and with lease extensions);
    ``extend_lease()`` asks the runtime to tell the server at once that the task is still being worked on
    (the runtime also does this by itself for long tasks).  Both are safe to call from any thread.
    """

    __slots__ = ("task", "worker_id", "_logs", "_lock", "_extend")

    def __init__(
        self,
        task: Mapping[str, Any],
        *,
        worker_id: str,
        extend: Callable[[], None] | None = None,
    ) -> None:
        self.task: Mapping[str, Any] = task
        self.worker_id = worker_id
        self._logs: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._extend = extend

    # -- identity ----------------------------------------------------------------------------------
    @property
    def task_id(self) -> str:
        return str(self.task.get("taskId") or "")

    @property
    def workflow_instance_id(self) -> str:
        return str(self.task.get("workflowInstanceId") or "")

    workflow_id = workflow_instance_id

    @property
    def task_type(self) -> str:
        return str(self.task.get("taskType") or self.task.get("taskDefName") or "")

    @property
    def reference_task_name(self) -> str:
        return str(self.task.get("referenceTaskName") or "")

    @property
    def poll_count(self) -> int:
        return int(self.task.get("pollCount") or 0)

    @property
    def retry_count(self) -> int:
        return int(self.task.get("retryCount") or 0)

    @property
    def response_timeout_seconds(self) -> int:
        return int(self.task.get("responseTimeoutSeconds") or 0)

    @property
    def domain(self) -> str | None:
        value = self.task.get("domain")
        return str(value) if value else None

    @property
    def input(self) -> Mapping[str, Any]:
        """The raw ``inputData``."""
        return self.task.get("inputData") or {}

    @property
    def output(self) -> Mapping[str, Any]:
        """The ``outputData`` the server holds for this task (what an earlier ``InProgress`` reported)."""
        return self.task.get("outputData") or {}

    # -- actions -----------------------------------------------------------------------------------
    def log(self, message: str) -> None:
        """Add a line to the task's execution log."""
        entry = {"log": str(message), "taskId": self.task_id, "createdTime": int(time.time() * 1000)}
        with self._lock:
            self._logs.append(entry)

    def extend_lease(self) -> None:
        """Tell the server now that this task is still running (resets its response timeout)."""
        if self._extend is not None:
            self._extend()

    # -- runtime side ------------------------------------------------------------------------------
    def _take_logs(self) -> list[dict[str, Any]]:
        with self._lock:
            logs, self._logs = self._logs, []
        return logs

    def _return_logs(self, logs: list[dict[str, Any]]) -> None:
        """Put logs back (in front) after a send that failed."""
        if logs:
            with self._lock:
                self._logs[:0] = logs

    def __repr__(self) -> str:
        return f"TaskContext(task_type={self.task_type!r}, task_id={self.task_id!r})"
