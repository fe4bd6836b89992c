"""The real Conductor server for tests, driven through scripts/conductor-server (one code path).

    server = start_server()          # starts the pinned version, or reuses the running one
    ... server.url ...               # "http://127.0.0.1:PORT", no trailing slash
    release_server()                 # stops it if this process started it and nobody else uses it

Each caller registers its pid with the script ("--hold-for"); a server started that way stops when
its last user lets go, so several pytest processes (or xdist workers) can share one server, and a
server started by hand (`make server`) is never stopped by the tests.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "conductor-server"
EXIT_MISSING = 3  # the script's exit code for "Java/Maven missing"
START_TIMEOUT = float(os.environ.get("CONDUCTOR_SERVER_START_TIMEOUT", 180))


@dataclass(frozen=True)
class ConductorServer:
    url: str                    # base URL, no trailing slash, no /api
    version: str | None = None  # None for a server given by CONDUCTOR_SERVER_URL
    started_here: bool = False  # this process started it (rather than reused one)
    log: str | None = None      # the server log, when the script started it

    def api(self, path: str) -> str:
        """self.api("/metadata/taskdefs") -> "{url}/api/metadata/taskdefs"."""
        return f"{self.url}/api/{path.lstrip('/')}"


class ServerUnavailable(Exception):
    def __init__(self, message: str, missing_prerequisite: bool) -> None:
        super().__init__(message)
        self.missing_prerequisite = missing_prerequisite


def base_url(raw: str) -> str:
    """Accepts "http://host:8080", "http://host:8080/" and the SDKs' "http://host:8080/api"."""
    url = raw.strip().rstrip("/")
    return url[: -len("/api")] if url.endswith("/api") else url


def run_script(*args: str, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def start_server(version: str | None = None, holder: int | None = None) -> ConductorServer:
    """Start (or reuse) the recorded server; raises ServerUnavailable with the script's message."""
    args = ["start", "--json", "--hold-for", str(holder or os.getpid()),
            "--timeout", str(START_TIMEOUT)]
    if version:
        args += ["--version", version]
    try:
        # Generous: a first run may download the jar before waiting for the server.
        proc = run_script(*args, timeout=START_TIMEOUT + 1200)
    except subprocess.TimeoutExpired:
        raise ServerUnavailable(f"{SCRIPT.name} start did not return in time", False) from None
    if proc.returncode != 0:
        message = proc.stderr.strip() or f"{SCRIPT.name} start exited with {proc.returncode}"
        raise ServerUnavailable(message, proc.returncode == EXIT_MISSING)
    state = json.loads(proc.stdout)
    return ConductorServer(url=base_url(state["url"]), version=state.get("version"),
                           started_here=not state.get("reused", False), log=state.get("log"))


def release_server(holder: int | None = None) -> None:
    """Drop this process's use; the script stops the server if nobody else needs it."""
    proc = run_script("stop", "--release", str(holder or os.getpid()), timeout=120)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)


def stop_server() -> None:
    """Stop the recorded server unconditionally (like `make server-stop`)."""
    run_script("stop", timeout=120)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def external_server() -> ConductorServer | None:
    raw = os.environ.get("CONDUCTOR_SERVER_URL", "").strip()
    return ConductorServer(url=base_url(raw)) if raw else None
