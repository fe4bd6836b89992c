"""Copying ``logging`` records emitted inside a worker function into its task's execution log."""

from __future__ import annotations

import contextvars
import logging

from ._types import TaskContext

__all__ = ["CURRENT_TASK", "PACKAGE_LOGGER", "TaskLogHandler", "install", "uninstall"]

PACKAGE_LOGGER = __name__.rpartition(".")[0]  # "<pkg>.worker": the runtime's own lines stay out of task logs
CURRENT_TASK: contextvars.ContextVar[TaskContext | None] = contextvars.ContextVar("conductor_task", default=None)


class TaskLogHandler(logging.Handler):
    """Copies log records emitted inside a worker into that task's execution log.

    Installed on the root logger while the runner runs.  When the root logger had no handler before, records
    outside tasks keep going to ``logging.lastResort`` as they did.
    """

    def __init__(self, stand_in_for_last_resort: bool) -> None:
        super().__init__(logging.NOTSET)
        self._last_resort = stand_in_for_last_resort
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        context = CURRENT_TASK.get()
        if context is not None and not record.name.startswith((PACKAGE_LOGGER, "httpx", "httpcore")):
            try:
                context.log(self.format(record))
            except Exception:
                self.handleError(record)
        last_resort = logging.lastResort
        if self._last_resort and last_resort is not None and record.levelno >= last_resort.level:
            last_resort.handle(record)


def install() -> TaskLogHandler:
    root = logging.getLogger()
    handler = TaskLogHandler(stand_in_for_last_resort=not root.handlers)
    root.addHandler(handler)
    return handler


def uninstall(handler: TaskLogHandler | None) -> None:
    if handler is not None:
        logging.getLogger().removeHandler(handler)
