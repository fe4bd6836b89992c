"""``processes=N``: one runner per process, each with its own event loop, under a small supervisor.

Children are started with the ``spawn`` method whatever the platform default (no inherited locks, threads or
event loops), and get the worker definitions by reference (module and function name), so workers must be
importable.  The supervisor forwards SIGTERM/SIGINT to every child as SIGTERM (children ignore SIGINT, so a
Ctrl-C in a terminal is one stop, not two) and waits for them; a child that dies while the supervisor is not
stopping is started again after a second.  A child whose supervisor disappears stops by itself.  The exit
status is 0 when every child exited with 0.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._runner_settings import RunnerSettings

__all__ = ["run_processes"]

_log = logging.getLogger(__name__.rpartition(".")[0])


def _child(definitions: list[Any], settings: RunnerSettings, parent_pid: int, log_level: int) -> None:
    from ._runner import WorkerRunner

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s")
    else:
        root.setLevel(log_level)
    runner = WorkerRunner(definitions, settings=settings)
    runner.parent_pid = parent_pid
    raise SystemExit(runner.run())


def run_processes(definitions: list[Any], settings: RunnerSettings, count: int) -> int:
    child_settings = [settings.for_child(index) for index in range(count)]  # refuses a client object
    context = multiprocessing.get_context("spawn")
    stopping = False
    signals_seen = 0
    level = logging.getLogger().getEffectiveLevel()

    def start(index: int) -> Any:
        process = context.Process(
            target=_child,
            args=(definitions, child_settings[index], os.getpid(), level),
            name=f"conductor-worker-{index}",
            daemon=False,
        )
        process.start()
        return process

    def on_signal(sig: int, frame: object) -> None:
        nonlocal stopping, signals_seen
        stopping = True
        signals_seen += 1
        _log.info("%s: stopping %d worker process(es)", signal.Signals(sig).name, count)
        for process in children:
            if process.is_alive() and process.pid is not None:
                try:
                    os.kill(process.pid, signal.SIGTERM if signals_seen == 1 else signal.SIGKILL)
                except ProcessLookupError:
                    pass

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    children = [start(i) for i in range(count)]
    status = 0
    try:
        while True:
            from multiprocessing.connection import wait

            wait([p.sentinel for p in children], timeout=1.0)
            alive = False
            for index, process in enumerate(children):
                if process.is_alive():
                    alive = True
                    continue
                if process.exitcode != 0 and not stopping:
                    _log.error("worker process %d exited with %s; starting it again", process.pid, process.exitcode)
                    time.sleep(1.0)
                    if not stopping:
                        children[index] = start(index)
                        alive = True
            if not alive and stopping:
                break
            if not alive and not stopping:
                break  # every child ended by itself
        status = 0 if all(p.exitcode == 0 for p in children) else 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status
