"""Per-worker settings: code, runner overrides and environment variables, in a documented order.

For each setting of each worker the first of these that is set wins:

1. a variable for this task type: ``conductor.worker.<task>.<prop>`` or ``CONDUCTOR_WORKER_<TASK>_<PROP>``,
2. the runner's overrides (``conductor-worker run --poll-interval ...``, ``WorkerRunner(overrides=...)``),
3. a variable for every worker: ``conductor.worker.all.<prop>``, ``CONDUCTOR_WORKER_ALL_<PROP>`` or
   ``CONDUCTOR_WORKER_<PROP>``,
4. the ``@worker(...)`` arguments in code,
5. the defaults (poll interval 100 ms, long poll 100 ms, concurrency 1, no domain, worker id = host name).

These are the forms the official Python SDK reads, so its users' deployments keep working.  Names compare
without regard to case, except ``<task>`` in the dotted form, which is the task name exactly; in the
underscore form ``<TASK>`` is the task name with every character other than a letter or digit written ``_``
(``charge-card`` -> ``CHARGE_CARD``).  When two forms set the same thing for the same scope, the dotted one
wins.  ``SETTINGS`` below is the table of properties (their names, units and defaults); ``--help`` and the
documentation are written from it.

A value that cannot be used (``poll_interval=abc``) is a ``ConfigError`` naming the variable.  Variables that
name a task no worker has, or that are not a setting at all, are reported by ``environment_warnings``.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from ._decorator import WorkerDefinition

__all__ = [
    "Overrides",
    "WorkerSettings",
    "Setting",
    "SETTINGS",
    "SettingVariable",
    "resolve_settings",
    "read_variables",
    "environment_warnings",
    "variables_help",
    "parse_duration",
    "ConfigError",
    "env_name",
]

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
    paused: bool | None = None


@dataclass(frozen=True)
class WorkerSettings:
    """The resolved settings of one worker; ``sources`` says where each came from (a variable's name,
    ``runner``, ``code`` or ``default``)."""

    task_name: str
    poll_interval: float
    poll_timeout: float
    concurrency: int
    domain: str | None
    worker_id: str
    lease_extension: bool
    paused: bool = False
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        """One line for logs: ``charge_card (concurrency 4, poll interval 0.1s, ...)``."""
        state = ", paused" if self.paused else ""
        return (
            f"{self.task_name} (concurrency {self.concurrency}, poll interval {self.poll_interval:g}s, "
            f"poll timeout {self.poll_timeout:g}s, domain {self.domain or '-'}, worker id {self.worker_id}{state})"
        )


# -- value parsers ----------------------------------------------------------------------------------
_PER_SECOND = {"ms": 1000.0, "s": 1.0, "m": 1 / 60}  # divided by, so that "700" ms is exactly 0.7 s
_DURATION = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(ms|s|m)?\s*$", re.IGNORECASE)


def parse_duration(text: str, *, default_unit: str = "ms") -> float:
    """Seconds from ``"250"`` (``default_unit``), ``"250ms"``, ``"0.25s"`` or ``"1m"``."""
    match = _DURATION.match(text)
    if not match:
        raise ConfigError(f"not a duration: {text!r} (use e.g. 250, 250ms, 3s)")
    unit = (match.group(2) or default_unit).lower()
    return float(match.group(1)) / _PER_SECOND[unit]


def _parse_count(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise ConfigError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise ConfigError(f"must be at least 1: {text!r}")
    return value


def _parse_flag(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"not a boolean: {text!r} (use true or false)")


def _parse_text(text: str) -> str | None:
    return text.strip() or None


# -- the table of settings --------------------------------------------------------------------------
@dataclass(frozen=True)
class Setting:
    """One setting of a worker: the ``WorkerSettings`` field it fills, the property names that set it in a
    variable (the first is the official SDK's name), how its text is read, and what it means."""

    field: str
    props: tuple[str, ...]
    parse: Callable[[str], Any]
    default: Any
    value_help: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "poll_interval",
        ("poll_interval", "polling_interval"),
        parse_duration,
        DEFAULT_POLL_INTERVAL,
        "ms, or 250ms / 3s",
        "pause between polls of an empty queue",
    ),
    Setting(
        "poll_timeout",
        ("poll_timeout",),
        parse_duration,
        DEFAULT_POLL_TIMEOUT,
        "ms, or 250ms / 3s",
        "how long the server may hold a poll open (long poll)",
    ),
    Setting(
        "concurrency",
        ("thread_count", "concurrency"),
        _parse_count,
        DEFAULT_CONCURRENCY,
        "a number >= 1",
        "tasks of the type run at once per process",
    ),
    Setting("domain", ("domain",), _parse_text, None, "text; empty: none", "the task domain to poll"),
    Setting(
        "worker_id", ("worker_id",), _parse_text, None, "text", "the id reported to the server (default: the host name)"
    ),
    Setting(
        "lease_extension",
        ("lease_extend_enabled", "lease_extension"),
        _parse_flag,
        True,
        "true/false",
        "extend the lease of long tasks automatically",
    ),
    Setting("paused", ("paused",), _parse_flag, False, "true/false", "do not poll this task type at all"),
)

