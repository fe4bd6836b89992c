"""The worker runner: polls, runs, reports, and never drops a computed result on the floor.

One asyncio event loop per process.  Per worker, one poll loop asks for as many tasks as the worker has free
slots (``concurrency`` minus the tasks it holds); a task holds its slot until its result is delivered, so a
server that does not take results also stops the worker from taking more work.  ``async def`` workers run on
the loop; plain ``def`` workers run in a pool of daemon threads sized to their total concurrency.

Poll interval: while the queue is empty, polls of one worker start ``poll_interval`` apart (measured from
the start of one poll to the start of the next; a long poll that lasts longer than the interval is followed
at once by the next).  After a poll that returned tasks the next poll starts as soon as a slot is free.
Results go with ``POST /api/tasks/update-v2`` where the server has it (3.21 and 3.32 do): the same request hands out the
next waiting task of the type, which takes over the slot at once -- while tasks keep coming a worker sends one
request per task, not an update and a poll.  Results sent again after a failure, and all results once stopping,
go the classic way (nothing handed out in an answer that may be lost).

Results: a failed update is sent again with capped exponential backoff and jitter until the server takes it
or says the task is gone (404, or a 4xx saying not found / already terminal; logged once).  A result the
server rejects for good (another 4xx) is replaced once by a ``FAILED`` result naming the rejection, so the
workflow does not wait forever.  On SIGTERM/SIGINT polling stops, tasks in flight finish and their results are
delivered within ``shutdown_grace`` seconds; a second signal stops at once.  Results still undelivered at the
end are written to the journal when one is configured (and sent on the next start), else logged in full.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import os
import queue
import random
import signal
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from ._binding import Binder, InputError, OutputError, encode_output
from ._config import Overrides, WorkerSettings, resolve_settings
from ._decorator import WorkerDefinition, definition_of
from ._metrics import Metrics
from ._types import InProgress, NonRetryableError, TaskContext, TaskStatus
from ._transport import HandOver, ThreadCaller
from ._wire import GONE, REJECTED, TaskApi, classify_update_error, encode_result

if TYPE_CHECKING:
    from .._runtime.core import AsyncClientCore

__all__ = ["WorkerRunner"]

_PACKAGE_LOGGER = __name__.rpartition(".")[0]  # "<pkg>.worker"
_log = logging.getLogger(_PACKAGE_LOGGER)
_CURRENT: contextvars.ContextVar[TaskContext | None] = contextvars.ContextVar("conductor_task", default=None)

REASON_LIMIT = 2000
TRACEBACK_LIMIT = 32000


# -------------------------------------------------------------------------------------------------
# small helpers
# -------------------------------------------------------------------------------------------------
def _backoff(attempt: int, initial: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with "equal jitter": between half and all of min(cap, initial * 2**(attempt-1))."""
    base = min(cap, initial * (2.0 ** min(max(attempt - 1, 0), 30)))
    return base / 2 + rng.random() * base / 2


