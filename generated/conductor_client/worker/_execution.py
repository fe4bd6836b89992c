"""Running a worker function on a task and turning what it did into a TaskResult (with one log line per failure).

A failed task -- the function raised, its input does not fit its parameters, or what it returned cannot be
sent as JSON -- gets one line in the worker's own log: task name, task id, workflow id, the exception's type
and message; the traceback follows at DEBUG.  (The traceback also goes into the task's execution log at the
server.)  Input that does not fit and output that is not JSON are mistakes in the worker's code or in the
workflow, logged at ERROR; an exception the function raises is logged at WARNING (Conductor retries the task).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import traceback
from dataclasses import dataclass
from typing import Any, Iterable

from ._binding import InputError, OutputError, encode_output
from ._log_capture import CURRENT_TASK, PACKAGE_LOGGER
from ._state import Job, WorkerState
from ._types import InProgress, NonRetryableError, TaskStatus
from ._wire import encode_result

__all__ = ["Outcome", "call_sync", "call_async", "result_body", "start_warm_up", "REASON_LIMIT"]

_log = logging.getLogger(PACKAGE_LOGGER)

REASON_LIMIT = 2000
TRACEBACK_LIMIT = 32000


@dataclass
class Outcome:
    status: str
    output: dict[str, Any]
    reason: str | None = None
    callback_after_seconds: int | None = None
    traceback: str | None = None
    error: BaseException | None = None  # what failed the task, for the worker's log
    what: str = ""  # "raised", "input" or "output": which kind of failure


def _bind(job: Job) -> tuple[list[Any], dict[str, Any]] | Outcome:
    """The call's arguments from the task's input, or the failed outcome of input that does not fit."""
    try:
        args, kwargs = job.worker.binder.bind(job.task.get("inputData"), job.context)
    except InputError as exc:
        return _unfit_input(exc)
    return args, kwargs


def call_sync(job: Job) -> Outcome:
    """Run a plain ``def`` worker (in a pool thread)."""
    token = CURRENT_TASK.set(job.context)
    try:
        bound = _bind(job)
        if isinstance(bound, Outcome):
            return bound
        try:
            value = job.worker.definition.fn(*bound[0], **bound[1])
        except BaseException as exc:  # a worker's SystemExit must not kill a pool thread
            return _failure(exc)
        return _success(value)
    except BaseException as exc:  # binder or encoder bug
        return _failure(exc)
    finally:
        CURRENT_TASK.reset(token)


async def call_async(job: Job) -> Outcome:
    """Run an ``async def`` worker on the loop."""
    token = CURRENT_TASK.set(job.context)
    try:
        bound = _bind(job)
        if isinstance(bound, Outcome):
            return bound
        try:
            value = await job.worker.definition.fn(*bound[0], **bound[1])
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            return _failure(exc)
        return _success(value)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        return _failure(exc)
    finally:
        CURRENT_TASK.reset(token)


def _unfit_input(exc: InputError) -> Outcome:
    # Terminal: a retry would get the same input.
    return Outcome(TaskStatus.FAILED_WITH_TERMINAL_ERROR, {}, reason=str(exc), error=exc, what="input")


def _success(value: Any) -> Outcome:
    try:
        if isinstance(value, InProgress):
            return Outcome(
                TaskStatus.IN_PROGRESS,
                encode_output(value.output),
                callback_after_seconds=value.callback_after_seconds,
            )
        return Outcome(TaskStatus.COMPLETED, encode_output(value))
    except OutputError as exc:
        return Outcome(TaskStatus.FAILED, {}, reason=str(exc), error=exc, what="output")


def _failure(exc: BaseException) -> Outcome:
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if len(text) > TRACEBACK_LIMIT:
        text = text[: TRACEBACK_LIMIT // 2] + "\n...\n" + text[-TRACEBACK_LIMIT // 2 :]
    message = str(exc)
    reason = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    if isinstance(exc, NonRetryableError):
        output = {}
        if exc.output is not None:
            try:
                output = encode_output(exc.output)
            except OutputError:
                pass
        return Outcome(
            TaskStatus.FAILED_WITH_TERMINAL_ERROR,
            output,
            reason=message or reason,
            traceback=text,
            error=exc,
            what="raised",
        )
    return Outcome(TaskStatus.FAILED, {}, reason=reason, traceback=text, error=exc, what="raised")


def result_body(job: Job, outcome: Outcome) -> dict[str, Any]:
    """The TaskResult for the job (also encoded into ``job.payload``); logs a failed task's one line."""
    ctx = job.context
    if outcome.traceback:
        ctx.log(outcome.traceback)
    body: dict[str, Any] = {
        "workflowInstanceId": job.task.get("workflowInstanceId"),
        "taskId": job.task.get("taskId"),
        "status": outcome.status,
        "outputData": outcome.output,
        "workerId": job.worker.settings.worker_id,
        "logs": ctx._take_logs(),
    }
    if outcome.reason is not None:
        body["reasonForIncompletion"] = outcome.reason[:REASON_LIMIT]
    if outcome.callback_after_seconds is not None:
        body["callbackAfterSeconds"] = outcome.callback_after_seconds
    try:
        job.payload = encode_result(body)
    except (TypeError, ValueError) as exc:
        outcome = Outcome(TaskStatus.FAILED, {}, error=exc, what="output")
        body["status"] = TaskStatus.FAILED
        body["outputData"] = {}
        body.pop("callbackAfterSeconds", None)
        body["reasonForIncompletion"] = f"the worker's output is not valid JSON: {exc}"[:REASON_LIMIT]
        try:
            job.payload = encode_result(body)
        except (TypeError, ValueError):  # a log line or id that is not text
            body["logs"] = []
            job.payload = encode_result(body)
    if outcome.error is not None:
        log_failure(job, outcome)
    return body


_HEADLINE = {"raised": "raised", "input": "input does not fit", "output": "output is not JSON"}


def log_failure(job: Job, outcome: Outcome) -> None:
    """One line per failed task in the worker's log; the traceback at DEBUG."""
    error = outcome.error
    assert error is not None
    level = logging.WARNING if outcome.what == "raised" else logging.ERROR
    if not _log.isEnabledFor(level):
        return
    _log.log(
        level,
        "%s task %s (workflow %s) failed (%s): %s: %s",
        job.worker.settings.task_name,
        job.task_id,
        job.workflow_id,
        _HEADLINE.get(outcome.what, outcome.what),
        type(error).__name__,
        error,
    )
    if _log.isEnabledFor(logging.DEBUG):
        trace = outcome.traceback or "".join(traceback.format_exception(type(error), error, error.__traceback__))
        _log.debug("traceback of task %s (%s):\n%s", job.task_id, job.worker.settings.task_name, trace.rstrip())


def start_warm_up(workers: Iterable[WorkerState]) -> threading.Thread:
    """Build the input validators in a thread after the first poll (keeps pydantic off the start path)."""

    def warm() -> None:
        for w in workers:
            try:
                w.binder.warm()
            except Exception:  # reported when a task is bound
                pass

    thread = threading.Thread(target=warm, name="conductor-worker-warm-up", daemon=True)
    thread.start()
    return thread