# Properties the official SDK reads that this runtime does not read per worker: named, never silently dropped.
UNSUPPORTED_PROPS: dict[str, str] = {
    "register_task_def": "task definitions are registered for every worker with --register-task-defs",
    "overwrite_task_def": "--register-task-defs overwrites the definitions given in @worker(task_def=...)",
    "strict_schema": "JSON schemas are not registered by this runtime",
    "register_schema": "JSON schemas are not registered by this runtime",
}

_PROP_SETTING = {prop: setting for setting in SETTINGS for prop in setting.props}
# Longest first, so that ``..._LEASE_EXTEND_ENABLED`` is not read as a task ``..._LEASE_EXTEND`` + ``ENABLED``.
_ALL_PROPS = sorted([*_PROP_SETTING, *UNSUPPORTED_PROPS], key=len, reverse=True)

_DOTTED = "conductor.worker."
_UNDERSCORED = "conductor_worker_"

# How specific a form is within its scope: the SDK looks at the dotted form first, ``ALL`` before no ``ALL``.
_RANK_DOTTED, _RANK_UNDERSCORED, _RANK_WITHOUT_ALL = 0, 1, 2


def env_name(task_name: str) -> str:
    """The ``<TASK>`` part of the underscore variable names for a task type."""
    return re.sub(r"[^A-Z0-9]", "_", task_name.upper())


@dataclass(frozen=True)
class SettingVariable:
    """An environment variable that sets a worker property."""

    name: str  # as written
    value: str
    prop: str  # lower case: ``poll_interval``
    task: str | None  # ``None``: every worker
    rank: int

    def applies_to(self, task_name: str) -> bool:
        if self.task is None:
            return True
        if self.rank == _RANK_DOTTED:
            return self.task == task_name
        return env_name(self.task) == env_name(task_name)


def read_variables(env: Mapping[str, str] | None = None) -> tuple[list[SettingVariable], list[str]]:
    """The variables that set worker properties, and the names that have a worker prefix but set nothing."""
    environ = os.environ if env is None else env
    found: list[SettingVariable] = []
    strays: list[str] = []
    for name, value in environ.items():
        lower = name.lower()
        if lower.startswith(_DOTTED):
            parsed = _read_dotted(name, value)
        elif lower.startswith(_UNDERSCORED):
            parsed = _read_underscored(name, value)
        else:
            continue
        if parsed is None:
            strays.append(name)
        else:
            found.append(parsed)
    found.sort(key=lambda v: (v.rank, v.name))
    return found, sorted(strays)


def _read_dotted(name: str, value: str) -> SettingVariable | None:
    task, dot, prop = name[len(_DOTTED) :].rpartition(".")
    prop = prop.lower()
    if not dot or not task or prop not in _ALL_PROPS:
        return None
    scope = None if task.lower() == "all" else task
    return SettingVariable(name, value, prop, scope, _RANK_DOTTED)


def _read_underscored(name: str, value: str) -> SettingVariable | None:
    rest = name[len(_UNDERSCORED) :].lower()
    for prop in _ALL_PROPS:
        if rest == prop:
            return SettingVariable(name, value, prop, None, _RANK_WITHOUT_ALL)
        if rest.endswith("_" + prop):
            task = name[len(_UNDERSCORED) : len(name) - len(prop) - 1]  # as written, for messages
            if not task.strip("_"):
                return None
            return SettingVariable(name, value, prop, None if task.lower() == "all" else task, _RANK_UNDERSCORED)
    return None