class _DaemonPool:
    """A thread pool of daemon threads for sync workers: one stuck past the grace period cannot block exit.

    ``run(loop, fn, arg)`` returns an asyncio future settled on ``loop`` straight from the pool thread (one
    ``call_soon_threadsafe``): cheaper than ``run_in_executor``, which goes through a ``concurrent.futures``
    future and copies its state across -- this hand-off happens once per task.
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


class _TaskLogHandler(logging.Handler):
    """Copies log records emitted inside a worker into that task's execution log.

    Installed on the root logger while the runner runs.  When the root logger had no handler before, records
    outside tasks keep going to ``logging.lastResort`` as they did.
    """

    def __init__(self, stand_in_for_last_resort: bool) -> None:
        super().__init__(logging.NOTSET)
        self._last_resort = stand_in_for_last_resort
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        context = _CURRENT.get()
        if context is not None and not record.name.startswith((_PACKAGE_LOGGER, "httpx", "httpcore")):
            try:
                context.log(self.format(record))
            except Exception:
                self.handleError(record)
        last_resort = logging.lastResort
        if self._last_resort and last_resort is not None and record.levelno >= last_resort.level:
            last_resort.handle(record)


@dataclass
class _Outcome:
    status: str
    output: dict[str, Any]
    reason: str | None = None
    callback_after_seconds: int | None = None
    traceback: str | None = None


@dataclass(eq=False)
class _Job:
    worker: "_Worker"
    task: Mapping[str, Any]
    context: TaskContext
    started: float
    result: dict[str, Any] | None = None
    payload: bytes | None = None  # result, encoded
    delivered: bool = False
    lease_task: "asyncio.Task[None] | None" = None

    @property
    def task_id(self) -> str:
        return str(self.task.get("taskId", ""))

    def describe(self) -> str:
        return (
            f"task {self.task_id} ({self.worker.settings.task_name}, "
            f"workflow {self.task.get('workflowInstanceId', '?')})"
        )


@dataclass(eq=False)
class _Chain:
    """The tasks one slot runs back to back: one, or for a sync worker whose thread delivers its own results
    (``_run_chain``), each task that update-v2 handed out with the previous result.  Its lease timer extends
    whichever task is current, so the thread needs no trip through the event loop between tasks."""

    job: _Job  # the task the slot works on now (or last worked on)
    lease_timer: asyncio.TimerHandle | None = None
    error: Exception | None = None  # the thread's failed attempt to deliver ``job``'s result


@dataclass(eq=False)
class _Worker:
    definition: WorkerDefinition
    settings: WorkerSettings
    binder: Binder
    is_async: bool
    in_flight: int = 0
    slot_waiter: "asyncio.Future[None] | None" = None
    polls: int = 0
    poll_failures: int = 0
    first_poll_at: float | None = None
    last_poll_warning: float = float("-inf")
    quiet_poll_failures: int = 0
    jobs: set[_Job] = field(default_factory=set)


# -------------------------------------------------------------------------------------------------
# the runner
# -------------------------------------------------------------------------------------------------
class WorkerRunner:
    """Runs workers: ``WorkerRunner([charge_card, ship]).run()``, or ``await runner.run_async()``.

    ``workers``: functions declared with ``@worker`` (or ``WorkerDefinition`` objects).
    ``server_url``: the Conductor server (``http://host:8080``; a trailing ``/api`` is accepted); default
    ``$CONDUCTOR_SERVER_URL``.  Or pass ``client``, an ``AsyncClientCore`` (e.g. ``AsyncConductorClient``) you
    configured (auth, TLS, proxies); the runner does not close a client it did not create.  Or pass
    ``client_options``: ``AsyncClientCore`` arguments (``verify``, ``proxy``, ``headers``, ``auth_key``...) for
    the client the runner creates (this also works with ``processes``).
    ``overrides``: settings for every worker (see ``_config`` for the order with code and environment).
    ``shutdown_grace``: seconds to finish tasks in flight and deliver their results after SIGTERM/SIGINT.
    ``processes``: run that many processes (``"auto"``: one per CPU), each with its own event loop and its own
    ``concurrency`` slots per worker; processes are spawned (safe with any start method), so workers must be
    importable (module-level functions; in a script, call ``run()`` under ``if __name__ == "__main__":``).
    ``register_task_defs``: at start, register each worker's ``task_def`` (overwriting), and create a
    definition with server defaults for task types that have none.
    ``journal``: a file where results still undelivered at exit are written, and from which they are sent on
    the next start (off by default).
    ``metrics``: a ``Metrics`` object (e.g. ``PrometheusMetrics()``); ``metrics_port``: serve Prometheus
    metrics on this port (with ``processes``, child ``i`` uses ``metrics_port + i``).
    ``handle_signals``: install SIGTERM/SIGINT handlers while running (only possible in the main thread).
    ``capture_logging``: copy ``logging`` records emitted inside a worker into the task's execution log.
    ``update_v2``: send results with ``update-v2``, which hands out the next task in the same answer (one
    request per task; used only where the server has it).  The price: when that answer is cut off (a reset
    connection), the task in it stays with the server until its response timeout, as with a cut poll answer.
    """

    def __init__(
        self,
        workers: Iterable[Any],
        *,
        server_url: str | None = None,
        client: AsyncClientCore | None = None,
        client_options: Mapping[str, Any] | None = None,
        overrides: Overrides | None = None,
        env: Mapping[str, str] | None = None,
        shutdown_grace: float = 30.0,
        processes: int | str = 1,
        register_task_defs: bool = False,
        journal: str | os.PathLike[str] | None = None,
        metrics: Metrics | None = None,
        metrics_port: int | None = None,
        handle_signals: bool = True,
        capture_logging: bool = True,
        request_timeout: float = 10.0,
        update_backoff: tuple[float, float] = (0.25, 10.0),
        poll_backoff: tuple[float, float] = (0.25, 5.0),
        lease_fraction: float = 0.5,
        update_v2: bool = True,
    ) -> None:
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
        if not 0 < lease_fraction < 1:
            raise ValueError("lease_fraction must be between 0 and 1")
        # What a spawned child needs to build the same runner (see _processes).
        self._child_config: dict[str, Any] = dict(
            server_url=server_url,
            client_options=client_options,
            overrides=overrides,
            env=dict(env) if env is not None else None,
            shutdown_grace=shutdown_grace,
            register_task_defs=register_task_defs,
            journal=journal,
            metrics=metrics,
            metrics_port=metrics_port,
            handle_signals=True,
            capture_logging=capture_logging,
            request_timeout=request_timeout,
            update_backoff=update_backoff,
            poll_backoff=poll_backoff,
            lease_fraction=lease_fraction,
            update_v2=update_v2,
        )
        self.definitions = definitions
        self.server_url = server_url
        self.client = client
        self.client_options = dict(client_options or {})
        self.overrides = overrides or Overrides()
        self.env = env
        self.shutdown_grace = float(shutdown_grace)
        self.processes = processes
        self.register_task_defs = register_task_defs
        self.journal_path = os.fspath(journal) if journal is not None else None
        self.metrics = metrics or Metrics()
        self.metrics_port = metrics_port
        self.handle_signals = handle_signals
        self.capture_logging = capture_logging
        self.request_timeout = float(request_timeout)
        self.update_backoff = update_backoff
        self.poll_backoff = poll_backoff
        self.lease_fraction = lease_fraction
        self.update_v2 = update_v2
        self.parent_pid: int | None = None  # set in spawned children: stop when the parent goes away
        self.undelivered: list[dict[str, Any]] = []  # results not delivered at exit (journaled or not)
        self.first_poll_at: float | None = None  # time.monotonic() of the first poll sent

        self._rng = random.Random()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Future[None] | None = None
        self._force: asyncio.Future[None] | None = None
        self._workers: list[_Worker] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._api: TaskApi | None = None
        self._pool: _DaemonPool | None = None
        self._thread_caller: ThreadCaller | None = None  # lets sync workers' threads deliver their own results
        self._base_context = contextvars.copy_context()
        self._warm_started = False
        self._warm_thread: threading.Thread | None = None
        self._pending_stop = False
        self._replay_left: list[dict[str, Any]] = []

    # -- public control ----------------------------------------------------------------------------
    def run(self) -> int:
        """Run until stopped (SIGTERM/SIGINT or ``stop()``); returns the exit status (0: nothing lost)."""
        count = _process_count(self.processes)
        if count > 1:
            from ._processes import run_processes

            return run_processes(self, count)
        status = asyncio.run(self.run_async())
        warm_up = self._warm_thread
        if warm_up is not None:
            # A daemon thread still inside pydantic-core's compiled code when the interpreter exits is killed
            # there, which aborts the process (SIGABRT): let the short warm-up end first.
            warm_up.join(10.0)
        return status

    async def run_async(self) -> int:
        """Run on the current event loop until stopped; returns the exit status (0: nothing lost)."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._stop_requested = loop.create_future()
        self._force = loop.create_future()
        if self._pending_stop:
            self._stop_requested.set_result(None)
        self._base_context = contextvars.copy_context()
        self._workers = [self._prepare(d) for d in self.definitions]
        if self.metrics_port is not None and type(self.metrics) is Metrics:
            from ._metrics import PrometheusMetrics

            self.metrics = PrometheusMetrics(port=self.metrics_port)
        owned_client = self.client is None
        core = self.client
        if core is None:
            core = _make_client(self.server_url, self.request_timeout, self.client_options)
        self._api = TaskApi(core)
        if not self.update_v2:
            self._api.update_v2 = False
        sync_slots = sum(w.settings.concurrency for w in self._workers if not w.is_async)
        self._pool = _DaemonPool(sync_slots) if sync_slots else None
        if sync_slots and self.update_v2:
            self._thread_caller = ThreadCaller.for_caller(self._api.caller)
        handler = self._install_log_capture()
        signals = self._install_signals(loop)
        try:
            for w in self._workers:
                self._spawn(self._poll_loop(w), name=f"poll:{w.settings.task_name}")
            if self.journal_path:
                self._replay_journal()
            if self.register_task_defs:
                self._spawn(self._register(), name="register-task-defs")
            if self.parent_pid is not None:
                self._spawn(self._watch_parent(self.parent_pid), name="watch-parent")
            _log.info(
                "polling %s",
                ", ".join(
                    f"{w.settings.task_name} (concurrency {w.settings.concurrency}, "
                    f"interval {w.settings.poll_interval:g}s, domain {w.settings.domain or '-'})"
                    for w in self._workers
                ),
            )
            await self._stop_requested
            return await self._shutdown()
        finally:
            for sig in signals:
                loop.remove_signal_handler(sig)
            if handler is not None:
                logging.getLogger().removeHandler(handler)
            if self._pool is not None:
                self._pool.shutdown(wait=False)
            if self._thread_caller is not None:
                self._thread_caller.close()
            if self._api is not None:
                await self._api.aclose()
            if owned_client:
                await _close_client(core)

    def stop(self) -> None:
        """Ask the runner to stop (from any thread): like SIGTERM."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self._pending_stop = True
            return
        try:
            loop.call_soon_threadsafe(self._request_stop, "stop() called")
        except RuntimeError:  # loop closed meanwhile
            pass

    # -- preparation -------------------------------------------------------------------------------
    def _prepare(self, definition: WorkerDefinition) -> _Worker:
        settings = resolve_settings(definition, self.overrides, self.env)
        binder = Binder(definition.fn)
        binder.check()
        return _Worker(definition=definition, settings=settings, binder=binder, is_async=definition.is_async)

    def _install_log_capture(self) -> _TaskLogHandler | None:
        if not self.capture_logging:
            return None
        root = logging.getLogger()
        handler = _TaskLogHandler(stand_in_for_last_resort=not root.handlers)
        root.addHandler(handler)
        return handler

    def _install_signals(self, loop: asyncio.AbstractEventLoop) -> list[int]:
        installed: list[int] = []
        if not self.handle_signals or threading.current_thread() is not threading.main_thread():
            return installed
        for sig in (signal.SIGTERM, signal.SIGINT):
            if sig == signal.SIGINT and signal.getsignal(sig) is signal.SIG_IGN:
                continue  # a spawned child: the parent forwards SIGTERM
            try:
                loop.add_signal_handler(sig, self._on_signal, sig)
                installed.append(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
        return installed

    def _spawn(self, coro: Any, *, name: str) -> asyncio.Task[Any]:
        assert self._loop is not None
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _log.error("internal error in %s", task.get_name(), exc_info=task.exception())

    # -- stopping ----------------------------------------------------------------------------------
    def _on_signal(self, sig: int) -> None:
        name = signal.Signals(sig).name
        if self._stop_requested is not None and self._stop_requested.done():
            _log.warning("%s again: stopping now, without waiting for tasks in flight", name)
            if self._force is not None and not self._force.done():
                self._force.set_result(None)
            return
        self._request_stop(name)

    def _request_stop(self, why: str) -> None:
        if self._stop_requested is None or self._stop_requested.done():
            return
        held = sum(w.in_flight for w in self._workers)
        _log.info(
            "%s: polling stops; %d task(s) in flight get up to %gs to finish and deliver",
            why,
            held,
            self.shutdown_grace,
        )
        self._stop_requested.set_result(None)
        for w in self._workers:
            if w.slot_waiter is not None and not w.slot_waiter.done():
                w.slot_waiter.set_result(None)

    @property
    def stopping(self) -> bool:
        return self._stop_requested is not None and self._stop_requested.done()

    async def _wait_until(self, deadline: float) -> None:
        """Wait for every task of the runner (new ones included) to end, at most until ``deadline``."""
        assert self._loop is not None and self._force is not None
        while True:
            pending = {t for t in self._tasks if not t.done()}
            remaining = deadline - self._loop.time()
            if not pending or remaining <= 0 or self._force.done():
                return
            waiting: set[asyncio.Future[Any]] = {*pending, self._force}
            await asyncio.wait(waiting, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)

    async def _shutdown(self) -> int:
        assert self._loop is not None
        deadline = self._loop.time() + self.shutdown_grace
        # Polls in flight may still bring tasks (the server has handed them out): let them finish.
        await self._wait_until(deadline)
        leftover = [t for t in self._tasks if not t.done()]
        jobs = [j for w in self._workers for j in tuple(w.jobs)]  # tuple(): one step, while threads change the set
        for task in leftover:
            task.cancel()
        if leftover:
            await asyncio.wait(leftover, timeout=2.0)
        abandoned = [j for j in jobs if j.result is None]
        undelivered = [j.result for j in jobs if j.result is not None and not j.delivered]
        for j in abandoned:
            _log.warning(
                "%s was still running at the end of the grace period: abandoned (the server hands it out "
                "again after its response timeout)",
                j.describe(),
            )
        self.undelivered = [r for r in undelivered if r is not None] + self._replay_left
        lost = False
        if self.undelivered:
            if self.journal_path:
                try:
                    _journal_write(self.journal_path, self.undelivered)
                    _log.warning(
                        "%d result(s) not delivered: written to the journal %s, sent at the next start",
                        len(self.undelivered),
                        self.journal_path,
                    )
                except OSError as exc:
                    lost = True
                    _log.error("cannot write the journal %s: %s", self.journal_path, exc)
            else:
                lost = True
            if lost:
                for body in self.undelivered:
                    _log.error("result NOT delivered (no journal): %s", json.dumps(body, default=str)[:100000])
        elif self.journal_path:
            _journal_write(self.journal_path, [])
        _log.info("stopped")
        return 1 if lost else 0

    async def _watch_parent(self, parent_pid: int) -> None:
        while not self.stopping:
            if os.getppid() != parent_pid:
                self._request_stop("the parent process is gone")
                return
            await self._sleep(1.0)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up when a stop is requested."""
        assert self._stop_requested is not None
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        await asyncio.wait({self._stop_requested}, timeout=seconds)

    # -- polling -----------------------------------------------------------------------------------
    async def _poll_loop(self, w: _Worker) -> None:
        assert self._loop is not None and self._api is not None
        loop, api, s = self._loop, self._api, w.settings
        timeout_ms = int(round(s.poll_timeout * 1000))
        request_timeout = s.poll_timeout + self.request_timeout
        next_poll = loop.time()
        while not self.stopping:
            free = s.concurrency - w.in_flight
            if free <= 0:
                waiter: asyncio.Future[None] = loop.create_future()
                w.slot_waiter = waiter
                assert self._stop_requested is not None
                await asyncio.wait({waiter, self._stop_requested}, return_when=asyncio.FIRST_COMPLETED)
                w.slot_waiter = None
                continue
            delay = next_poll - loop.time()
            if delay > 0:
                await self._sleep(delay)
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
                w.poll_failures += 1
                self.metrics.poll(s.task_name, tasks=0, seconds=loop.time() - started, error=True)
                wait = _backoff(w.poll_failures, self.poll_backoff[0], self.poll_backoff[1], self._rng)
                now = loop.time()
                if w.poll_failures == 1 and now - w.last_poll_warning < 30.0:
                    w.quiet_poll_failures += 1  # flapping: one warning per 30 s is enough
                elif w.poll_failures == 1 or w.poll_failures % 20 == 0:
                    w.last_poll_warning = now
                    earlier = f" ({w.quiet_poll_failures} more since the last warning)" if w.quiet_poll_failures else ""
                    w.quiet_poll_failures = 0
                    _log.warning(
                        "poll for %s failed (%d in a row%s), next try in %.1fs: %s",
                        s.task_name,
                        w.poll_failures,
                        earlier,
                        wait,
                        exc,
                    )
                next_poll = loop.time() + wait
                continue
            w.polls += 1
            self.metrics.poll(s.task_name, tasks=len(tasks), seconds=loop.time() - started, error=False)
            if w.poll_failures:
                if w.poll_failures > 1:
                    _log.info("poll for %s works again after %d failures", s.task_name, w.poll_failures)
                w.poll_failures = 0
            if not self._warm_started:
                self._warm_started = True
                self._warm_up()
            if len(tasks) > free:
                _log.warning("the server sent %d %s tasks for %d free slots", len(tasks), s.task_name, free)
            for task in tasks:
                self._launch(w, task)
            next_poll = loop.time() if tasks else started + s.poll_interval

    def _warm_up(self) -> None:
        """Build the input validators in a thread after the first poll (keeps pydantic off the start path)."""
        assert self._loop is not None

        def warm() -> None:
            for w in self._workers:
                try:
                    w.binder.warm()
                except Exception:  # reported when a task is bound
                    pass

        self._warm_thread = threading.Thread(target=warm, name="conductor-worker-warm-up", daemon=True)
        self._warm_thread.start()

    # -- running a task ----------------------------------------------------------------------------
    def _launch(self, w: _Worker, task: Mapping[str, Any]) -> None:
        w.in_flight += 1
        self.metrics.in_flight(w.settings.task_name, w.in_flight)
        job = self._new_job(w, task)
        w.jobs.add(job)
        self._spawn(self._run_job(job), name=f"task:{job.task_id}")

    def _new_job(self, w: _Worker, task: Mapping[str, Any]) -> _Job:
        """A job for a task (on the loop, or in a worker thread that took the task with its last result)."""
        context = TaskContext(task, worker_id=w.settings.worker_id)
        job = _Job(worker=w, task=task, context=context, started=time.monotonic())
        job.context._extend = lambda: self._extend_threadsafe(job)
        return job

    async def _run_job(self, job: _Job) -> None:
        assert self._loop is not None
        w = job.worker
        chain = _Chain(job)
        next_task: Mapping[str, Any] | None = None
        try:
            self._arm_lease(chain)
            if w.is_async:
                self._finish(job, await self._call_async(job))
            else:
                assert self._pool is not None
                await self._pool.run(self._loop, self._run_chain, chain)
            self._disarm_lease(chain)
            job = chain.job
            if not job.delivered:
                next_task = await self._deliver(job, chain.error)
        finally:
            self._disarm_lease(chain)
            w.jobs.discard(chain.job)
            w.in_flight -= 1
            if next_task is not None:
                # The slot goes straight to the task the update handed out (no await in between: the poll
                # loop can not take it meanwhile).
                self._launch(w, next_task)
            else:
                self.metrics.in_flight(w.settings.task_name, w.in_flight)
                if w.slot_waiter is not None and not w.slot_waiter.done():
                    w.slot_waiter.set_result(None)

    def _finish(self, job: _Job, outcome: _Outcome) -> None:
        job.result = self._result_body(job, outcome)
        seconds = time.monotonic() - job.started
        self.metrics.execution(job.worker.settings.task_name, status=outcome.status, seconds=seconds)

    def _run_chain(self, chain: _Chain) -> None:
        """In a pool thread: run the chain's task; then, while this thread may deliver by itself (lean transport,
        update-v2 known to work, not stopping), send the result with update-v2 and run the task handed out with
        it, and so on.  Ends with ``chain.job`` delivered, or with its result left to ``_deliver`` on the loop
        (``chain.error``: this thread's failed attempt, which ``_deliver`` judges like its own)."""
        job = chain.job
        w = job.worker
        while True:
            self._finish(job, self._call_sync(job))
            caller, api = self._thread_caller, self._api
            if caller is None or api is None or self.stopping or job.payload is None:
                return
            try:
                next_task = api.update_and_next_blocking(caller, job.payload, request_timeout=self.request_timeout)
            except HandOver:
                return  # nothing was applied: the loop delivers it from the start
            except Exception as exc:
                chain.error = exc
                return
            job.delivered = True
            self.metrics.update(w.settings.task_name, outcome="delivered")
            if next_task is None:
                return
            job = self._new_job(w, next_task)
            w.jobs.add(job)
            chain.job, previous = job, chain.job
            w.jobs.discard(previous)

    def _call_sync(self, job: _Job) -> _Outcome:
        token = _CURRENT.set(job.context)
        try:
            try:
                args, kwargs = job.worker.binder.bind(job.task.get("inputData"), job.context)
            except InputError as exc:
                return _Outcome(TaskStatus.FAILED_WITH_TERMINAL_ERROR, {}, reason=str(exc))
            try:
                value = job.worker.definition.fn(*args, **kwargs)
            except BaseException as exc:  # a worker's SystemExit must not kill a pool thread
                return _failure(exc)
            return _success(value)
        except BaseException as exc:  # binder or encoder bug
            return _failure(exc)
        finally:
            _CURRENT.reset(token)

    async def _call_async(self, job: _Job) -> _Outcome:
        token = _CURRENT.set(job.context)
        try:
            try:
                args, kwargs = job.worker.binder.bind(job.task.get("inputData"), job.context)
            except InputError as exc:
                return _Outcome(TaskStatus.FAILED_WITH_TERMINAL_ERROR, {}, reason=str(exc))
            try:
                value = await job.worker.definition.fn(*args, **kwargs)
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
            _CURRENT.reset(token)

    def _result_body(self, job: _Job, outcome: _Outcome) -> dict[str, Any]:
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
            body["status"] = TaskStatus.FAILED
            body["outputData"] = {}
            body.pop("callbackAfterSeconds", None)
            body["reasonForIncompletion"] = f"the worker's output is not valid JSON: {exc}"[:REASON_LIMIT]
            try:
                job.payload = encode_result(body)
            except (TypeError, ValueError):  # a log line or id that is not text
                body["logs"] = []
                job.payload = encode_result(body)
        return body

    # -- delivering results --------------------------------------------------------------------------
    async def _deliver(self, job: _Job, first_error: Exception | None = None) -> Mapping[str, Any] | None:
        """Send the job's result until delivered (or gone/rejected); returns the next task when the server
        handed one out with the update (update-v2, used while not stopping).  ``first_error``: a first attempt
        made elsewhere (by the worker's thread) failed with it; it is judged here like a failure of our own."""
        assert self._api is not None and job.result is not None
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
                if self.stopping or failures or replaced:
                    # Only a first attempt may take a task with it: after a failure the connection is suspect, and
                    # an answer cut again would lose the task in it (the result itself is safe either way).
                    await self._api.update(payload, request_timeout=self.request_timeout)
                else:
                    next_task = await self._api.update_and_next(payload, request_timeout=self.request_timeout)
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
                    self.metrics.update(name, outcome="gone")
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
                        body = payload = _rejected_substitute(body, exc)
                        job.result = body
                        continue
                    _log.error("the server rejected the FAILED result of %s too: %s; dropped", job.describe(), exc)
                    job.delivered = True
                    self.metrics.update(name, outcome="rejected")
                    return None
                failures += 1
                self.metrics.update_retry(name)
                # Once stopping, the grace period is short: try at least every second.
                cap = min(self.update_backoff[1], 1.0) if self.stopping else self.update_backoff[1]
                wait = _backoff(failures, self.update_backoff[0], cap, self._rng)
                if failures == 1 or failures % 10 == 0:
                    _log.warning(
                        "update of %s failed (%d in a row), sending again in %.1fs: %s",
                        job.describe(),
                        failures,
                        wait,
                        exc,
                    )
                if self.stopping:
                    await asyncio.sleep(wait)
                else:
                    await self._sleep(wait)  # a stop request cuts a long wait short
                continue
            job.delivered = True
            self.metrics.update(name, outcome="delivered")
            if failures:
                _log.info("result of %s delivered after %d failed attempt(s)", job.describe(), failures)
            return next_task

    # -- lease extension -----------------------------------------------------------------------------
    def _arm_lease(self, chain: _Chain) -> None:
        assert self._loop is not None
        timeout = chain.job.context.response_timeout_seconds
        if not chain.job.worker.settings.lease_extension or timeout <= 0:
            return
        # One period for the whole chain (its tasks are of one type): a task that starts between two ticks is
        # extended at the next one, within one period of its start and long before its response timeout.
        period = max(0.25, timeout * self.lease_fraction)
        chain.lease_timer = self._loop.call_later(period, self._lease_tick, chain, period, context=self._base_context)

    def _lease_tick(self, chain: _Chain, period: float) -> None:
        assert self._loop is not None
        if chain.job.result is None:
            self._extend_now(chain.job)
        chain.lease_timer = self._loop.call_later(period, self._lease_tick, chain, period, context=self._base_context)

    def _disarm_lease(self, chain: _Chain) -> None:
        if chain.lease_timer is not None:
            chain.lease_timer.cancel()
            chain.lease_timer = None
        job = chain.job
        if job.lease_task is not None and not job.lease_task.done():
            job.lease_task.cancel()

    def _extend_threadsafe(self, job: _Job) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._extend_now, job, context=self._base_context)
        except RuntimeError:
            pass

    def _extend_now(self, job: _Job) -> None:
        if job.result is not None or (job.lease_task is not None and not job.lease_task.done()):
            return
        job.lease_task = self._spawn(self._send_extension(job), name=f"lease:{job.task_id}")

    async def _send_extension(self, job: _Job) -> None:
        assert self._api is not None
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
            await self._api.update(body, request_timeout=self.request_timeout)
            self.metrics.lease_extension(job.worker.settings.task_name)
        except asyncio.CancelledError:
            job.context._return_logs(logs)
            raise
        except Exception as exc:
            job.context._return_logs(logs)
            _log.debug("lease extension of %s failed: %s", job.describe(), exc)

    # -- registration and journal ---------------------------------------------------------------------
    async def _register(self) -> None:
        assert self._api is not None
        for attempt in range(1, 6):
            try:
                defs: list[dict[str, Any]] = []
                for w in self._workers:
                    given = w.definition.task_def
                    if given is not None:
                        defs.append({**given, "name": w.settings.task_name})
                    elif not await self._api.task_def_exists(
                        w.settings.task_name, request_timeout=self.request_timeout
                    ):
                        defs.append({"name": w.settings.task_name})
                if defs:
                    await self._api.register_task_defs(defs, request_timeout=self.request_timeout)
                    _log.info("registered task definitions: %s", ", ".join(d["name"] for d in defs))
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                _log.warning("registering task definitions failed (attempt %d of 5): %s", attempt, exc)
                await self._sleep(_backoff(attempt, 1.0, 10.0, self._rng))
                if self.stopping:
                    return

    def _replay_journal(self) -> None:
        assert self.journal_path is not None
        try:
            entries = _journal_read(self.journal_path)
        except OSError as exc:
            _log.error("cannot read the journal %s: %s", self.journal_path, exc)
            return
        if not entries:
            return
        _log.info("sending %d result(s) left undelivered by the last run (journal %s)", len(entries), self.journal_path)
        self._replay_left = list(entries)
        for body in entries:
            self._spawn(self._replay_one(body), name=f"replay:{body.get('taskId')}")

    async def _replay_one(self, body: dict[str, Any]) -> None:
        assert self._api is not None
        failures = 0
        while True:
            try:
                await self._api.update(body, request_timeout=self.request_timeout)
                break
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                verdict = classify_update_error(exc)
                if verdict != "retry":
                    _log.warning("journaled result of task %s dropped (%s): %s", body.get("taskId"), verdict, exc)
                    break
                failures += 1
                await asyncio.sleep(_backoff(failures, self.update_backoff[0], self.update_backoff[1], self._rng))
        self._replay_left = [b for b in self._replay_left if b is not body]


