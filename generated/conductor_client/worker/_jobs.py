"""A task's way through a slot: run the worker function (on the loop, or in the pool for a ``def`` worker), build
its result, deliver it, free the slot -- or hand the slot straight to the task update-v2 gave back.

A sync worker's thread, once the server has shown update-v2 works and while not stopping, sends its result itself
and runs the task it got back, with no trip through the event loop (``_run_chain``); whatever needs the loop (a
token to fetch, a retry, a stop) goes back to it (``HandOver``, or a failed attempt judged by ``Delivery``).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any, Mapping

from ._delivery import Delivery
from ._execution import Outcome, call_async, call_sync, result_body
from ._lease import LeaseKeeper
from ._pool import DaemonPool
from ._state import Chain, Job, Runtime, WorkerState
from ._types import TaskContext
from ._transport import HandOver

if TYPE_CHECKING:
    from ._transport import ThreadCaller

__all__ = ["JobRunner"]


class JobRunner:
    def __init__(
        self,
        runtime: Runtime,
        delivery: Delivery,
        lease: LeaseKeeper,
        *,
        pool: DaemonPool | None,
        thread_caller: ThreadCaller | None,
    ) -> None:
        self._life = runtime.life
        self._api = runtime.api
        self._metrics = runtime.metrics
        self._request_timeout = runtime.request_timeout
        self._delivery = delivery
        self._lease = lease
        self._pool = pool
        self._thread_caller = thread_caller  # lets sync workers' threads deliver their own results

    def launch(self, w: WorkerState, task: Mapping[str, Any]) -> None:
        """Take a slot of ``w`` for ``task`` and run it."""
        w.in_flight += 1
        self._metrics.in_flight(w.settings.task_name, w.in_flight)
        job = self._new_job(w, task)
        w.jobs.add(job)
        self._life.spawn(self._run(job), name=f"task:{job.task_id}")

    def _new_job(self, w: WorkerState, task: Mapping[str, Any]) -> Job:
        """A job for a task (on the loop, or in a worker thread that took the task with its last result)."""
        context = TaskContext(task, worker_id=w.settings.worker_id)
        job = Job(worker=w, task=task, context=context, started=time.monotonic())
        context._extend = lambda: self._lease.extend_threadsafe(job)
        return job

    async def _run(self, job: Job) -> None:
        w = job.worker
        chain = Chain(job)
        next_task: Mapping[str, Any] | None = None
        try:
            self._lease.arm(chain)
            if w.is_async:
                self._finish(job, await call_async(job))
            else:
                assert self._pool is not None
                await self._pool.run(self._life.loop, self._run_chain, chain)
            self._lease.disarm(chain)
            job = chain.job
            if not job.delivered:
                next_task = await self._delivery.deliver(job, chain.error)
        finally:
            self._lease.disarm(chain)
            w.jobs.discard(chain.job)
            w.in_flight -= 1
            if next_task is not None:
                # The slot goes straight to the task the update handed out (no await in between: the poll
                # loop can not take it meanwhile).
                self.launch(w, next_task)
            else:
                self._metrics.in_flight(w.settings.task_name, w.in_flight)
                w.free_slot()

    def _finish(self, job: Job, outcome: Outcome) -> None:
        job.result = result_body(job, outcome)
        seconds = time.monotonic() - job.started
        self._metrics.execution(job.worker.settings.task_name, status=outcome.status, seconds=seconds)

    def _run_chain(self, chain: Chain) -> None:
        """In a pool thread: run the chain's task; then, while this thread may deliver by itself (lean transport,
        update-v2 known to work, not stopping), send the result with update-v2 and run the task handed out with
        it, and so on.  Ends with ``chain.job`` delivered, or with its result left to ``Delivery`` on the loop
        (``chain.error``: this thread's failed attempt, which ``Delivery`` judges like its own)."""
        job = chain.job
        w = job.worker
        while True:
            self._finish(job, call_sync(job))
            caller = self._thread_caller
            if caller is None or self._life.stopping or job.payload is None:
                return
            try:
                next_task = self._api.update_and_next_blocking(
                    caller, job.payload, request_timeout=self._request_timeout
                )
            except HandOver:
                return  # nothing was applied: the loop delivers it from the start
            except Exception as exc:
                chain.error = exc
                return
            job.delivered = True
            self._metrics.update(w.settings.task_name, outcome="delivered")
            if next_task is None:
                return
            job = self._new_job(w, next_task)
            w.jobs.add(job)
            chain.job, previous = job, chain.job
            w.jobs.discard(previous)
