"""Conductor workers: declare with ``@worker``, run with ``WorkerRunner`` or ``conductor-worker run``.

Declaring::

    from conductor_client.worker import worker, TaskContext, InProgress, NonRetryableError

    @worker("charge_card", concurrency=8)            # def: runs in a thread; async def: on the event loop
    def charge_card(order: Order, ctx: TaskContext) -> Receipt:
        ctx.log(f"charging {order.amount}")           # goes into the task's execution log
        ...

Input: a parameter annotated ``TaskContext`` gets the context (task id, workflow id, poll count, retry
count, ``log()``, ``extend_lease()``).  A single other parameter annotated with a pydantic model, a dataclass
or a TypedDict gets the whole ``inputData``, validated; otherwise each parameter is read from the input key
of its name and validated against its annotation (``int`` from ``"3"`` works), defaults apply to missing keys
and ``**kwargs`` takes the rest.  Input that does not fit fails the task with ``FAILED_WITH_TERMINAL_ERROR``
and a reason naming every field at fault (terminal, because a retry gets the same input).

Output: a dict, a pydantic model or a dataclass becomes ``outputData``; any other value ``v`` becomes
``{"result": v}``; ``None`` is ``{}``.  Returning ``InProgress(callback_after_seconds=N, output=...)`` reports
``IN_PROGRESS``: Conductor hands the task out again after N seconds (``ctx.poll_count`` grows,
``ctx.output`` holds the reported output).  An exception fails the task with ``FAILED`` (Conductor retries
it per the task definition), the reason ``"Type: message"`` and the traceback in the task log;
``NonRetryableError`` fails it with ``FAILED_WITH_TERMINAL_ERROR``.  ``logging`` records emitted inside a worker
are copied into the task log too.  Long tasks: while a task runs, the runner extends its lease every half of
its ``responseTimeoutSeconds`` (``lease_extension=False`` turns that off; ``ctx.extend_lease()`` does it now).

Running::

    conductor-worker run myapp.workers [--poll-interval 200ms] [--concurrency 4] [--processes auto] ...
    conductor-worker run workers/                 # every @worker of a folder or package (what scaffold writes)
    python -m conductor_client.worker run myapp.workers          # the same
    WorkerRunner([charge_card], server_url="http://localhost:8080").run()    # or: await runner.run_async()
    WorkerRunner([charge_card], settings=RunnerSettings(journal="results.journal"))  # settings as one value

One event loop per process; sync workers in a thread pool sized to their concurrency.  Once the server has
shown it has update-v2 (which hands out the next task of the type with the result), a sync worker's thread
sends its result itself and runs the task it got back, with no trip through the event loop; whatever needs the
loop (a token to fetch, a retry, a stop) goes back to it.  Each worker polls
with batch polls sized to its free slots (never more tasks held than ``concurrency``; a task holds its slot
until its result is delivered), polls an empty queue every ``poll_interval`` (start to start), and asks the
server to hold each poll up to ``poll_timeout`` (long poll).  ``processes=N`` runs N spawned processes.

Settings of a worker, in the official SDK's forms, first found wins: one task type's variable
(``conductor.worker.<task>.<prop>``, ``CONDUCTOR_WORKER_<TASK>_<PROP>``), the runner's overrides (command line
flags), every worker's variable (``conductor.worker.all.<prop>``, ``CONDUCTOR_WORKER_ALL_<PROP>``,
``CONDUCTOR_WORKER_<PROP>``), the ``@worker`` arguments, the defaults.  ``<prop>``: ``poll_interval`` (ms),
``poll_timeout`` (ms), ``thread_count``, ``domain``, ``worker_id``, ``lease_extend_enabled``, ``paused`` (not
polled at all); ``conductor-worker --help`` lists them, ``_config.SETTINGS`` is the table.  A bad value is an
error naming the variable; one that names no worker's task is warned about.
The server comes from ``--server-url``/``server_url`` or ``CONDUCTOR_SERVER_URL`` (auth from
``CONDUCTOR_AUTH_KEY``/``CONDUCTOR_AUTH_SECRET``), or pass a configured ``AsyncClientCore`` as ``client``.

Retries follow the client's ``RetryPolicy`` (``retry=`` on the runner or on the client you pass): its backoff
between failed polls, updates and registrations, its ``max_attempts`` for registrations.  Results are never
dropped silently: a failed update is sent again, however many attempts that takes, until the server takes it
or says the task is gone (404, or a 4xx saying not found/terminal: logged once); a result the server rejects
for good is replaced once by a ``FAILED`` result naming the rejection.  Polls that fail back off and recover by
themselves.  A failed task (an exception, input that does not fit, a result that is not JSON) gets one line in
the worker's log naming the task type, task id and workflow id (the traceback at DEBUG); the start-up line
names the server polled and each worker's settings.  On SIGTERM/SIGINT polling stops, tasks in flight finish and
their results are delivered within ``shutdown_grace`` (default 30 s; a second signal stops at once), then the
process exits 0.  Results still undelivered then go to the ``journal`` file when one is set (sent at the next
start), else they are logged in full and the exit status is 1.  Metrics: ``metrics=`` a ``Metrics`` subclass,
or ``metrics_port=`` for Prometheus (needs ``prometheus_client``, the package's ``metrics`` extra).

Importing this package is cheap (no asyncio, HTTP or pydantic): the runner loads them when it starts, and
pydantic only for workers whose parameters need it (models, dataclasses, values to convert), after the first
poll has gone out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._config import Overrides
from ._decorator import WorkerDefinition, worker, workers_in
from ._types import InProgress, NonRetryableError, TaskContext, TaskStatus

if TYPE_CHECKING:
    from ._metrics import Metrics, PrometheusMetrics
    from ._runner import WorkerRunner
    from ._runner_settings import RunnerSettings

__all__ = [
    "worker",
    "WorkerDefinition",
    "WorkerRunner",
    "RunnerSettings",
    "TaskContext",
    "InProgress",
    "NonRetryableError",
    "TaskStatus",
    "Overrides",
    "Metrics",
    "PrometheusMetrics",
    "workers_in",
]

_LAZY = {
    "WorkerRunner": "._runner",
    "RunnerSettings": "._runner_settings",
    "Metrics": "._metrics",
    "PrometheusMetrics": "._metrics",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
