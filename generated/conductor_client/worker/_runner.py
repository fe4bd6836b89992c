"""``WorkerRunner``: puts the worker runtime's parts together, runs them, and stops them without losing results.

The parts, one job each: ``_polling`` (ask for tasks), ``_jobs`` and ``_pool`` (run them; a slot per task),
``_execution`` (call the function, build the result), ``_delivery`` (send results until delivered), ``_lease``
(extend leases of long tasks), ``_journal`` (results left at exit), ``_registration`` (task definitions),
``_lifecycle`` (tasks, signals, stop), ``_transport``/``_wire`` (the server, through the client core's public
seam).  Settings: ``RunnerSettings``.  One asyncio event loop per process; ``processes=N``: ``_processes``.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any, Iterable

from ._binding import Binder
from ._config import Overrides, resolve_settings
from ._decorator import WorkerDefinition, definition_of
from ._delivery import Delivery
from ._execution import start_warm_up
from ._jobs import JobRunner
from ._journal import Journal
from ._lease import LeaseKeeper
from ._lifecycle import Lifecycle
from ._log_capture import PACKAGE_LOGGER, install, uninstall
from ._metrics import Metrics
from ._polling import Poller
from ._pool import DaemonPool
from ._registration import register_task_defs
from ._runner_settings import RunnerSettings
from ._state import Runtime, WorkerState
from ._transport import ThreadCaller
from ._wire import TaskApi

if TYPE_CHECKING:
    import threading

    from .._runtime.async_core import AsyncClientCore

__all__ = ["WorkerRunner", "RunnerSettings"]

_log = logging.getLogger(PACKAGE_LOGGER)


class WorkerRunner:
    """Runs workers: ``WorkerRunner([charge_card, ship], server_url=...).run()``, or ``await runner.run_async()``.

    ``workers``: functions declared with ``@worker`` (or ``WorkerDefinition`` objects).  The settings are a
    ``RunnerSettings`` (``settings=``), and its fields as keyword arguments (``server_url=``, ``journal=``...),
    which win over ``settings``; see ``RunnerSettings`` for each.
    """

    def __init__(self, workers: Iterable[Any], *, settings: RunnerSettings | None = None, **options: Any) -> None:
        self.definitions = _definitions(workers)
        self.settings = (settings or RunnerSettings()).with_changes(**options)
        self.parent_pid: int | None = None  # set in spawned children: stop when the parent goes away
        self.undelivered: list[dict[str, Any]] = []  # results not delivered at exit (journaled or not)
        self._workers: list[WorkerState] = []
        self._life: Lifecycle | None = None
        self._poller: Poller | None = None
        self._api: TaskApi | None = None
        self._pending_stop = False
        self._warm_thread: threading.Thread | None = None

    # -- read-only state -----------------------------------------------------------------------------
    @property
    def overrides(self) -> Overrides:
        return self.settings.overrides

    @property
    def first_poll_at(self) -> float | None:
        """``time.monotonic()`` when the first poll was sent (None before)."""
        return self._poller.first_poll_at if self._poller is not None else None

    @property
    def in_flight(self) -> int:
        """Tasks held now: running, or whose result is not delivered yet."""
        return sum(w.in_flight for w in self._workers)

    @property
    def update_v2(self) -> bool | None:
        """Whether results go with update-v2: None until the server has shown whether it has it."""
        return self._api.update_v2 if self._api is not None else None

    # -- control -------------------------------------------------------------------------------------
    def run(self) -> int:
        """Run until stopped (SIGTERM/SIGINT or ``stop()``); returns the exit status (0: nothing lost)."""
        count = self.settings.process_count()
        if count > 1:
            from ._processes import run_processes

            return run_processes(self.definitions, self.settings, count)
        status = asyncio.run(self.run_async())
        warm_up = self._warm_thread
        if warm_up is not None:
            # A daemon thread still inside pydantic-core's compiled code when the interpreter exits is killed
            # there, which aborts the process (SIGABRT): let the short warm-up end first.
            warm_up.join(10.0)
        return status

    def stop(self) -> None:
        """Ask the runner to stop (from any thread): like SIGTERM."""
        life = self._life
        if life is None or life.loop.is_closed():
            self._pending_stop = True
            return
        life.request_stop_threadsafe("stop() called")

    async def run_async(self) -> int:
        """Run on the current event loop until stopped; returns the exit status (0: nothing lost)."""
        s = self.settings
        workers = self._workers = [_prepare(d, s) for d in self.definitions]

        def wake_poll_loops() -> None:
            for w in workers:
                w.free_slot()

        life = self._life = Lifecycle(
            asyncio.get_running_loop(),
            grace=s.shutdown_grace,
            held=lambda: sum(w.in_flight for w in workers),
            on_stop=wake_poll_loops,
        )
        if self._pending_stop:
            life.request_stop("stop() called")
        metrics = _metrics_for(s)
        core = s.client if s.client is not None else open_client(s)
        api = self._api = TaskApi(core)
        if not s.update_v2:
            api.update_v2 = False
        sync_slots = sum(w.settings.concurrency for w in workers if not w.is_async)
        pool = DaemonPool(sync_slots) if sync_slots else None
        thread_caller = ThreadCaller.for_caller(api.caller) if sync_slots and s.update_v2 else None
        runtime = Runtime(life, api, metrics, core.retry_policy, s.request_timeout)
        delivery = Delivery(runtime)
        lease = LeaseKeeper(runtime, fraction=s.lease_fraction)
        jobs = JobRunner(runtime, delivery, lease, pool=pool, thread_caller=thread_caller)
        journal = Journal(os.fspath(s.journal) if s.journal else None)
        poller = self._poller = Poller(runtime, launch=jobs.launch, after_first_poll=self._warm_up)
        handler = install() if s.capture_logging else None
        if s.handle_signals:
            life.install_signals()
        try:
            for w in workers:
                if not w.settings.paused:  # a paused task type is not polled at all
                    life.spawn(poller.run(w), name=f"poll:{w.settings.task_name}")
            journal.replay(life, delivery)
            if s.register_task_defs:
                life.spawn(register_task_defs(workers, runtime), name="register-task-defs")
            if self.parent_pid is not None:
                life.spawn(life.watch_parent(self.parent_pid), name="watch-parent")
            _log_start(core, workers, s)
            await life.stop_requested
            return await self._shut_down(life, journal)
        finally:
            life.remove_signals()
            uninstall(handler)
            if pool is not None:
                pool.shutdown(wait=False)
            if thread_caller is not None:
                thread_caller.close()
            await api.aclose()
            if s.client is None:
                await core.aclose()

    def _warm_up(self) -> None:
        self._warm_thread = start_warm_up(self._workers)

    async def _shut_down(self, life: Lifecycle, journal: Journal) -> int:
        # Polls in flight may still bring tasks (the server has handed them out): let them finish too.
        await life.wait_for_tasks(life.loop.time() + life.grace)
        jobs = [j for w in self._workers for j in tuple(w.jobs)]  # tuple(): one step, while threads change the set
        await life.cancel_leftovers()
        for j in jobs:
            if j.result is None:
                _log.warning(
                    "%s was still running at the end of the grace period: abandoned (the server hands it out "
                    "again after its response timeout)",
                    j.describe(),
                )
        undelivered = [j.result for j in jobs if j.result is not None and not j.delivered]
        self.undelivered = [r for r in undelivered if r is not None] + journal.replay_left
        kept = journal.keep(self.undelivered)
        _log.info("stopped")
        return 0 if kept else 1


def _definitions(workers: Iterable[Any]) -> list[WorkerDefinition]:
    definitions: list[WorkerDefinition] = []
    for item in workers:
        definition = definition_of(item)
        if definition is None:
            raise TypeError(f"{item!r} is not a worker: declare it with @worker('task_name')")
        if any(d.task_name == definition.task_name for d in definitions):
            raise ValueError(f"two workers for task type {definition.task_name!r}")
        definitions.append(definition)
    if not definitions:
        raise ValueError("no workers to run")
    return definitions


def _prepare(definition: WorkerDefinition, settings: RunnerSettings) -> WorkerState:
    worker_settings = resolve_settings(definition, settings.overrides, settings.env)
    binder = Binder(definition.fn)
    binder.check()
    return WorkerState(definition=definition, settings=worker_settings, binder=binder, is_async=definition.is_async)


def _metrics_for(settings: RunnerSettings) -> Metrics:
    metrics = settings.metrics or Metrics()
    if settings.metrics_port is not None and type(metrics) is Metrics:
        from ._metrics import PrometheusMetrics

        metrics = PrometheusMetrics(port=settings.metrics_port)
    return metrics


def open_client(settings: RunnerSettings) -> AsyncClientCore:
    """The client core the runner creates: ``server_url`` (None: ``$CONDUCTOR_SERVER_URL``, and the auth
    variables, as every client reads them), ``client_options``, ``request_timeout``, ``retry``."""
    from .._runtime.async_core import AsyncClientCore

    kwargs: dict[str, Any] = {"timeout": settings.request_timeout, **settings.client_options}
    if settings.retry is not None:
        kwargs["retry"] = settings.retry
    return AsyncClientCore(settings.server_url, **kwargs)


def _log_start(core: AsyncClientCore, workers: list[WorkerState], settings: RunnerSettings) -> None:
    """The start-up line: the server polled, and each worker's settings."""
    from .._runtime.config import ENV_SERVER_URL
    from .._runtime.urls import display_url

    if settings.client is None and settings.server_url is None and not os.environ.get(ENV_SERVER_URL):
        _log.warning(
            "no server URL given (server_url, --server-url or %s): polling the default %s",
            ENV_SERVER_URL,
            display_url(core.server_url),
        )
    _log.info(
        "polling %s for %d worker(s): %s",
        display_url(core.server_url),
        len(workers),
        "; ".join(_describe(w) for w in workers),
    )


def _describe(w: WorkerState) -> str:
    kind = "async" if w.is_async else "sync"
    lease = "lease extension on" if w.settings.lease_extension else "lease extension off"
    return f"{w.settings.describe()} [{kind}, {lease}]"
