"""``conductor-worker`` / ``python -m <package>.worker``: run the workers of modules, packages or folders.

    conductor-worker run myapp.workers [workers/ | module:function ...] [options]
    conductor-worker list myapp.workers          the workers found, with their resolved settings

``run`` imports each target (the current directory is on the import path) and runs every function declared
with ``@worker`` in it: a package or a folder (what ``conductor-codegen scaffold`` writes) with every module
below it, a module, a file, or ``module:function`` for one (see ``_discover``).  Options apply to every
worker; the official SDK's variables (``conductor.worker.<task>.<prop>``, ``CONDUCTOR_WORKER_<TASK>_<PROP>``,
``CONDUCTOR_WORKER_ALL_<PROP>``...) are read too, ``--help`` lists them and their order (see ``_config``).
Durations take a unit (``200ms``, ``3s``); a bare number is seconds.  Exit status: 0 after a clean stop
(SIGTERM/SIGINT), 1 when a result could not be delivered nor journaled, 2 for bad usage or configuration.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
from typing import Any, Sequence

from ._config import ConfigError, Overrides, environment_warnings, parse_duration, resolve_settings, variables_help
from ._discover import load_workers
from ._decorator import WorkerDefinition

__all__ = ["main", "load_workers"]

_log = logging.getLogger("conductor.worker")
_TARGETS = "MODULE|PACKAGE|FOLDER[:FUNCTION]"


def _duration(text: str) -> float:
    try:
        return parse_duration(text, default_unit="s")
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _processes(text: str) -> int | str:
    return "auto" if text == "auto" else _positive_int(text)


def _parser() -> argparse.ArgumentParser:
    prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "conductor-worker"
    if prog in ("__main__.py", "-m", "-c"):
        prog = f"python -m {__name__.rpartition('.')[0]}"
    epilog = variables_help()
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=prog, description="Run Conductor workers declared with @worker.", epilog=epilog, formatter_class=raw
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run",
        help="run the workers of modules, packages or folders",
        description="Run every @worker of the targets: a package or folder (every module below it), a module, "
        "a file, or module:function.",
        epilog=epilog,
        formatter_class=raw,
    )
    run.add_argument("targets", nargs="+", metavar=_TARGETS)
    run.add_argument("--server-url", help="the Conductor server (default: $CONDUCTOR_SERVER_URL)")
    run.add_argument("--proxy", help="HTTP proxy for the server connection")
    run.add_argument("--ca-file", help="CA bundle to verify the server's TLS certificate")
    run.add_argument("--insecure", action="store_true", help="do not verify the server's TLS certificate")
    run.add_argument("--poll-interval", type=_duration, help="pause between polls of an empty queue (200ms, 3s)")
    run.add_argument("--poll-timeout", type=_duration, help="server long-poll timeout (default 100ms)")
    run.add_argument("--concurrency", type=_positive_int, help="tasks of each type run at once per process")
    run.add_argument("--domain", help="task domain to poll")
    run.add_argument("--worker-id", help="worker id reported to the server (default: host name)")
    run.add_argument("--processes", type=_processes, default=1, help="worker processes, or 'auto' (one per CPU)")
    run.add_argument("--grace", type=_duration, default=30.0, help="shutdown grace period (default 30s)")
    run.add_argument("--register-task-defs", action="store_true", help="register task definitions at start")
    run.add_argument("--journal", help="file for results undelivered at exit, re-sent at the next start")
    run.add_argument("--metrics-port", type=int, help="serve /metrics (Prometheus), /health and /ready on this port")
    run.add_argument("--only", help="comma-separated task types to run (default: all found)")
    run.add_argument("--log-level", default="INFO", help="logging level (default INFO)")

    show = commands.add_parser(
        "list", help="list the workers found and their settings", epilog=epilog, formatter_class=raw
    )
    show.add_argument("targets", nargs="+", metavar=_TARGETS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "list":
        return _list(args.targets)
    level = getattr(logging, str(args.log_level).upper(), None)
    if not isinstance(level, int):
        print(f"unknown log level {args.log_level!r}", file=sys.stderr)
        return 2
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s")
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    if args.metrics_port is not None and importlib.util.find_spec("prometheus_client") is None:
        print(
            f"error: --metrics-port needs prometheus_client, which is not installed: {_install_hint()}", file=sys.stderr
        )
        return 2
    try:
        definitions = load_workers(args.targets)
        _warn_about_variables(definitions)
        if args.only:
            wanted = {name.strip() for name in args.only.split(",") if name.strip()}
            definitions = [d for d in definitions if d.task_name in wanted]
            missing = wanted - {d.task_name for d in definitions}
            if missing:
                raise ConfigError(f"--only names task types not found: {', '.join(sorted(missing))}")
        from ._runner import WorkerRunner

        client_options: dict[str, Any] = {}
        if args.proxy:
            client_options["proxy"] = args.proxy
        if args.insecure:
            client_options["verify"] = False
        elif args.ca_file:
            client_options["verify"] = args.ca_file
        runner = WorkerRunner(
            definitions,
            server_url=args.server_url,
            client_options=client_options,
            overrides=Overrides(
                poll_interval=args.poll_interval,
                poll_timeout=args.poll_timeout,
                concurrency=args.concurrency,
                domain=args.domain,
                worker_id=args.worker_id,
            ),
            shutdown_grace=args.grace,
            processes=args.processes,
            register_task_defs=args.register_task_defs,
            journal=args.journal,
            metrics_port=args.metrics_port,
        )
        for definition in definitions:  # report configuration errors before anything starts
            resolve_settings(definition, runner.overrides)
    except (ConfigError, ImportError, ValueError, TypeError, AttributeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return runner.run()


def _warn_about_variables(definitions: Sequence[WorkerDefinition]) -> None:
    for line in environment_warnings(d.task_name for d in definitions):
        _log.warning("%s", line)


def _install_hint() -> str:
    """The install command: the generated distribution's ``metrics`` extra when it is installed."""
    from importlib.metadata import packages_distributions

    top = __name__.partition(".")[0]
    names = packages_distributions().get(top) or []
    return f"pip install '{names[0]}[metrics]'" if names else "pip install prometheus-client"


def _list(targets: Sequence[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        definitions = load_workers(targets)
        _warn_about_variables(definitions)
        for d in definitions:
            s = resolve_settings(d)
            kind = "async" if d.is_async else "sync"
            print(
                f"{d.task_name}\t{d.qualified_name}\t{kind}\tconcurrency={s.concurrency}\t"
                f"poll_interval={s.poll_interval:g}s\tpoll_timeout={s.poll_timeout:g}s\t"
                f"domain={s.domain or '-'}\tworker_id={s.worker_id}\tpaused={str(s.paused).lower()}"
            )
    except (ConfigError, ImportError, ValueError, TypeError, AttributeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
