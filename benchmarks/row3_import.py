"""Row 3: import time of the client and worker entry points, and time to first request.

Import: the wall time of `python -c "<imports>"` minus that of `python -c pass` in the same virtualenv (net),
medians of interleaved runs after a warm-up; plus the modules loaded and the sum of `-X importtime`'s self
times (also net of the bare interpreter). Bytecode caching is on for these runs (the sandbox's
PYTHONDONTWRITEBYTECODE is removed), as on a user's machine. Each side runs in a virtualenv of its own that holds
the package and its dependencies only (ours: benchmarks/.work/venv-user, the generated package installed).

Time to first request: the wall time of a fresh interpreter that imports the client, builds it and completes
GET /api/metadata/workflow (the workflow definitions, decoded into models) against the local server —
interpreter start and imports included, nothing subtracted.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path
from typing import Any

from common import child_env, ensure_venv, log, median, ratio

OURS_CLIENT = "import conductor_client"
OURS_CLIENT_CLASS = "from conductor_client import ConductorClient"
OURS_WORKER = "from conductor_client.worker import worker, WorkerRunner"
OFFICIAL_CLIENT = ("from conductor.client.configuration.configuration import Configuration\n"
                   "from conductor.client.orkes_clients import OrkesClients")
OFFICIAL_WORKER = ("from conductor.client.automator.task_handler import TaskHandler\n"
                   "from conductor.client.worker.worker_task import worker_task")

FIRST_OURS = """
from conductor_client import ConductorClient
with ConductorClient({url!r}) as client:
    defs = client.metadata.get_all_workflow_defs()
print(len(defs))
"""
FIRST_OFFICIAL = """
from conductor.client.configuration.configuration import Configuration
from conductor.client.orkes_clients import OrkesClients
clients = OrkesClients(Configuration(server_api_url={url!r} + "/api"))
defs = clients.get_metadata_client().get_all_workflow_defs()
print(len(defs))
"""


def _wall(python: Path, code: str) -> float:
    started = time.perf_counter()
    proc = subprocess.run([str(python), "-c", code], env=child_env(), capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{python} -c {code!r}: {proc.stderr[-1500:]}")
    return seconds


def _importtime_ms(python: Path, code: str) -> tuple[float, int]:
    proc = subprocess.run([str(python), "-X", "importtime", "-c", code + "\nimport sys; print(len(sys.modules))"],
                          env=child_env(), capture_output=True, text=True, timeout=120)
    total = 0
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|", line)
        if match:
            total += int(match.group(1))
    modules = int(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else 0
    return total / 1000, modules


def run(runs: int, server_url: str | None) -> dict[str, Any]:
    official_py = ensure_venv("conductor")
    ours_py = ensure_venv("user")  # ours as a team installs it: only its own dependencies (common.ANCHORS)
    cases: dict[str, tuple[str, Path, str]] = {
        "ours_package": ("conductor_client (import the package)", ours_py, OURS_CLIENT),
        "ours_client": ("conductor_client: ConductorClient", ours_py, OURS_CLIENT_CLASS),
        "ours_worker": ("conductor_client.worker: worker, WorkerRunner", ours_py, OURS_WORKER),
        "official_client": ("conductor-python: Configuration, OrkesClients", official_py, OFFICIAL_CLIENT),
        "official_worker": ("conductor-python: TaskHandler, worker_task", official_py, OFFICIAL_WORKER),
    }
    bare = {"ours": ours_py, "official": official_py}
    samples: dict[str, list[float]] = {key: [] for key in list(cases) + [f"bare_{k}" for k in bare]}
    for i in range(runs + 1):  # interleaved, so that load from elsewhere hits every case alike
        for name, python in bare.items():
            value = _wall(python, "pass")
            if i:
                samples[f"bare_{name}"].append(value)
        for key, (_, python, code) in cases.items():
            value = _wall(python, code)
            if i:
                samples[key].append(value)
    rows: dict[str, Any] = {}
    bare_it = {name: _importtime_ms(python, "pass") for name, python in bare.items()}
    for key, (label, python, code) in cases.items():
        side = "official" if key.startswith("official") else "ours"
        wall = median(samples[key])
        net = wall - median(samples[f"bare_{side}"])
        it_ms, modules = _importtime_ms(python, code)
        rows[key] = {
            "label": label,
            "code": code,
            "wall_seconds": wall,
            "net_seconds": net,
            "importtime_net_ms": it_ms - bare_it[side][0],
            "modules": modules - bare_it[side][1],
        }
        log(f"row 3 {label}: {net * 1000:.0f} ms net, {rows[key]['modules']} modules")
    for key in ("ours_package", "ours_client"):
        rows[key]["ratio_to_official"] = ratio(rows[key]["net_seconds"], rows["official_client"]["net_seconds"])
    rows["ours_worker"]["ratio_to_official"] = ratio(rows["ours_worker"]["net_seconds"],
                                                     rows["official_worker"]["net_seconds"])
    result: dict[str, Any] = {
        "rows": rows,
        "bare_seconds": {name: median(samples[f"bare_{name}"]) for name in bare},
    }
    if server_url:
        first: dict[str, list[float]] = {"ours": [], "official": []}
        for i in range(runs + 1):
            for name, python, template in (("ours", ours_py, FIRST_OURS), ("official", official_py, FIRST_OFFICIAL)):
                value = _wall(python, template.format(url=server_url))
                if i:
                    first[name].append(value)
        ours, official = median(first["ours"]), median(first["official"])
        result["first_request"] = {
            "ours_seconds": ours,
            "official_seconds": official,
            "ratio": ratio(ours, official),
            "request": "GET /api/metadata/workflow",
        }
        log(f"row 3 first request: ours {ours * 1000:.0f} ms, official {official * 1000:.0f} ms")
    ours_pkg = rows["ours_package"]["net_seconds"]
    result["targets"] = {"import under 30 ms net": ours_pkg < 0.030}
    if "first_request" in result:
        result["targets"]["first request at most half of the official"] = (result["first_request"]["ratio"] or 9) <= 0.5
    return result
