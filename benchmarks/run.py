#!/usr/bin/env python3
"""`make bench`: this project against the tools people use today, all rows in one run.

    .venv/bin/python benchmarks/run.py [--rows 1,2,3,4,5] [--runs N] [--quick]   (make bench BENCH_ARGS="...")

Rows (one module each): 1 regeneration time and memory (row1_regen), 2 what each generator produced
(row2_output), 3 import time and time to first request (row3_import), 4 decode/encode of a large Workflow
(row4_codec), 5 the worker runtime against the real server (row5_worker).

The anchors (openapi-python-client, datamodel-code-generator, conductor-python) are installed into their own
virtualenvs under benchmarks/.work/ on the first run and reused; matplotlib for the chart goes into
benchmarks/.work/venv-tools. The real server comes from scripts/conductor-server (a running one is reused; one
this run started is stopped at the end). Results: benchmarks/results/{results.json,results.md,chart.png} and the
table in benchmarks/README.md. Nothing here is a pass/fail test: a missed target is reported, not raised.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ANCHORS, PY, REPO, RESULTS, WORK, ensure_venv, installed_version, log, machine  # noqa: E402

SERVER_SCRIPT = REPO / "scripts" / "conductor-server"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", default="1,2,3,4,5", help="rows to run, e.g. 1,3 (default: all)")
    parser.add_argument("--runs", type=int, default=0, help="measured runs per case after the warm-up")
    parser.add_argument("--quick", action="store_true", help="fewer runs and tasks: a smoke run, not results")
    parser.add_argument("--tasks", type=int, default=0, help="row 5 throughput tasks (default 1000)")
    parser.add_argument("--concurrency", type=int, default=10, help="row 5 throughput slots/threads (10)")
    parser.add_argument("--server-url", help="use this server instead of scripts/conductor-server")
    parser.add_argument("--no-write", action="store_true", help="print results; leave results/ and README alone")
    return parser


class ServerLease:
    """scripts/conductor-server start --hold-for <our pid>; released (and stopped if we started it) at the end."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.started_here = False

    def __enter__(self) -> ServerLease:
        log("starting (or reusing) the real server: scripts/conductor-server start")
        proc = subprocess.run([sys.executable, str(SERVER_SCRIPT), "start", "--hold-for", str(os.getpid()), "--json"],
                              capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            raise RuntimeError(f"conductor-server start failed ({proc.returncode}): {proc.stderr[-1500:]}")
        state = json.loads(proc.stdout)
        self.url = state["url"]
        self.started_here = not state.get("reused", False)
        log(f"server at {self.url} ({'started' if self.started_here else 'reused'}, {state.get('version')})")
        return self

    def __exit__(self, *exc: Any) -> None:
        proc = subprocess.run([sys.executable, str(SERVER_SCRIPT), "stop", "--release", str(os.getpid())],
                              capture_output=True, text=True, timeout=300)
        log(f"server released: {(proc.stderr.strip().splitlines() or ['ok'])[-1]}")


def _versions() -> dict[str, str]:
    versions = {
        "conductor-codegen": installed_version(PY, "conductor-codegen"),
        "pydantic": installed_version(PY, "pydantic"),
        "black": installed_version(PY, "black"),
        "mypy": installed_version(PY, "mypy"),
    }
    for anchor, (_, distribution) in ANCHORS.items():
        if anchor != "tools":
            versions[distribution] = installed_version(ensure_venv(anchor), distribution)
    spec_source = REPO / "spec" / "SOURCE.json"
    if spec_source.exists():
        try:
            versions["server (spec)"] = str(json.loads(spec_source.read_text()).get("server_version", "?"))
        except ValueError:
            pass
    return versions


def _guard(name: str, fn: Any, results: dict[str, Any]) -> None:
    started = time.perf_counter()
    load = round(os.getloadavg()[0], 2)
    try:
        results[name] = fn()
    except Exception as exc:  # one broken row must not lose the others
        log(f"{name} failed: {exc}")
        results[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()[-3000:]}
    if isinstance(results[name], dict):
        results[name]["bench_seconds"] = round(time.perf_counter() - started, 1)
        results[name]["load_at_start"] = load


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    rows = {int(r) for r in args.rows.split(",") if r.strip()}
    runs = args.runs or (1 if args.quick else 5)
    tasks = args.tasks or (200 if args.quick else 1000)
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "started_at": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "command": "make bench" + (f' BENCH_ARGS="{" ".join(argv if argv is not None else sys.argv[1:])}"'
                                   if (argv if argv is not None else sys.argv[1:]) else ""),
        "machine": machine(),
        "settings": {"rows": sorted(rows), "runs": runs, "tasks": tasks, "concurrency": args.concurrency,
                     "quick": args.quick},
    }
    results["versions"] = _versions()

    import row1_regen
    import row2_output
    import row3_import
    import row4_codec
    import row5_worker

    if 1 in rows:
        _guard("row1", lambda: row1_regen.run(max(1, min(runs, 3))), results)
    if 2 in rows:
        _guard("row2", row2_output.run, results)
    if rows & {3, 4, 5}:
        if args.server_url:
            url: str | None = args.server_url
            lease = None
        else:
            lease = ServerLease()
            try:
                lease.__enter__()
                url = lease.url
            except Exception as exc:
                log(f"no server: {exc}; rows 3 (first request), 4 (real-server workflow) and 5 run without it")
                url, lease = None, None
        try:
            if 4 in rows:
                _guard("row4", lambda: row4_codec.run(max(5, runs * 3), url), results)
            if 3 in rows:
                _guard("row3", lambda: row3_import.run(max(3, runs * 2), url), results)
            if 5 in rows:
                if url:
                    _guard("row5", lambda: row5_worker.run(url, max(2, min(runs, 3)), tasks, args.concurrency),
                           results)
                else:
                    results["row5"] = {"error": "no server"}
        finally:
            if lease is not None:
                lease.__exit__(None, None, None)
    results["bench_seconds"] = round(time.perf_counter() - started, 1)

    import report

    markdown = report.markdown(results)
    if args.no_write:
        print(markdown)
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    (RESULTS / "results.md").write_text(markdown)
    chart = report.chart(results, RESULTS / "chart.png")
    report.update_readme(results, markdown)
    print(markdown)
    log(f"done in {results['bench_seconds']:.0f} s: {RESULTS.relative_to(REPO)}/results.md"
        + ("" if chart else " (no chart: matplotlib unavailable)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
