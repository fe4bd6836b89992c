"""Starting and stopping: the runner's asyncio tasks, stop requests (signals, ``stop()``, a parent process that
went away), and waits that a stop request cuts short.

The first SIGTERM/SIGINT stops polling and gives tasks in flight the grace period to finish and deliver; a second
one stops at once (``force``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from typing import Any, Callable, Coroutine

from ._log_capture import PACKAGE_LOGGER

__all__ = ["Lifecycle"]

_log = logging.getLogger(PACKAGE_LOGGER)


class Lifecycle:
    """Owns the runner's asyncio tasks and its stop state, on one event loop.

    ``on_stop`` runs once when a stop is requested (the runner wakes its poll loops there); ``held`` counts the
    tasks in flight, for the stop's log line.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        *,
        grace: float,
        held: Callable[[], int],
        on_stop: Callable[[], None],
    ) -> None:
        self.loop = loop
        self.grace = grace
        self.stop_requested: asyncio.Future[None] = loop.create_future()
        self.force: asyncio.Future[None] = loop.create_future()
        self.tasks: set[asyncio.Task[Any]] = set()
        self._held = held
        self._on_stop = on_stop
        self._signals: list[int] = []

    @property
    def stopping(self) -> bool:
        return self.stop_requested.done()

    # -- tasks -------------------------------------------------------------------------------------
    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        task = self.loop.create_task(coro, name=name)
        self.tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _log.error("internal error in %s", task.get_name(), exc_info=task.exception())

    async def sleep(self, seconds: float) -> None:
        """Sleep, but wake up when a stop is requested."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        await asyncio.wait({self.stop_requested}, timeout=seconds)

    async def wait_for_tasks(self, deadline: float) -> None:
        """Wait for every task (new ones included) to end, at most until ``deadline`` (loop time) or a forced stop."""
        while True:
            pending = {t for t in self.tasks if not t.done()}
            remaining = deadline - self.loop.time()
            if not pending or remaining <= 0 or self.force.done():
                return
            waiting: set[asyncio.Future[Any]] = {*pending, self.force}
            await asyncio.wait(waiting, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)

    async def cancel_leftovers(self) -> None:
        leftover = [t for t in self.tasks if not t.done()]
        for task in leftover:
            task.cancel()
        if leftover:
            await asyncio.wait(leftover, timeout=2.0)

    # -- stop requests ------------------------------------------------------------------------------
    def request_stop(self, why: str) -> None:
        if self.stop_requested.done():
            return
        _log.info(
            "%s: polling stops; %d task(s) in flight get up to %gs to finish and deliver", why, self._held(), self.grace
        )
        self.stop_requested.set_result(None)
        self._on_stop()

    def request_stop_threadsafe(self, why: str) -> None:
        if self.loop.is_closed():
            return
        try:
            self.loop.call_soon_threadsafe(self.request_stop, why)
        except RuntimeError:  # loop closed meanwhile
            pass

    def _on_signal(self, sig: int) -> None:
        name = signal.Signals(sig).name
        if self.stop_requested.done():
            _log.warning("%s again: stopping now, without waiting for tasks in flight", name)
            if not self.force.done():
                self.force.set_result(None)
            return
        self.request_stop(name)

    def install_signals(self) -> None:
        """SIGTERM/SIGINT handlers while running (only possible in the main thread)."""
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGTERM, signal.SIGINT):
            if sig == signal.SIGINT and signal.getsignal(sig) is signal.SIG_IGN:
                continue  # a spawned child: the parent forwards SIGTERM
            try:
                self.loop.add_signal_handler(sig, self._on_signal, sig)
                self._signals.append(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass

    def remove_signals(self) -> None:
        for sig in self._signals:
            self.loop.remove_signal_handler(sig)
        self._signals = []

    async def watch_parent(self, parent_pid: int) -> None:
        """In a spawned child: stop when the supervising process is gone."""
        while not self.stopping:
            if os.getppid() != parent_pid:
                self.request_stop("the parent process is gone")
                return
            await self.sleep(1.0)
