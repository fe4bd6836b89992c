"""Running the command line on a spec as a subprocess, and what a run must never do."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "hostile_cli_probe.py"
PACKAGE = "hostile_cli_pkg"


@dataclass
class CliRun:
    exit_code: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float
    network: list[str]
    output_before: str
    output_after: str
    stray: list[str]


def tree_digest(folder: Path) -> str:
    """Every file's path and bytes under `folder`, as one hash."""
    digest = hashlib.sha256()
    if folder.exists():
        for path in sorted(folder.rglob("*")):
            digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
            if path.is_file():
                digest.update(path.read_bytes())
    return digest.hexdigest()


def previous_output(folder: Path) -> None:
    """What a previous run left in --output: it must survive a failed run byte for byte."""
    (folder / PACKAGE).mkdir(parents=True, exist_ok=True)
    (folder / PACKAGE / "__init__.py").write_text('"""The previous good package."""\n', "utf-8")
    (folder / "README.md").write_text("previous\n", "utf-8")


def run_cli(spec: Path | str, workdir: Path, *, timeout: float = 120.0, extra_args: tuple[str, ...] = (),
            env: dict[str, str] | None = None) -> CliRun:
    """`conductor-codegen generate SPEC --output workdir/out` from `workdir` (no pyproject.toml there)."""
    workdir.mkdir(parents=True, exist_ok=True)
    output = workdir / "out"
    previous_output(output)
    before = tree_digest(output)
    entries_before = set(os.listdir(workdir))
    report = workdir / "probe-report.json"
    command = [sys.executable, str(PROBE), str(report), "--", "generate", str(spec), "--output", str(output),
               "--package-name", PACKAGE, *extra_args]
    full_env = {k: v for k, v in os.environ.items() if k != "CONDUCTOR_CODEGEN_DEBUG"}
    full_env.update(env or {})
    started = time.perf_counter()
    done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=timeout, env=full_env,
                          errors="replace")
    seconds = time.perf_counter() - started
    data = json.loads(report.read_text("utf-8")) if report.is_file() else {}
    peak_kb = data.get("peak_rss_kb", 0)
    stray = sorted(set(os.listdir(workdir)) - entries_before - {"probe-report.json", ".cache", "PWNED"})
    return CliRun(done.returncode, done.stdout, done.stderr, seconds, peak_kb / 1024, data.get("network", []),
                  before, tree_digest(output), stray)


def assert_clean_outcome(run: CliRun, *, expect: str = "either", codes: tuple[str, ...] = (),
                         max_seconds: float = 60.0, max_rss_mb: float = 1024.0) -> None:
    """A clear error (exit 2, a diagnostic, --output untouched) or a package (exit 0); never a traceback."""
    context = f"exit {run.exit_code} in {run.seconds:.1f} s\nstdout: {run.stdout[-800:]}\nstderr: {run.stderr[-1500:]}"
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout, context
    assert run.exit_code in (0, 2), "neither a package nor a clear error: " + context
    if expect == "error":
        assert run.exit_code == 2, "expected a clear error: " + context
    elif expect == "ok":
        assert run.exit_code == 0, "expected a package: " + context
    if run.exit_code == 2:
        assert "error[" in run.stderr or "error:" in run.stderr, context
        assert run.output_after == run.output_before, "--output was changed by a failed run: " + context
        assert not run.stray, f"a failed run left {run.stray} beside the output: " + context
    else:
        assert run.output_after != run.output_before, "exit 0 but nothing was written: " + context
    for code in codes:
        assert f"[{code}]" in run.stderr, f"expected a diagnostic [{code}]: " + context
    assert run.seconds < max_seconds, f"took {run.seconds:.1f} s: " + context
    assert run.peak_rss_mb < max_rss_mb, f"peak memory {run.peak_rss_mb:.0f} MB: " + context
    assert not run.network, f"the run tried the network: {run.network[:5]}\n" + context
