"""The runner's settings, in one place: ``RunnerSettings`` (``WorkerRunner``'s keyword arguments are its fields).

Per-worker settings (poll interval, concurrency, domain...) are ``_config``'s; these are the process's.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from ._config import Overrides

if TYPE_CHECKING:
    from .._runtime.retry import RetryPolicy
    from .._runtime.async_core import AsyncClientCore
    from ._metrics import Metrics

__all__ = ["RunnerSettings"]


@dataclass(frozen=True)
class RunnerSettings:
    """How a ``WorkerRunner`` runs its workers.

    ``server_url``: the Conductor server (``http://host:8080``; a trailing ``/api`` is accepted); default
    ``$CONDUCTOR_SERVER_URL``.  Or ``client``, an ``AsyncClientCore`` (e.g. ``AsyncConductorClient``) you
    configured (auth, TLS, proxies); the runner does not close a client it did not create.  Or
    ``client_options``: ``AsyncClientCore`` arguments (``verify``, ``proxy``, ``headers``, ``auth_key``...) for the
    client the runner creates (this also works with ``processes``).
    ``retry``: the ``RetryPolicy`` of the client the runner creates (None: the default policy); with ``client``,
    that client's own policy applies.  The runner's waits after failed polls, updates and registrations follow it.
    ``overrides``: settings for every worker (see ``_config`` for the order with code and environment); ``env``:
    the environment to read worker settings from (default ``os.environ``).
    ``shutdown_grace``: seconds to finish tasks in flight and deliver their results after SIGTERM/SIGINT.
    ``processes``: run that many processes (``"auto"``: one per CPU), each with its own event loop and its own
    ``concurrency`` slots per worker; processes are spawned, so workers must be importable.
    ``register_task_defs``: at start, register each worker's ``task_def`` (overwriting), and create a
    definition with server defaults for task types that have none.
    ``journal``: a file where results still undelivered at exit are written, and from which they are sent on
    the next start (off by default).
    ``metrics``: a ``Metrics`` object (e.g. ``PrometheusMetrics()``); ``metrics_port``: serve Prometheus
    metrics on this port (with ``processes``, child ``i`` uses ``metrics_port + i``).
    ``handle_signals``: install SIGTERM/SIGINT handlers while running (only possible in the main thread).
    ``capture_logging``: copy ``logging`` records emitted inside a worker into the task's execution log.
    ``request_timeout``: seconds for each request (a poll gets its long-poll time on top).
    ``lease_fraction``: extend a running task's lease every this fraction of its response timeout.
    ``update_v2``: send results with ``update-v2``, which hands out the next task in the same answer (one
    request per task; used only where the server has it).  The price: when that answer is cut off (a reset
    connection), the task in it stays with the server until its response timeout, as with a cut poll answer.
    """

    server_url: str | None = None
    client: AsyncClientCore | None = field(default=None, compare=False)
    client_options: Mapping[str, Any] = field(default_factory=dict)
    retry: RetryPolicy | None = None
    overrides: Overrides = field(default_factory=Overrides)
    env: Mapping[str, str] | None = None
    shutdown_grace: float = 30.0
    processes: int | str = 1
    register_task_defs: bool = False
    journal: str | os.PathLike[str] | None = None
    metrics: Metrics | None = None
    metrics_port: int | None = None
    handle_signals: bool = True
    capture_logging: bool = True
    request_timeout: float = 10.0
    lease_fraction: float = 0.5
    update_v2: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if self.overrides is None:  # accepted as "no overrides", as the keyword argument always was
            set_(self, "overrides", Overrides())
        set_(self, "client_options", dict(self.client_options or {}))
        if self.env is not None:
            set_(self, "env", dict(self.env))
        if self.journal is not None:
            set_(self, "journal", os.fspath(self.journal))
        set_(self, "shutdown_grace", float(self.shutdown_grace))
        set_(self, "request_timeout", float(self.request_timeout))
        if not 0 < self.lease_fraction < 1:
            raise ValueError("lease_fraction must be between 0 and 1")
        if self.shutdown_grace < 0:
            raise ValueError("shutdown_grace must be >= 0")
        if self.request_timeout <= 0:
            raise ValueError("request_timeout must be > 0")
        self.process_count()  # checks ``processes``

    def process_count(self) -> int:
        if self.processes == "auto":
            return os.cpu_count() or 1
        count = int(self.processes)
        if count < 1:
            raise ValueError("processes must be at least 1")
        return count

    def with_changes(self, **changes: Any) -> RunnerSettings:
        """A copy with some settings changed (an unknown name is a TypeError that names it)."""
        return dataclasses.replace(self, **changes) if changes else self

    def for_child(self, index: int) -> RunnerSettings:
        """The settings of spawned process number ``index``: one process, its own journal and metrics port."""
        if self.client is not None:
            raise ValueError("processes > 1 needs server_url (a client object cannot be shared between processes)")
        return dataclasses.replace(
            self,
            processes=1,
            handle_signals=True,
            journal=f"{self.journal}.{index}" if self.journal else None,
            metrics_port=self.metrics_port + index if self.metrics_port is not None else None,
        )
