"""Per-worker settings: code, runner overrides and environment variables, in a documented order.

For each setting of each worker the first of these that is set wins:

1. ``CONDUCTOR_WORKER_<TASK>_<PROP>``: this task type only (``<TASK>`` is the task name, upper-cased, every
   character other than a letter or digit replaced by ``_``; ``charge-card`` -> ``CHARGE_CARD``),
2. the runner's overrides (``conductor-worker run --poll-interval ...``, ``WorkerRunner(overrides=...)``),
3. ``CONDUCTOR_WORKER_ALL_<PROP>``: every worker of the process,
4. the ``@worker(...)`` arguments in code,
5. the defaults (poll interval 100 ms, long poll 100 ms, concurrency 1, no domain, worker id = host name).

Variable names are matched without regard to case.  ``<PROP>``:

- ``POLLING_INTERVAL`` (or ``POLL_INTERVAL``): milliseconds, or with a unit (``250ms``, ``3s``),
- ``POLL_TIMEOUT``: the server long-poll timeout, milliseconds or with a unit,
- ``THREAD_COUNT`` (or ``CONCURRENCY``): tasks of this type run at once per process,
- ``DOMAIN``: the task domain to poll (empty: none),
- ``WORKER_ID``: the id reported to the server,
- ``LEASE_EXTENSION``: ``true``/``false``, automatic lease extension.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from ._decorator import WorkerDefinition

__all__ = ["Overrides", "WorkerSettings", "resolve_settings", "parse_duration", "ConfigError", "env_name"]

DEFAULT_POLL_INTERVAL = 0.1
DEFAULT_POLL_TIMEOUT = 0.1
DEFAULT_CONCURRENCY = 1


class ConfigError(ValueError):
    """A setting (usually an environment variable) has a value that cannot be used."""


@dataclass(frozen=True)
class Overrides:
    """Runner-level settings for every worker (the command line's flags)."""

    poll_interval: float | None = None  # seconds
    poll_timeout: float | None = None  # seconds
    concurrency: int | None = None
    domain: str | None = None
    worker_id: str | None = None
    lease_extension: bool | None = None


@dataclass(frozen=True)
class WorkerSettings:
    task_name: str
    poll_interval: float
    poll_timeout: float
    concurrency: int
    domain: str | None
    worker_id: str
    lease_extension: bool
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)


_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0}
_DURATION = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(ms|s|m)?\s*$", re.IGNORECASE)


def parse_duration(text: str, *, default_unit: str = "ms") -> float:
    """Seconds from ``"250"`` (``default_unit``), ``"250ms"``, ``"0.25s"`` or ``"1m"``."""
    match = _DURATION.match(text)
    if not match:
        raise ConfigError(f"not a duration: {text!r} (use e.g. 250, 250ms, 3s)")
    unit = (match.group(2) or default_unit).lower()
    return float(match.group(1)) * _UNITS[unit]


def _parse_int(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise ConfigError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise ConfigError(f"must be at least 1: {text!r}")
    return value


def _parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"not a boolean: {text!r} (use true or false)")


def _parse_str(text: str) -> str | None:
    return text.strip() or None


# setting -> (env property names, parser)
_PROPS: dict[str, tuple[tuple[str, ...], Callable[[str], Any]]] = {
    "poll_interval": (("POLLING_INTERVAL", "POLL_INTERVAL"), parse_duration),
    "poll_timeout": (("POLL_TIMEOUT",), parse_duration),
    "concurrency": (("THREAD_COUNT", "CONCURRENCY"), _parse_int),
    "domain": (("DOMAIN",), _parse_str),
    "worker_id": (("WORKER_ID",), _parse_str),
    "lease_extension": (("LEASE_EXTENSION",), _parse_bool),
}


def env_name(task_name: str) -> str:
    """The ``<TASK>`` part of the variable names for a task type."""
    return re.sub(r"[^A-Z0-9]", "_", task_name.upper())


def _from_env(env_upper: Mapping[str, tuple[str, str]], scope: str, setting: str) -> tuple[Any, str] | None:
    names, parser = _PROPS[setting]
    for prop in names:
        key = f"CONDUCTOR_WORKER_{scope}_{prop}"
        if key in env_upper:
            real_name, raw = env_upper[key]
            try:
                return parser(raw), real_name
            except ConfigError as exc:
                raise ConfigError(f"{real_name}: {exc}") from None
    return None


def resolve_settings(
    definition: WorkerDefinition,
    overrides: Overrides | None = None,
    env: Mapping[str, str] | None = None,
    hostname: str | None = None,
) -> WorkerSettings:
    """The settings of one worker (see the module docstring for the order)."""
    overrides = overrides or Overrides()
    environ = os.environ if env is None else env
    env_upper = {k.upper(): (k, v) for k, v in environ.items() if k[:17].upper() == "CONDUCTOR_WORKER_"}
    task_scope = env_name(definition.task_name)
    defaults: dict[str, Any] = {
        "poll_interval": DEFAULT_POLL_INTERVAL,
        "poll_timeout": DEFAULT_POLL_TIMEOUT,
        "concurrency": DEFAULT_CONCURRENCY,
        "domain": None,
        "worker_id": None,
        "lease_extension": True,
    }
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting in _PROPS:
        found = _from_env(env_upper, task_scope, setting)
        if found is not None:
            values[setting], sources[setting] = found
            continue
        override = getattr(overrides, setting)
        if override is not None:
            values[setting], sources[setting] = override, "runner"
            continue
        found = _from_env(env_upper, "ALL", setting)
        if found is not None:
            values[setting], sources[setting] = found
            continue
        in_code = getattr(definition, setting)
        if in_code is not None and not (setting == "lease_extension" and in_code is True):
            values[setting], sources[setting] = in_code, "code"
            continue
        values[setting], sources[setting] = defaults[setting], "default"
    if not values["worker_id"]:
        values["worker_id"] = hostname or socket.gethostname()
    if values["concurrency"] < 1:
        raise ConfigError(f"{definition.task_name}: concurrency must be at least 1")
    return WorkerSettings(task_name=definition.task_name, sources=sources, **values)
