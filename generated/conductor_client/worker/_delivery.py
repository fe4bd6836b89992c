"""Delivering results: sending a task's result until the server takes it, and what to do when it will not.

A failed update is sent again, waiting ``RetryPolicy.backoff`` (the client's policy: one place for both) between
attempts, for as long as it takes: a computed result is never given up over a passing failure.  It ends when the
server takes it, says the task is gone (404, or a 4xx saying not found / already terminal: logged once), or
rejects it for good (another 4xx): then it is replaced once by a ``FAILED`` result naming the rejection, so that
the workflow does not wait forever.  Once stopping, waits are at most a second (the grace period is short); what
is still undelivered at its end goes to the journal (see ``_shutdown``).

Results sent again after a failure, and all results once stopping, go the classic way: update-v2 would hand
out a task in an answer that may be lost again.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Mapping

from ._execution import REASON_LIMIT
from ._log_capture import PACKAGE_LOGGER
from ._state import Job, Runtime
from ._types import TaskStatus
from ._wire import GONE, REJECTED, RETRY, classify_update_error

__all__ = ["Delivery"]

_log = logging.getLogger(PACKAGE_LOGGER)

STOPPING_WAIT_CAP = 1.0  # seconds: once stopping, try at least this often


class Delivery:
    def __init__(self, runtime: Runtime) -> None:
        self._life = runtime.life
        self._api = runtime.api
        self._metrics = runtime.metrics
        self._policy = runtime.policy
        self._request_timeout = runtime.request_timeout
        self._rng = random.Random()

    def pause(self, failures: int) -> float:
        """The wait before sending again after ``failures`` failed attempts in a row."""
        wait = self._policy.backoff(failures, self._rng.random())
        return min(wait, STOPPING_WAIT_CAP) if self._life.stopping else wait

    async def deliver(self, job: Job, first_error: Exception | None = None) -> Mapping[str, Any] | None:
        """Send the job's result until delivered (or gone/rejected); returns the next task when the server
        handed one out with the update (update-v2, used while not stopping).  ``first_error``: a first attempt
        made elsewhere (by the worker's thread) failed with it; it is judged here like a failure of our own."""
        assert job.result is not None
        name = job.worker.settings.task_name
        body = job.result
        payload: bytes | dict[str, Any] = job.payload if job.payload is not None else body
        failures = 0
        replaced = False
        next_task: Mapping[str, Any] | None = None
        while True:
            try:
                if first_error is not None:
                    error, first_error = first_error, None
                    raise error
                if self._life.stopping or failures or replaced:
                    # Only a first attempt may take a task with it: after a failure the connection is suspect, and
                    # an answer cut again would lose the task in it (the result itself is safe either way).
                    await self._api.update(payload, request_timeout=self._request_timeout)
                else:
                    next_task = await self._api.update_and_next(payload, request_timeout=self._request_timeout)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                verdict = classify_update_error(exc)
                if verdict == GONE:
                    _log.warning(
                        "result of %s (%s) dropped: the server says the task is gone: %s",
                        job.describe(),
                        body.get("status"),
                        exc,
                    )
                    job.delivered = True
                    self._metrics.update(name, outcome="gone")
                    return None
                if verdict == REJECTED:
                    if not replaced:
                        replaced = True
                        _log.error(
                            "the server rejected the result of %s (%s): %s; reporting FAILED instead",
                            job.describe(),
                            body.get("status"),
                            exc,
                        )
                        body = payload = rejected_substitute(body, exc)
                        job.result = body
                        continue
                    _log.error("the server rejected the FAILED result of %s too: %s; dropped", job.describe(), exc)
                    job.delivered = True
                    self._metrics.update(name, outcome="rejected")
                    return None
                failures += 1
                self._metrics.update_retry(name)
                wait = self.pause(failures)
                if failures == 1 or failures % 10 == 0:
                    _log.warning(
                        "update of %s failed (%d in a row), sending again in %.1fs: %s",
                        job.describe(),
                        failures,
                        wait,
                        exc,
                    )
                if self._life.stopping:
                    await asyncio.sleep(wait)
                else:
                    await self._life.sleep(wait)  # a stop request cuts a long wait short
                continue
            job.delivered = True
            self._metrics.update(name, outcome="delivered")
            if failures:
                _log.info("result of %s delivered after %d failed attempt(s)", job.describe(), failures)
            return next_task

    async def deliver_journaled(self, body: dict[str, Any]) -> None:
        """Send a result the last run left in the journal, until the server takes it or will not."""
        failures = 0
        while True:
            try:
                await self._api.update(body, request_timeout=self._request_timeout)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                verdict = classify_update_error(exc)
                if verdict != RETRY:
                    _log.warning("journaled result of task %s dropped (%s): %s", body.get("taskId"), verdict, exc)
                    return
                failures += 1
                await asyncio.sleep(self.pause(failures))


def rejected_substitute(body: Mapping[str, Any], exc: BaseException) -> dict[str, Any]:
    """A FAILED result naming why the server rejected the worker's own."""
    return {
        "workflowInstanceId": body.get("workflowInstanceId"),
        "taskId": body.get("taskId"),
        "status": TaskStatus.FAILED,
        "workerId": body.get("workerId"),
        "outputData": {},
        "reasonForIncompletion": f"the server rejected the worker's {body.get('status')} result: {exc}"[:REASON_LIMIT],
        "logs": [],
    }
