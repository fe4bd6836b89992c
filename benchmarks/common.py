"""Shared helpers for the benchmark rows: paths, anchor virtualenvs, timing, process trees.

Standard library only: this runs in the project's .venv, but the anchors run in their own
virtualenvs under benchmarks/.work/ (created here on first use, reused afterwards).
"""

from __future__ import annotations

import json
import os
import platform
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
    "opc": (["openapi-python-client", "ruff", "httpx", "attrs", "python-dateutil"], "openapi-python-client"),
    "dcg": (["datamodel-code-generator"], "datamodel-code-generator"),
    "conductor": (["conductor-python"], "conductor-python"),
    # Not an anchor: a decoder outside pydantic, measured for issue #8's decode target (a team decision).
    "msgspec": (["msgspec"], "msgspec"),
    "tools": (["matplotlib"], "matplotlib"),
    # The generated package as a team installs it: its own dependencies and nothing of the generator's (the
    # project's .venv also holds black, click, mypy... and importing httpx imports click when it is there).
    # Compared like that with the official SDK, which has a virtualenv of its own too.
    "user": (["-e", str(REPO / "generated")], "conductor-client"),
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
    wanted = json.dumps([requirements, _local_project_files(requirements)])
    if stamp.is_file() and stamp.read_text() == wanted and venv_python(anchor).exists():
        return venv_python(anchor)
    log(f"creating {directory.relative_to(REPO)} and installing {' '.join(requirements)} (first run only)")
    if not venv_python(anchor).exists():
        subprocess.run(["python3", "-m", "venv", str(directory)], check=True, env=child_env())
    pip = [str(venv_python(anchor)), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + requirements, check=True, env=child_env())
    stamp.write_text(wanted)
    return venv_python(anchor)


def _local_project_files(requirements: list[str]) -> str:
    """The pyproject.toml of a local project in the requirements: a change (new dependencies) reinstalls."""
    texts = [(Path(item) / "pyproject.toml").read_text() for item in requirements if Path(item).is_dir()]
    return "\n".join(texts)


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
    peak_rss_mb: float      # ru_maxrss from wait4: the largest single process of the child's tree
    peak_tree_mb: float     # sampled every 20 ms: the sum of RSS over the child and its descendants
    cpu_seconds: float      # user + system of the child and its reaped children
    returncode: int
    stdout: str
    stderr: str


def run_measured(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                 timeout: float = 600) -> Run:
    """Run one command: wall time; peak memory and CPU from wait4's rusage; summed tree RSS by sampling."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env or child_env(), stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        peak_tree = 0.0
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss, _ = tree_memory_mb(process_tree(proc.pid))
            peak_tree = max(peak_tree, rss)
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    peak = usage.ru_maxrss / 1024
    return Run(seconds, peak, max(peak_tree, peak), usage.ru_utime + usage.ru_stime, proc.returncode, stdout, stderr)


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
