"""Lease extension: while a task runs, tell the server every ``lease_fraction`` of its response timeout that it is
still being worked on (an IN_PROGRESS update with ``extendLease``), so that a long task is not handed out again.

``TaskContext.extend_lease()`` asks for one now, from any thread.  A failed extension is only logged at DEBUG:
the next tick tries again, long before the response timeout.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging

from ._log_capture import PACKAGE_LOGGER
from ._state import Chain, Job, Runtime
from ._types import TaskStatus

__all__ = ["LeaseKeeper"]

_log = logging.getLogger(PACKAGE_LOGGER)

MIN_PERIOD = 0.25  # seconds between two extensions at the most


class LeaseKeeper:
    def __init__(self, runtime: Runtime, *, fraction: float) -> None:
        self._life = runtime.life
        self._api = runtime.api
        self._metrics = runtime.metrics
        self._fraction = fraction
        self._request_timeout = runtime.request_timeout
        # Timers run outside any task's context: a worker's context variables must not leak into them.
        self._context = contextvars.copy_context()

    def arm(self, chain: Chain) -> None:
        timeout = chain.job.context.response_timeout_seconds
        if not chain.job.worker.settings.lease_extension or timeout <= 0:
            return
        # One period for the whole chain (its tasks are of one type): a task that starts between two ticks is
        # extended at the next one, within one period of its start and long before its response timeout.
        period = max(MIN_PERIOD, timeout * self._fraction)
        chain.lease_timer = self._life.loop.call_later(period, self._tick, chain, period, context=self._context)

    def disarm(self, chain: Chain) -> None:
        if chain.lease_timer is not None:
            chain.lease_timer.cancel()
            chain.lease_timer = None
        job = chain.job
        if job.lease_task is not None and not job.lease_task.done():
            job.lease_task.cancel()

    def _tick(self, chain: Chain, period: float) -> None:
        if chain.job.result is None:
            self.extend_now(chain.job)
        chain.lease_timer = self._life.loop.call_later(period, self._tick, chain, period, context=self._context)

    def extend_threadsafe(self, job: Job) -> None:
        loop = self._life.loop
        if loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self.extend_now, job, context=self._context)
        except RuntimeError:
            pass

    def extend_now(self, job: Job) -> None:
        if job.result is not None or (job.lease_task is not None and not job.lease_task.done()):
            return
        job.lease_task = self._life.spawn(self._send(job), name=f"lease:{job.task_id}")

    async def _send(self, job: Job) -> None:
        logs = job.context._take_logs()
        body = {
            "workflowInstanceId": job.task.get("workflowInstanceId"),
            "taskId": job.task.get("taskId"),
            "status": TaskStatus.IN_PROGRESS,
            "extendLease": True,
            "workerId": job.worker.settings.worker_id,
            "logs": logs,
        }
        try:
            await self._api.update(body, request_timeout=self._request_timeout)
            self._metrics.lease_extension(job.worker.settings.task_name)
        except asyncio.CancelledError:
            job.context._return_logs(logs)
            raise
        except Exception as exc:
            job.context._return_logs(logs)
            _log.debug("lease extension of %s failed: %s", job.describe(), exc)