# -------------------------------------------------------------------------------------------------
# outcomes
# -------------------------------------------------------------------------------------------------
def _success(value: Any) -> _Outcome:
    try:
        if isinstance(value, InProgress):
            return _Outcome(
                TaskStatus.IN_PROGRESS,
                encode_output(value.output),
                callback_after_seconds=value.callback_after_seconds,
            )
        return _Outcome(TaskStatus.COMPLETED, encode_output(value))
    except OutputError as exc:
        return _Outcome(TaskStatus.FAILED, {}, reason=str(exc))


def _failure(exc: BaseException) -> _Outcome:
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
        return _Outcome(TaskStatus.FAILED_WITH_TERMINAL_ERROR, output, reason=message or reason, traceback=text)
    return _Outcome(TaskStatus.FAILED, {}, reason=reason, traceback=text)


def _rejected_substitute(body: Mapping[str, Any], exc: BaseException) -> dict[str, Any]:
    return {
        "workflowInstanceId": body.get("workflowInstanceId"),
        "taskId": body.get("taskId"),
        "status": TaskStatus.FAILED,
        "workerId": body.get("workerId"),
        "outputData": {},
        "reasonForIncompletion": f"the server rejected the worker's {body.get('status')} result: {exc}"[:REASON_LIMIT],
        "logs": [],
    }


