"""Conductor workers: declare with ``@worker``, run with ``WorkerRunner`` or ``conductor-worker run``.

    from conductor_client.worker import worker, TaskContext, InProgress, NonRetryableError

    @worker("charge_card", concurrency=8)
    def charge_card(order: Order, ctx: TaskContext) -> Receipt:
        ctx.log(f"charging {order.amount}")
        ...

    # python -m conductor_client.worker run myapp.workers      (or: conductor-worker run myapp.workers)
    # WorkerRunner([charge_card], server_url="http://localhost:8080").run()

Input binding and output rules are in ``_binding``; settings and environment variables in ``_config``;
runtime behaviour (polling, results, shutdown) in ``_runner``.  Importing this package is cheap: the
runner, HTTP and pydantic load when a runner starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._config import Overrides
from ._decorator import WorkerDefinition, worker, workers_in
from ._types import InProgress, NonRetryableError, TaskContext, TaskStatus

if TYPE_CHECKING:
    from ._metrics import Metrics, PrometheusMetrics
    from ._runner import WorkerRunner

__all__ = [
    "worker",
    "WorkerDefinition",
    "WorkerRunner",
    "TaskContext",
    "InProgress",
    "NonRetryableError",
    "TaskStatus",
    "Overrides",
    "Metrics",
    "PrometheusMetrics",
    "workers_in",
]

_LAZY = {"WorkerRunner": "._runner", "Metrics": "._metrics", "PrometheusMetrics": "._metrics"}


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
