"""``conductor-worker``: --help, finding workers in packages and folders, settings errors, metrics and probes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from worker_support import FakeConductor, subprocess_env

WORKER = """
from {pkg}.worker import worker

@worker("{task}")
def {fn}(x: int = 0) -> int:
    return x + 1
"""


def _cli(wpkg: Any, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", f"{wpkg.name}.worker", *args], cwd=cwd,
                          env=subprocess_env(wpkg, **env), capture_output=True, text=True, timeout=60)


def _write_workers(folder: Path, pkg: str, *, init: bool) -> None:
    """Two modules, a sub-package with a third, and a test module that must never be imported."""
    (folder / "sub").mkdir(parents=True)
    (folder / "tests").mkdir()
    (folder / "alpha.py").write_text(WORKER.format(pkg=pkg, task="alpha", fn="alpha"))
    (folder / "beta.py").write_text(WORKER.format(pkg=pkg, task="beta", fn="beta"))
    (folder / "sub" / "__init__.py").write_text("")
    (folder / "sub" / "gamma.py").write_text(WORKER.format(pkg=pkg, task="gamma", fn="gamma"))
    (folder / "test_alpha.py").write_text("raise SystemExit('a test module was imported')\n")
    (folder / "tests" / "test_beta.py").write_text("raise SystemExit('a test module was imported')\n")
    if init:
        (folder / "__init__.py").write_text("")


def _listed(out: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    assert out.returncode == 0, out.stderr
    return [tuple(line.split("\t")[:2]) for line in out.stdout.splitlines()]  # type: ignore[misc]


@pytest.mark.parametrize("init", [True, False], ids=["package", "namespace-folder"])
def test_run_and_list_find_every_worker_of_a_package_or_folder(wpkg: Any, tmp_path: Path, init: bool) -> None:
    _write_workers(tmp_path / "src" / "my_workers", wpkg.name, init=init)
    expected = [("alpha", "my_workers.alpha:alpha"), ("beta", "my_workers.beta:beta"),
                ("gamma", "my_workers.sub.gamma:gamma")]
    assert _listed(_cli(wpkg, tmp_path, "list", "src/my_workers")) == expected  # a folder path
    assert _listed(_cli(wpkg, tmp_path / "src", "list", "my_workers")) == expected  # a package name
    one = _cli(wpkg, tmp_path / "src", "list", "my_workers.beta:beta", "my_workers.beta")  # both still work
    assert _listed(one) == [("beta", "my_workers.beta:beta")]


def test_a_folder_whose_name_is_not_importable(wpkg: Any, tmp_path: Path) -> None:
    _write_workers(tmp_path / "my-workers", wpkg.name, init=False)
    assert _listed(_cli(wpkg, tmp_path, "list", "my-workers")) == [
        ("alpha", "alpha:alpha"), ("beta", "beta:beta"), ("gamma", "sub.gamma:gamma")]


def test_targets_that_hold_no_worker_or_fail_are_one_line_errors(wpkg: Any, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "nothing.py").write_text("X = 1\n")
    (tmp_path / "broken.py").write_text("raise RuntimeError('boom at import')\n")
    (tmp_path / "twice").mkdir()
    (tmp_path / "twice" / "a.py").write_text(WORKER.format(pkg=wpkg.name, task="same", fn="first"))
    (tmp_path / "twice" / "b.py").write_text(WORKER.format(pkg=wpkg.name, task="same", fn="second"))
    for target, message in [
        ("empty", "error: no @worker functions in folder empty"),
        ("broken", "error: importing broken failed: RuntimeError: boom at import"),
        ("no/such/folder", "error: no/such/folder: no such file or folder"),
        ("twice", "error: two workers for task type 'same': twice.a:first and twice.b:second"),
    ]:
        out = _cli(wpkg, tmp_path, "run", target, "--server-url", "http://127.0.0.1:9")
        assert out.returncode == 2
        assert out.stderr.strip().startswith(message), out.stderr
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_help_lists_the_variables(wpkg: Any, tmp_path: Path) -> None:
    for args in (["--help"], ["run", "--help"]):
        out = _cli(wpkg, tmp_path, *args)
        assert out.returncode == 0
        for text in ("conductor.worker.<task>.<prop>", "CONDUCTOR_WORKER_ALL_<PROP>", "CONDUCTOR_WORKER_<PROP>",
                     "poll_interval / polling_interval", "thread_count", "domain", "worker_id", "paused",
                     "lease_extend_enabled", "first found wins"):
            assert text in out.stdout, (args, text)


def test_a_bad_variable_is_one_line_and_exit_2_and_strays_are_warned(wpkg: Any, tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(WORKER.format(pkg=wpkg.name, task="charge", fn="charge"))
    out = _cli(wpkg, tmp_path, "run", "w", "--server-url", "http://127.0.0.1:9",
               **{"conductor.worker.all.poll_interval": "abc"})
    assert out.returncode == 2
    assert out.stderr.strip() == ("error: conductor.worker.all.poll_interval: not a duration: 'abc' "
                                  "(use e.g. 250, 250ms, 3s)")
    out = _cli(wpkg, tmp_path, "list", "w", CONDUCTOR_WORKER_REFUND_DOMAIN="x", CONDUCTOR_WORKER_CHARGE_PAUSED="true")
    assert out.returncode == 0
    assert out.stdout.rstrip().endswith("paused=true")
    assert out.stderr.strip() == ("WARNING: CONDUCTOR_WORKER_REFUND_DOMAIN names task 'REFUND', which no worker "
                                  "here has (workers: charge); ignored")


BLOCK_PROMETHEUS = (
    "import sys, runpy; sys.modules['prometheus_client'] = None; sys.argv[0] = 'conductor-worker'; "
    "runpy.run_module('{pkg}.worker', run_name='__main__')"
)


def test_metrics_port_without_prometheus_client_is_one_line_with_the_install_command(
    wpkg: Any, tmp_path: Path
) -> None:
    (tmp_path / "w.py").write_text(WORKER.format(pkg=wpkg.name, task="charge", fn="charge"))
    out = subprocess.run(
        [sys.executable, "-c", BLOCK_PROMETHEUS.format(pkg=wpkg.name), "run", "w", "--metrics-port", "0",
         "--server-url", "http://127.0.0.1:9"],
        cwd=tmp_path, env=subprocess_env(wpkg), capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("error: --metrics-port needs prometheus_client, which is not installed: pip install ")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_metrics_health_and_ready_answer_apart(wpkg: Any, fake_server: FakeConductor, tmp_path: Path) -> None:
    pytest.importorskip("prometheus_client")  # a dev dependency of this repository: present in CI
    (tmp_path / "w.py").write_text(WORKER.format(pkg=wpkg.name, task="charge", fn="charge"))
    port = _free_port()
    fake_server.poll_failures = 10**6  # the server fails every poll: alive, not ready
    proc = subprocess.Popen(
        [sys.executable, "-m", f"{wpkg.name}.worker", "run", "w", "--server-url", fake_server.url,
         "--metrics-port", str(port), "--poll-interval", "20ms"],
        cwd=tmp_path, env=subprocess_env(wpkg), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _ = _get(f"{base}/health")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the endpoints never came up"
                time.sleep(0.1)
        assert status == 200
        assert fake_server.wait_for(lambda: fake_server.poll_failures < 10**6, 10)  # a poll failed
        assert _get(f"{base}/ready")[0] == 503
        with fake_server.lock:
            fake_server.poll_failures = 0  # polls work again
        assert fake_server.wait_for(lambda: any(p.count > 0 for p in fake_server.polls), 15)
        deadline = time.monotonic() + 5
        while _get(f"{base}/ready")[0] != 200:
            assert time.monotonic() < deadline, "never ready although polls succeed"
            time.sleep(0.05)
        status, body = _get(f"{base}/metrics")
        assert status == 200 and 'conductor_worker_polls_total{outcome="empty",task_type="charge"}' in body
        assert _get(f"{base}/health")[1] == "ok\n"
        assert _get(f"{base}/")[0] == 404 and _get(f"{base}/other")[0] == 404
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