# -------------------------------------------------------------------------------------------------
# client, processes, journal
# -------------------------------------------------------------------------------------------------
def _make_client(server_url: str | None, request_timeout: float, options: Mapping[str, Any]) -> AsyncClientCore:
    """A client core without retries of its own (the runner retries, with its own stopping rules).

    ``server_url`` None: ``$CONDUCTOR_SERVER_URL`` (and the auth key/secret variables) as every client reads.
    ``options``: more ``AsyncClientCore`` arguments (``verify``, ``proxy``, ``headers``, ``auth_key``...).
    """
    from .._runtime.core import AsyncClientCore

    kwargs: dict[str, Any] = {"retry": False, "timeout": request_timeout, **options}
    return AsyncClientCore(server_url, **kwargs)


async def _close_client(core: Any) -> None:
    close = getattr(core, "aclose", None) or getattr(core, "close", None)
    if close is not None:
        result = close()
        if asyncio.iscoroutine(result):
            await result


def _process_count(processes: int | str) -> int:
    if processes == "auto":
        return os.cpu_count() or 1
    count = int(processes)
    if count < 1:
        raise ValueError("processes must be at least 1")
    return count


def _journal_read(path: str) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return []
    entries = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            _log.error("journal %s: unreadable line skipped: %s", path, line[:200])
            continue
        if isinstance(entry, dict) and entry.get("taskId"):
            entries.append(entry)
    return entries


def _journal_write(path: str, entries: list[dict[str, Any]]) -> None:
    if not entries:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        return
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, default=str) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
