"""Polling: per worker, one loop that asks for as many tasks as the worker has free slots.

While the queue is empty, polls of one worker start ``poll_interval`` apart (from the start of one to the start of
the next; a long poll that lasts longer than the interval is followed at once by the next).  After a poll that
returned tasks the next starts as soon as a slot is free.  A failed poll is tried again after
``RetryPolicy.backoff`` (the client's policy), without end: polls recover by themselves.  Warnings about failed
polls are rationed (the first, then every 20th in a row; a flapping server gets one per 30 s).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any, Callable, Mapping

from ._log_capture import PACKAGE_LOGGER
from ._state import Runtime, WorkerState

__all__ = ["Poller"]

_log = logging.getLogger(PACKAGE_LOGGER)

WARNING_QUIET_SECONDS = 30.0
WARNING_EVERY = 20


class Poller:
    def __init__(
        self,
        runtime: Runtime,
        *,
        launch: Callable[[WorkerState, Mapping[str, Any]], None],
        after_first_poll: Callable[[], None],
    ) -> None:
        self._life = runtime.life
        self._api = runtime.api
        self._metrics = runtime.metrics
        self._policy = runtime.policy
        self._request_timeout = runtime.request_timeout
        self._launch = launch
        self._after_first_poll: Callable[[], None] | None = after_first_poll
        self._rng = random.Random()
        self.first_poll_at: float | None = None  # time.monotonic() of the first poll sent

    async def run(self, w: WorkerState) -> None:
        loop, api, s, life = self._life.loop, self._api, w.settings, self._life
        if s.paused:  # conductor.worker.<task>.paused=true (see _config): this task type is not polled at all
            return
        timeout_ms = int(round(s.poll_timeout * 1000))
        request_timeout = s.poll_timeout + self._request_timeout
        next_poll = loop.time()
        while not life.stopping:
            free = s.concurrency - w.in_flight
            if free <= 0:
                waiter: asyncio.Future[None] = loop.create_future()
                w.slot_waiter = waiter
                await asyncio.wait({waiter, life.stop_requested}, return_when=asyncio.FIRST_COMPLETED)
                w.slot_waiter = None
                continue
            delay = next_poll - loop.time()
            if delay > 0:
                await life.sleep(delay)
                continue
            started = loop.time()
            if self.first_poll_at is None:
                self.first_poll_at = time.monotonic()
            try:
                tasks = await api.batch_poll(
                    s.task_name,
                    worker_id=s.worker_id,
                    domain=s.domain,
                    count=free,
                    timeout_ms=timeout_ms,
                    request_timeout=request_timeout,
                )
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._metrics.poll(s.task_name, tasks=0, seconds=loop.time() - started, error=True)
                next_poll = loop.time() + self._failed(w, exc)
                continue
            w.polls += 1
            self._metrics.poll(s.task_name, tasks=len(tasks), seconds=loop.time() - started, error=False)
            if w.poll_failures:
                if w.poll_failures > 1:
                    _log.info("poll for %s works again after %d failures", s.task_name, w.poll_failures)
                w.poll_failures = 0
            if self._after_first_poll is not None:
                after, self._after_first_poll = self._after_first_poll, None
                after()
            if len(tasks) > free:
                _log.warning("the server sent %d %s tasks for %d free slots", len(tasks), s.task_name, free)
            for task in tasks:
                self._launch(w, task)
            next_poll = loop.time() if tasks else started + s.poll_interval

    def _failed(self, w: WorkerState, exc: Exception) -> float:
        """Record a failed poll; the wait before the next."""
        w.poll_failures += 1
        wait = self._policy.backoff(w.poll_failures, self._rng.random())
        now = self._life.loop.time()
        if w.poll_failures == 1 and now - w.last_poll_warning < WARNING_QUIET_SECONDS:
            w.quiet_poll_failures += 1  # flapping: one warning per 30 s is enough
        elif w.poll_failures == 1 or w.poll_failures % WARNING_EVERY == 0:
            w.last_poll_warning = now
            earlier = f" ({w.quiet_poll_failures} more since the last warning)" if w.quiet_poll_failures else ""
            w.quiet_poll_failures = 0
            _log.warning(
                "poll for %s failed (%d in a row%s), next try in %.1fs: %s",
                w.settings.task_name,
                w.poll_failures,
                earlier,
                wait,
                exc,
            )
        return wait