def _from_variables(variables: Iterable[SettingVariable], setting: Setting) -> tuple[Any, str] | None:
    """The value of the most specific of ``variables`` for ``setting``; every one of them must parse."""
    chosen: tuple[Any, str] | None = None
    for variable in sorted(variables, key=lambda v: (v.rank, setting.props.index(v.prop), v.name)):
        try:
            value = setting.parse(variable.value)
        except ConfigError as exc:
            raise ConfigError(f"{variable.name}: {exc}") from None
        if chosen is None:
            chosen = (value, variable.name)
    return chosen


def resolve_settings(
    definition: WorkerDefinition,
    overrides: Overrides | None = None,
    env: Mapping[str, str] | None = None,
    hostname: str | None = None,
) -> WorkerSettings:
    """The settings of one worker (see the module docstring for the order)."""
    overrides = overrides or Overrides()
    variables, _ = read_variables(env)
    task_name = definition.task_name
    mine = [v for v in variables if v.task is not None and v.applies_to(task_name)]
    everyone = [v for v in variables if v.task is None]
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting in SETTINGS:
        for_task = _from_variables((v for v in mine if v.prop in setting.props), setting)
        for_all = _from_variables((v for v in everyone if v.prop in setting.props), setting)
        override = getattr(overrides, setting.field)
        in_code = getattr(definition, setting.field, None)
        if setting.field == "lease_extension" and in_code is True:
            in_code = None  # the decorator's default, not a choice made in code
        if for_task is not None:
            values[setting.field], sources[setting.field] = for_task
        elif override is not None:
            values[setting.field], sources[setting.field] = override, "runner"
        elif for_all is not None:
            values[setting.field], sources[setting.field] = for_all
        elif in_code is not None:
            values[setting.field], sources[setting.field] = in_code, "code"
        else:
            values[setting.field], sources[setting.field] = setting.default, "default"
    if not values["worker_id"]:
        values["worker_id"] = hostname or socket.gethostname()
    if values["concurrency"] < 1:
        raise ConfigError(f"{task_name}: concurrency must be at least 1")
    return WorkerSettings(task_name=task_name, sources=sources, **values)


def environment_warnings(task_names: Iterable[str], env: Mapping[str, str] | None = None) -> list[str]:
    """One line per worker variable that has no effect: a task no worker has, a property this runtime does
    not read per worker, or a name that is not a setting at all."""
    names = list(task_names)
    variables, strays = read_variables(env)
    lines: list[str] = []
    for variable in variables:
        if variable.prop in UNSUPPORTED_PROPS:
            lines.append(f"{variable.name} is ignored: {UNSUPPORTED_PROPS[variable.prop]}")
        elif variable.task is not None and not any(variable.applies_to(n) for n in names):
            lines.append(
                f"{variable.name} names task {variable.task!r}, which no worker here has "
                f"(workers: {', '.join(names) or 'none'}); ignored"
            )
    known = ", ".join(s.props[0] for s in SETTINGS)
    lines.extend(f"{name} is not a worker setting (settings: {known}); ignored" for name in strays)
    return lines


def variables_help() -> str:
    """The environment variables, for ``--help``."""
    width = max(len(" / ".join(s.props)) for s in SETTINGS)
    rows = [f"  {' / '.join(s.props):<{width}}  {s.help} [{s.value_help}]" for s in SETTINGS]
    return "\n".join(
        [
            "worker settings from the environment (the official SDK's forms):",
            "  conductor.worker.<task>.<prop>   CONDUCTOR_WORKER_<TASK>_<PROP>      one task type",
            "  conductor.worker.all.<prop>      CONDUCTOR_WORKER_ALL_<PROP>, CONDUCTOR_WORKER_<PROP>   every worker",
            "first found wins: one task type's variable, the command line's options, every worker's variable,",
            "the @worker(...) arguments, the defaults.  <TASK>: the task name upper-cased, other characters as _.",
            "<prop>:",
            *rows,
        ]
    )
