"""Runs `conductor-codegen` (generator.cli.main) as the user would, and records what the tests need to know.

Usage: python cli_probe.py REPORT.json -- <conductor-codegen arguments>

REPORT.json receives the exit code, the peak resident memory of this process and of its children (the
background validation is a forked child), and every network attempt seen by an audit hook (name resolution,
connect, urllib requests): a spec given as a file must not make any.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

_NETWORK_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.connect",
                   "socket.sendto", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}


def main() -> int:
    report_path = Path(sys.argv[1])
    assert sys.argv[2] == "--"
    argv = sys.argv[3:]
    network: list[str] = []

    def audit(event: str, args: tuple[object, ...]) -> None:
        if event in _NETWORK_EVENTS:
            network.append(f"{event} {args!r}"[:300])

    sys.addaudithook(audit)
    repo = Path(__file__).resolve().parent.parent.parent
    sys.path.insert(0, str(repo))
    from generator.cli import main as cli_main

    code: object = None
    try:
        code = cli_main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code
    finally:
        report = {
            "exit_code": code,
            "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "children_peak_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            "network": network,
        }
        report_path.write_text(json.dumps(report), "utf-8")
    return int(code) if isinstance(code, int) else 1


if __name__ == "__main__":
    sys.exit(main())
