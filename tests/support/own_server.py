"""A private real Conductor server that a test can stop and start again on the same port and database.

    with OwnServer.create(tmp_path) as server:   # picks a free port, starts, waits for /health
        ... server.url ...
        server.stop()                              # SIGTERM (server.kill() for SIGKILL)
        server.start()                             # same port, same SQLite database
                                                   # leaving the block stops it

The jar comes from ``scripts/conductor-server fetch`` (cached), the Java and server arguments from the same
script, so this instance runs exactly like the shared one.  Each start appends to ``<data_dir>/server.log``.
On a 2-core machine starting takes ~15 s; run at most one of these besides the shared server.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "conductor-server"


def _script() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("_conductor_server_script", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _version() -> str:
    return os.environ.get("CONDUCTOR_VERSION") or (REPO / "scripts" / "conductor-version").read_text().strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OwnServer:
    def __init__(self, data_dir: Path, port: int, jar: Path, java: Path, args: list[str]) -> None:
        self.data_dir = data_dir
        self.port = port
        self.jar = jar
        self.java = java
        self.args = args
        self.url = f"http://127.0.0.1:{port}"
        self.log = data_dir / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @classmethod
    def create(cls, data_dir: Path, port: int | None = None) -> "OwnServer":
        version = _version()
        fetched = subprocess.run([sys.executable, str(SCRIPT), "fetch"], capture_output=True, text=True,
                                 timeout=1200, cwd=REPO, stdin=subprocess.DEVNULL)
        if fetched.returncode != 0:
            raise RuntimeError(f"conductor-server fetch failed: {fetched.stderr.strip()}")
        jar = Path(fetched.stdout.strip().splitlines()[-1])
        script = _script()
        java, _major = script.find_java(script.required_java(jar, version), version)
        data_dir.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        return cls(data_dir, port, jar, Path(java), list(script.server_args(version, port, data_dir)))

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self, timeout: float = 150.0) -> "OwnServer":
        if self.running:
            return self
        cmd = [str(self.java), f"-Djava.io.tmpdir={self.data_dir}", "-jar", str(self.jar), *self.args]
        with open(self.log, "ab") as out:
            out.write(f"\n# start {self.starts + 1}\n".encode())
            out.flush()
            self.proc = subprocess.Popen(cmd, cwd=self.data_dir, stdin=subprocess.DEVNULL, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        self.starts += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}; log: {self.log}")
            if self.healthy():
                return self
            time.sleep(0.25)
        self.kill()
        raise RuntimeError(f"the server was not healthy within {timeout}s; log: {self.log}")

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:  # noqa: S310 - loopback
                return bool(response.status == 200 and b'"healthy":true' in response.read())
        except Exception:
            return False

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM and wait (SIGKILL after ``timeout``)."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(30)

    def __enter__(self) -> "OwnServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
