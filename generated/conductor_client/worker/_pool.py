"""The execution pool of sync workers: daemon threads, handing each result straight back to the event loop."""

from __future__ import annotations

import asyncio
import queue
import threading
from typing import Any, Callable

__all__ = ["DaemonPool"]


class DaemonPool:
    """A thread pool of daemon threads for sync workers: one stuck past the grace period cannot block exit.

    ``run(loop, fn, arg)`` returns an asyncio future settled on ``loop`` straight from the pool thread (one
    ``call_soon_threadsafe``): cheaper than ``run_in_executor``, which goes through a ``concurrent.futures``
    future and copies its state across -- this hand-off happens once per task.  Threads start on demand, up
    to ``max_workers`` (the sum of the sync workers' concurrency).
    """

    def __init__(self, max_workers: int, name: str = "conductor-worker") -> None:
        self._max = max(1, max_workers)
        self._name = name
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._pending = 0
        self._lock = threading.Lock()
        self._shutdown = False

    def run(self, loop: asyncio.AbstractEventLoop, fn: Callable[[Any], Any], arg: Any) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = loop.create_future()
        with self._lock:
            if self._shutdown:
                raise RuntimeError("the pool is shut down")
            self._pending += 1
            if self._pending > len(self._threads) and len(self._threads) < self._max:
                thread = threading.Thread(target=self._work, name=f"{self._name}-{len(self._threads) + 1}", daemon=True)
                self._threads.append(thread)
                thread.start()
        self._queue.put((loop, future, fn, arg))
        return future

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            loop, future, fn, arg = item
            try:
                try:
                    result, error = fn(arg), None
                except BaseException as exc:  # reported through the future
                    result, error = None, exc
                try:
                    loop.call_soon_threadsafe(_settle, future, result, error)
                except RuntimeError:  # the loop is closed: nobody waits for this any more
                    pass
            finally:
                with self._lock:
                    self._pending -= 1
                del item, future, fn, arg

    def shutdown(self, wait: bool = True) -> None:
        with self._lock:
            self._shutdown = True
            threads = list(self._threads)
        for _ in threads:
            self._queue.put(None)
        if wait:
            for thread in threads:
                thread.join()


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # cancelled meanwhile
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
