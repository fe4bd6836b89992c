"""Shared helpers for the benchmark rows: paths, anchor virtualenvs, timing, process trees.

Standard library only: this runs in the project's .venv, but the anchors run in their own
virtualenvs under benchmarks/.work/ (created here on first use, reused afterwards).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / ".work"
RESULTS = BENCH / "results"
SPEC = REPO / "spec" / "conductor-openapi.json"
VENV = REPO / ".venv"
PY = VENV / "bin" / "python"

# Each anchor gets its own virtualenv: name -> (pip requirements, the distribution whose version we report)
ANCHORS: dict[str, tuple[list[str], str]] = {
    "opc": (["openapi-python-client", "httpx", "attrs", "python-dateutil"], "openapi-python-client"),
    "dcg": (["datamodel-code-generator"], "datamodel-code-generator"),
    "conductor": (["conductor-python"], "conductor-python"),
    "tools": (["matplotlib"], "matplotlib"),
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured children: bytecode caching on (the sandbox turns it off), quiet pip."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(extra)
    return env


# --------------------------------------------------------------------------------------------------
# anchor virtualenvs
# --------------------------------------------------------------------------------------------------
def venv_dir(anchor: str) -> Path:
    return WORK / f"venv-{anchor}"


def venv_python(anchor: str) -> Path:
    return venv_dir(anchor) / "bin" / "python"


def venv_bin(anchor: str, name: str) -> Path:
    return venv_dir(anchor) / "bin" / name


def ensure_venv(anchor: str) -> Path:
    """Create benchmarks/.work/venv-<anchor> and install the anchor into it, unless already done."""
    requirements, _ = ANCHORS[anchor]
    directory = venv_dir(anchor)
    stamp = directory / ".bench-installed"
    wanted = json.dumps(requirements)
    if stamp.is_file() and stamp.read_text() == wanted and venv_python(anchor).exists():
        return venv_python(anchor)
    log(f"creating {directory.relative_to(REPO)} and installing {' '.join(requirements)} (first run only)")
    if not venv_python(anchor).exists():
        subprocess.run([sys.executable if not (VENV / 'bin' / 'python').exists() else "python3",
                        "-m", "venv", str(directory)], check=True)
    pip = [str(venv_python(anchor)), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + requirements, check=True, env=child_env())
    stamp.write_text(wanted)
    return venv_python(anchor)


def installed_version(python: Path, distribution: str) -> str:
    out = subprocess.run(
        [str(python), "-c", f"import importlib.metadata as m; print(m.version({distribution!r}))"],
        capture_output=True, text=True, env=child_env(),
    )
    return out.stdout.strip() or "?"


# --------------------------------------------------------------------------------------------------
# measuring
# --------------------------------------------------------------------------------------------------
@dataclass
class Run:
    seconds: float          # wall time
    peak_rss_mb: float      # peak resident set of the child (largest of its process tree, per getrusage)
    cpu_seconds: float      # user + system of the child and its reaped children
    returncode: int
    stdout: str
    stderr: str


def run_measured(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                 timeout: float = 600) -> Run:
    """Run one command; wall time, and peak RSS / CPU from /usr/bin/time -v (getrusage as a fallback)."""
    timer = shutil.which("time", path="/usr/bin") if Path("/usr/bin/time").exists() else None
    full = ["/usr/bin/time", "-v", *cmd] if timer else list(cmd)
    before = os.times()
    started = time.perf_counter()
    proc = subprocess.run(full, cwd=cwd, env=env or child_env(), capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - started
    after = os.times()
    stderr = proc.stderr
    peak_kb = 0.0
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if timer:
        body, sep, report = stderr.rpartition("\tCommand being timed:")
        if sep:
            stderr = body
            for line in report.splitlines():
                line = line.strip()
                if line.startswith("Maximum resident set size (kbytes):"):
                    peak_kb = float(line.rsplit(":", 1)[1])
    if not peak_kb:
        import resource

        peak_kb = float(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # high-water mark, all children
    return Run(seconds, peak_kb / 1024, cpu, proc.returncode, proc.stdout, stderr)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def repeat(fn: Callable[[], float], runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    return [fn() for _ in range(runs)]


def ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or reference is None or not reference or value != value or reference != reference:
        return None
    return value / reference


# --------------------------------------------------------------------------------------------------
# process trees (the official worker forks one process per worker)
# --------------------------------------------------------------------------------------------------
def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def process_tree(pid: int) -> list[int]:
    children = _children_map()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


_TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pids: Sequence[int]) -> float:
    """user + system CPU of the live processes (and of the children they reaped)."""
    total = 0.0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        # fields[11..14] = utime stime cutime cstime (fields[0] is the state)
        total += sum(int(v) for v in fields[11:15]) / _TICKS
    return total


def tree_memory_mb(pids: Sequence[int]) -> tuple[float, float]:
    """(sum of RSS, sum of PSS) in MB over the processes; PSS splits shared pages fairly."""
    rss = pss = 0.0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("Rss:"):
                rss += int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss += int(line.split()[1]) / 1024
    return rss, pss


# --------------------------------------------------------------------------------------------------
# machine
# --------------------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "nproc": os.cpu_count(),
        "memory_gb": mem_gb,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_at_start": round(load, 2) if load is not None else None,
    }
