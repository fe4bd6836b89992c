"""Runs `conductor-codegen` (generator.cli.main) as the user would, and records what the tests need to know.

Usage: python hostile_cli_probe.py REPORT.json -- <conductor-codegen arguments>

This small process starts the real run as its child (`--inner`) and waits for it, so that
`resource.getrusage(RUSAGE_CHILDREN).ru_maxrss` is the peak resident memory of that run and of the processes
it waited for (the background validation), not the size of pytest, which a process forked from it inherits.
REPORT.json receives the exit code, that peak, and every network attempt an audit hook saw in the run (name
resolution, connect, urllib requests): a spec given as a file must not cause any.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

_NETWORK_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.connect",
                   "socket.sendto", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}


def outer() -> int:
    report_path = Path(sys.argv[1])
    done = subprocess.run([sys.executable, __file__, "--inner", *sys.argv[1:]])  # stdout, stderr inherited
    report = json.loads(report_path.read_text("utf-8")) if report_path.is_file() else {}
    report["process_exit_code"] = done.returncode
    report["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report_path.write_text(json.dumps(report), "utf-8")
    return done.returncode


def inner() -> int:
    report_path = Path(sys.argv[2])
    assert sys.argv[3] == "--"
    argv = sys.argv[4:]
    network: list[str] = []

    def audit(event: str, args: tuple[object, ...]) -> None:
        if event in _NETWORK_EVENTS:
            network.append(f"{event} {args!r}"[:300])

    sys.addaudithook(audit)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from generator.cli import main as cli_main

    code: object = None
    try:
        code = cli_main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code
    finally:
        report_path.write_text(json.dumps({"exit_code": code, "network": network}), "utf-8")
    return int(code) if isinstance(code, int) else 1


if __name__ == "__main__":
    sys.exit(inner() if sys.argv[1] == "--inner" else outer())
