"""The `scaffold` subcommand."""

from __future__ import annotations

import argparse
import os
import shlex
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "scaffold",
        help="typed worker stubs (and tests) from task definitions; never overwrites a file a person edited",
    )
    parser.add_argument("source", help="a JSON file of task definitions, or a server URL (reads /api/metadata/taskdefs)")
    parser.add_argument("--out", default="workers", help="folder for the stubs (default: workers)")
    parser.add_argument("--package-name", default="conductor_client", help="import name of the generated client")
    parser.add_argument("--templates", help="a team folder of template overrides")
    parser.add_argument("--task", action="append", help="only these task names (repeatable)")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from ..config import ConfigError
    from .taskdefs import ScaffoldError, plan_stubs, read_task_definitions
    from .write import scaffold

    try:
        definitions = read_task_definitions(args.source, auth_headers=_auth_headers())
    except ScaffoldError as exc:
        raise ConfigError(str(exc)) from exc
    if args.task:
        definitions = [d for d in definitions if d["name"] in set(args.task)]
    stubs = plan_stubs(definitions)
    outcomes = scaffold(stubs, Path(args.out), args.package_name, Path(args.templates) if args.templates else None)
    for outcome in outcomes:
        note = " (edited by hand: left as it is)" if outcome.action == "kept" else ""
        print(f"{outcome.action:9} {outcome.path}{note}")
    print(f"scaffolded {len(stubs)} workers into {args.out}")
    print(f"run them: {run_command(Path(args.out))}")
    return 0


def run_command(out: Path) -> str:
    """The shell command that runs the scaffolded workers, from the current directory."""
    server = "" if os.environ.get("CONDUCTOR_SERVER_URL") else "CONDUCTOR_SERVER_URL=http://localhost:8080 "
    return f"{server}conductor-worker run {shlex.quote(str(out))}"


def _auth_headers() -> dict[str, str]:
    """A token for servers that need one, from the variables Conductor users already set."""
    key, secret = os.environ.get("CONDUCTOR_AUTH_KEY"), os.environ.get("CONDUCTOR_AUTH_SECRET")
    url = os.environ.get("CONDUCTOR_SERVER_URL", "")
    if not (key and secret and url):
        return {}
    import httpx

    from ..ir.auth import DEFAULT_AUTH_HEADER

    response = httpx.post(url.rstrip("/").removesuffix("/api") + "/api/token",
                          json={"keyId": key, "keySecret": secret}, timeout=30)
    if response.status_code == 404:
        return {}
    response.raise_for_status()
    # Task definitions come from the server, not from a document: Conductor's own header.
    return {DEFAULT_AUTH_HEADER: str(response.json().get("token", ""))}
