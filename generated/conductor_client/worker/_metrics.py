"""Metrics hooks of the worker runtime.

``Metrics`` is the interface (every method a no-op): subclass it to feed any metrics system.
``PrometheusMetrics`` feeds ``prometheus_client`` (the package's optional ``metrics`` extra); it is imported
only when such an object is created.

Prometheus series (label ``task_type`` on all of them):

- ``conductor_worker_polls_total{outcome="tasks|empty|error"}``, ``conductor_worker_poll_seconds`` (histogram),
  ``conductor_worker_tasks_polled_total``,
- ``conductor_worker_executions_total{status}``, ``conductor_worker_execution_seconds`` (histogram),
- ``conductor_worker_errors_total{kind="poll|execution|update"}``,
- ``conductor_worker_updates_total{outcome="delivered|gone|rejected|undelivered"}``,
  ``conductor_worker_update_retries_total``, ``conductor_worker_lease_extensions_total``,
- ``conductor_worker_in_flight`` (gauge).

With ``port``, ``PrometheusMetrics`` serves ``/metrics``, ``/health`` (alive) and ``/ready`` (the latest poll
of every polling task type succeeded) on it; other paths are 404 (see ``_health_server``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._health_server import HealthServer

__all__ = ["Metrics", "PrometheusMetrics"]


class Metrics:
    """No-op metrics; override what you need.  Called from the runner's event loop thread, except ``execution``
    and ``update``, which a sync worker's thread also calls for the tasks it runs and delivers itself: an
    override must be thread-safe (``PrometheusMetrics`` is)."""

    def poll(self, task_type: str, *, tasks: int, seconds: float, error: bool) -> None:
        """One batch poll finished (``tasks`` received; ``error`` when it failed)."""

    def execution(self, task_type: str, *, status: str, seconds: float) -> None:
        """One task execution finished with ``status`` (the TaskResult status reported)."""

    def update(self, task_type: str, *, outcome: str) -> None:
        """A result's delivery ended: ``delivered``, ``gone``, ``rejected`` or ``undelivered``."""

    def update_retry(self, task_type: str) -> None:
        """A result update failed and will be sent again."""

    def lease_extension(self, task_type: str) -> None:
        """A lease extension was sent."""

    def in_flight(self, task_type: str, count: int) -> None:
        """Tasks of this type now held by the worker (running or delivering)."""


INSTALL_HINT = "pip install prometheus-client (or the package's 'metrics' extra)"


class PrometheusMetrics(Metrics):
    """Metrics in a ``prometheus_client`` registry; ``port`` starts the HTTP server of ``/metrics``,
    ``/health`` and ``/ready`` (``port=0``: any free port, then read ``server.port``)."""

    def __init__(
        self, *, registry: Any = None, port: int | None = None, addr: str = "0.0.0.0", prefix: str = "conductor_worker"
    ) -> None:
        try:
            prom: Any = importlib.import_module("prometheus_client")
        except ImportError:
            raise RuntimeError(f"metrics need prometheus_client, which is not installed: {INSTALL_HINT}") from None
        if registry is None:
            registry = prom.REGISTRY
        self.registry = registry
        p = prefix
        label = ["task_type"]
        self._polls = prom.Counter(f"{p}_polls", "Batch polls", label + ["outcome"], registry=registry)
        self._poll_seconds = prom.Histogram(f"{p}_poll_seconds", "Batch poll duration", label, registry=registry)
        self._polled = prom.Counter(f"{p}_tasks_polled", "Tasks received from polls", label, registry=registry)
        self._executions = prom.Counter(f"{p}_executions", "Task executions", label + ["status"], registry=registry)
        self._execution_seconds = prom.Histogram(
            f"{p}_execution_seconds", "Task execution duration", label, registry=registry
        )
        self._errors = prom.Counter(f"{p}_errors", "Errors", label + ["kind"], registry=registry)
        self._updates = prom.Counter(f"{p}_updates", "Result deliveries", label + ["outcome"], registry=registry)
        self._update_retries = prom.Counter(
            f"{p}_update_retries", "Result updates sent again", label, registry=registry
        )
        self._leases = prom.Counter(f"{p}_lease_extensions", "Lease extensions sent", label, registry=registry)
        self._in_flight = prom.Gauge(f"{p}_in_flight", "Tasks held by the worker", label, registry=registry)
        # task type -> whether its latest poll succeeded; written on the event loop, read by the HTTP thread
        self._latest_poll_ok: dict[str, bool] = {}
        self.server: HealthServer | None = None
        if port is not None:
            from ._health_server import HealthServer

            def exposition() -> tuple[bytes, str]:
                return prom.generate_latest(registry), str(prom.CONTENT_TYPE_LATEST)

            self.server = HealthServer(port, addr=addr, metrics=exposition, ready=self.ready)

    def ready(self) -> bool:
        """Whether the worker polls its server: some task type has polled, and no latest poll failed."""
        latest = list(self._latest_poll_ok.values())
        return bool(latest) and all(latest)

    def poll(self, task_type: str, *, tasks: int, seconds: float, error: bool) -> None:
        self._latest_poll_ok[task_type] = not error
        outcome = "error" if error else ("tasks" if tasks else "empty")
        self._polls.labels(task_type, outcome).inc()
        self._poll_seconds.labels(task_type).observe(seconds)
        if tasks:
            self._polled.labels(task_type).inc(tasks)
        if error:
            self._errors.labels(task_type, "poll").inc()

    def execution(self, task_type: str, *, status: str, seconds: float) -> None:
        self._executions.labels(task_type, status).inc()
        self._execution_seconds.labels(task_type).observe(seconds)
        if status.startswith("FAILED"):
            self._errors.labels(task_type, "execution").inc()

    def update(self, task_type: str, *, outcome: str) -> None:
        self._updates.labels(task_type, outcome).inc()

    def update_retry(self, task_type: str) -> None:
        self._update_retries.labels(task_type).inc()
        self._errors.labels(task_type, "update").inc()

    def lease_extension(self, task_type: str) -> None:
        self._leases.labels(task_type).inc()

    def in_flight(self, task_type: str, count: int) -> None:
        self._in_flight.labels(task_type).set(count)
