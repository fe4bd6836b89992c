"""The ``@worker`` decorator: declares a function as the worker of one Conductor task type."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Callable, Mapping, TypeVar, overload

__all__ = ["worker", "WorkerDefinition", "workers_in", "definition_of"]

F = TypeVar("F", bound=Callable[..., Any])

_ATTR = "__conductor_worker__"


@dataclass(frozen=True)
class WorkerDefinition:
    """A worker as declared: the function and the options given in code (``None`` = not given).

    Options that are not given come from the environment or the runner's defaults (see ``_config``).
    """

    task_name: str
    fn: Callable[..., Any]
    poll_interval: float | None = None  # seconds
    poll_timeout: float | None = None  # seconds (server long-poll)
    concurrency: int | None = None
    domain: str | None = None
    worker_id: str | None = None
    lease_extension: bool = True
    task_def: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.fn)

    @property
    def qualified_name(self) -> str:
        return f"{getattr(self.fn, '__module__', '?')}:{getattr(self.fn, '__qualname__', '?')}"


@overload
def worker(
    task_name: str,
    *,
    poll_interval: float | None = None,
    poll_timeout: float | None = None,
    concurrency: int | None = None,
    domain: str | None = None,
    worker_id: str | None = None,
    lease_extension: bool = True,
    task_def: Mapping[str, Any] | None = None,
) -> Callable[[F], F]: ...


@overload
def worker(task_name: F) -> F: ...


def worker(
    task_name: Any,
    *,
    poll_interval: float | None = None,
    poll_timeout: float | None = None,
    concurrency: int | None = None,
    domain: str | None = None,
    worker_id: str | None = None,
    lease_extension: bool = True,
    task_def: Mapping[str, Any] | None = None,
) -> Any:
    """Declare ``fn`` as the worker for the task type ``task_name``.

    ``@worker("charge_card", poll_interval=0.2, concurrency=8)`` on a ``def`` or ``async def``.  The function
    is returned unchanged (still callable in tests); the runner finds it by the definition attached to it.

    - ``poll_interval``: seconds between polls while the queue is empty (default 0.1).
    - ``poll_timeout``: seconds the server may hold a poll open waiting for work (long poll; default 0.1).
    - ``concurrency``: at most this many of these tasks run at once in one process (default 1).
    - ``domain``, ``worker_id``: the task domain to poll, and the id reported (default: the host name).
    - ``lease_extension``: extend the lease of long tasks automatically (default on).
    - ``task_def``: TaskDef fields (``retryCount``, ``responseTimeoutSeconds``...) registered at start when
      the runner is asked to register task definitions.

    ``@worker`` without arguments uses the function's name as the task type.
    """
    if callable(task_name):
        fn = task_name
        _attach(fn, WorkerDefinition(task_name=fn.__name__, fn=fn))
        return fn
    if not isinstance(task_name, str) or not task_name:
        raise TypeError("@worker needs the task type name: @worker('my_task')")
    if concurrency is not None and concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if poll_interval is not None and poll_interval < 0:
        raise ValueError("poll_interval must be >= 0")
    if poll_timeout is not None and poll_timeout < 0:
        raise ValueError("poll_timeout must be >= 0")

    def decorate(fn: F) -> F:
        if not callable(fn):
            raise TypeError("@worker decorates a function")
        _attach(
            fn,
            WorkerDefinition(
                task_name=task_name,
                fn=fn,
                poll_interval=poll_interval,
                poll_timeout=poll_timeout,
                concurrency=concurrency,
                domain=domain,
                worker_id=worker_id,
                lease_extension=lease_extension,
                task_def=dict(task_def) if task_def is not None else None,
            ),
        )
        return fn

    return decorate


def _attach(fn: Callable[..., Any], definition: WorkerDefinition) -> None:
    try:
        setattr(fn, _ATTR, definition)
    except (AttributeError, TypeError) as exc:  # a builtin or a slotted callable
        raise TypeError(f"cannot declare {fn!r} as a worker: {exc}") from None


def definition_of(obj: Any) -> WorkerDefinition | None:
    """The worker definition attached to ``obj`` (or ``obj`` itself if it is one), else ``None``."""
    if isinstance(obj, WorkerDefinition):
        return obj
    found = getattr(obj, _ATTR, None) if callable(obj) else None
    return found if isinstance(found, WorkerDefinition) else None


def workers_in(module: ModuleType) -> list[WorkerDefinition]:
    """Every worker declared in (or imported into) ``module``, in definition order, each task type once."""
    found: list[WorkerDefinition] = []
    seen: set[str] = set()
    for value in list(vars(module).values()):
        definition = definition_of(value)
        if definition is not None and definition.task_name not in seen:
            seen.add(definition.task_name)
            found.append(definition)
    return found
