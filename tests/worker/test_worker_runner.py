"""Runner behaviour against the fake task server: delivery, polling, slots, shutdown, configuration."""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from worker_support import FakeConductor, run_until, subprocess_env
from support.fault_proxy import FaultProxy


def _runner(wpkg: Any, url: str, *workers: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("handle_signals", False)
    kwargs.setdefault("shutdown_grace", 5.0)
    kwargs.setdefault("overrides", wpkg.worker.Overrides(poll_interval=0.02, poll_timeout=0.05))
    kwargs.setdefault("retry", _fast_retries(wpkg))
    return wpkg.worker.WorkerRunner(list(workers), server_url=url, env=kwargs.pop("env", {}), **kwargs)


def _fast_retries(wpkg: Any) -> Any:
    retry = importlib.import_module(f"{wpkg.name}._runtime.retry")
    return retry.RetryPolicy(backoff_base=0.02, backoff_max=0.1)


# -- never lose a result ------------------------------------------------------------------------------
def test_update_is_retried_until_delivered(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t(x: int) -> int:
        return x + 1

    fake_server.update_failures = [503, 503, 503]
    task_id = fake_server.add_task("t", {"x": 1})
    assert run_until(_runner(wpkg, fake_server.url, t), lambda: fake_server.result_for(task_id) is not None) == 0
    with fake_server.lock:
        attempts = [u.answered for u in fake_server.updates if u.body["taskId"] == task_id]
    assert attempts == [503, 503, 503, 200]
    assert fake_server.result_for(task_id)["outputData"] == {"result": 2}  # type: ignore[index]


def test_update_survives_connection_failures(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker
    from support.fault_proxy import DROP, Reset

    handed = threading.Event()

    @w.worker("t")
    def t() -> str:
        handed.wait(10)
        return "ok"

    with FaultProxy.for_url(fake_server.url) as proxy:
        task_id = fake_server.add_task("t", {})
        runner = _runner(wpkg, proxy.url, t)
        # once the task is handed out: fail the next requests (the update among them) in several ways

        def arm() -> None:
            fake_server.wait_for(lambda: bool(fake_server.outstanding.get("t")), 10)
            proxy.schedule(DROP, Reset(after=0), Reset(after=5), DROP, DROP, DROP)
            handed.set()

        threading.Thread(target=arm, daemon=True).start()
        assert run_until(runner, lambda: fake_server.result_for(task_id) is not None) == 0
        assert handed.is_set()
        assert proxy.stats["dropped"] + proxy.stats["reset"] >= 1


def test_server_saying_gone_stops_retrying_and_logs_once(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> str:
        return "late"

    task_id = fake_server.add_task("t", {})
    fake_server.gone.add(task_id)
    caplog.set_level(logging.WARNING)
    runner = _runner(wpkg, fake_server.url, t)
    assert run_until(runner, lambda: any(u.body["taskId"] == task_id for u in fake_server.updates)) == 0
    time.sleep(0.2)
    with fake_server.lock:
        attempts = [u.answered for u in fake_server.updates if u.body["taskId"] == task_id]
    assert attempts == [404]
    messages = [r.getMessage() for r in caplog.records if task_id in r.getMessage()]
    assert len(messages) == 1 and "gone" in messages[0]
    assert runner.undelivered == []


def test_rejected_result_is_replaced_by_a_failure(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> str:
        return "x"

    fake_server.update_failures = [400]
    task_id = fake_server.add_task("t", {})
    assert run_until(_runner(wpkg, fake_server.url, t), lambda: fake_server.result_for(task_id) is not None) == 0
    result = fake_server.result_for(task_id)
    assert result is not None and result["status"] == "FAILED"
    assert "rejected" in result["reasonForIncompletion"]


# -- update-v2 sent by the sync workers' own threads ----------------------------------------------------
def _updates_of(fake: FakeConductor, task_id: str) -> list[tuple[str, int]]:
    with fake.lock:
        return [("v2" if u.v2 else "classic", u.answered) for u in fake.updates if u.body["taskId"] == task_id]


def test_sync_worker_threads_send_results_and_run_the_next_tasks_themselves(
    wpkg: Any, fake_server: FakeConductor, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = wpkg.worker
    fake_server.update_v2 = True

    @w.worker("t", concurrency=2)
    def t(x: int) -> int:
        return x * 10

    ids = [fake_server.add_task("t", {"x": i}) for i in range(30)]
    runner = _runner(wpkg, fake_server.url, t)
    delivered_on_the_loop = []
    delivery = importlib.import_module(f"{wpkg.name}.worker._delivery").Delivery
    deliver = delivery.deliver

    async def counting_deliver(self: Any, job: Any, first_error: Any = None) -> Any:
        delivered_on_the_loop.append(job.task_id)
        return await deliver(self, job, first_error)

    monkeypatch.setattr(delivery, "deliver", counting_deliver)
    assert run_until(runner, lambda: all(fake_server.result_for(i) is not None for i in ids)) == 0
    for i, task_id in enumerate(ids):
        result = fake_server.result_for(task_id)
        assert result is not None and result["status"] == "COMPLETED" and result["outputData"] == {"result": i * 10}
        assert _updates_of(fake_server, task_id) == [("v2", 200)]  # one request per task, nothing sent twice
    # Only the first task of each slot goes through the loop (update-v2 is not known to work before it); the
    # threads deliver the others and take their successors from the answers, without polls.
    assert len(delivered_on_the_loop) <= 4, delivered_on_the_loop
    assert sum(p.returned for p in fake_server.polls) <= 4
    assert fake_server.outstanding["t"] == set()


def test_a_failed_update_from_a_worker_thread_is_sent_again_by_the_runner(
    wpkg: Any, fake_server: FakeConductor
) -> None:
    w = wpkg.worker
    fake_server.update_v2 = True

    @w.worker("t", concurrency=1)
    def t(x: int) -> int:
        if x == 2:  # its thread sends this result: the next two updates fail
            with fake_server.lock:
                fake_server.update_failures = [503, 503]
        return x

    ids = [fake_server.add_task("t", {"x": i}) for i in (1, 2, 3)]
    assert run_until(_runner(wpkg, fake_server.url, t),
                     lambda: all(fake_server.result_for(i) is not None for i in ids)) == 0
    assert _updates_of(fake_server, ids[0]) == [("v2", 200)]
    # the thread's attempt, then the runner's: classic updates after a failure (an answer could be cut again)
    assert _updates_of(fake_server, ids[1]) == [("v2", 503), ("classic", 503), ("classic", 200)]
    assert [fake_server.result_for(i)["outputData"] for i in ids] == [{"result": 1}, {"result": 2}, {"result": 3}]  # type: ignore[index]


def test_a_gone_task_seen_by_a_worker_thread_is_dropped_once(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker
    fake_server.update_v2 = True

    @w.worker("t", concurrency=1)
    def t(x: int) -> int:
        return x

    ids = [fake_server.add_task("t", {"x": i}) for i in range(3)]
    fake_server.gone.add(ids[1])
    caplog.set_level(logging.WARNING)
    runner = _runner(wpkg, fake_server.url, t)
    assert run_until(runner, lambda: fake_server.result_for(ids[2]) is not None) == 0
    assert _updates_of(fake_server, ids[1]) == [("v2", 404)]
    assert len([r for r in caplog.records if ids[1] in r.getMessage() and "gone" in r.getMessage()]) == 1
    assert runner.undelivered == []


def test_stop_in_the_middle_of_a_chain_delivers_the_running_task_and_takes_no_more(
    wpkg: Any, fake_server: FakeConductor
) -> None:
    w = wpkg.worker
    fake_server.update_v2 = True
    started = threading.Event()
    runs: list[int] = []

    @w.worker("t", concurrency=1)
    def t(x: int) -> int:
        runs.append(x)
        if len(runs) == 3:
            started.set()
            time.sleep(0.3)  # the stop request arrives now
        return x

    ids = [fake_server.add_task("t", {"x": i}) for i in range(10)]
    runner = _runner(wpkg, fake_server.url, t)
    threading.Thread(target=lambda: (started.wait(10), runner.stop()), daemon=True).start()
    assert run_until(runner, lambda: False, timeout=20) == 0
    assert len(runs) == 3
    for task_id in ids[:3]:
        result = fake_server.result_for(task_id)
        assert result is not None and result["status"] == "COMPLETED"
    assert _updates_of(fake_server, ids[2]) == [("classic", 200)]  # stopping: no task taken with the result
    assert fake_server.outstanding["t"] == set()  # nothing handed out and left behind
    assert len(fake_server.queues["t"]) == 7


# -- polling ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("interval", [0.2, 3.0])
def test_poll_interval_is_honoured_on_an_empty_queue(wpkg: Any, fake_server: FakeConductor, interval: float) -> None:
    w = wpkg.worker

    @w.worker("idle")
    def idle() -> None: ...

    wanted = 7 if interval < 1 else 4
    runner = _runner(
        wpkg, fake_server.url, idle, overrides=w.Overrides(poll_interval=interval, poll_timeout=0)
    )
    run_until(runner, lambda: len(fake_server.polls) >= wanted, timeout=interval * wanted + 5)
    # from the second poll on: the first one's start also paid for creating the HTTP client
    times = [p.at for p in fake_server.polls][1:wanted]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(abs(g - interval) < 0.05 for g in gaps), gaps
    assert abs(statistics.mean(gaps) - interval) < 0.02, gaps
    assert all(p.timeout_ms == 0 and p.count == 1 for p in fake_server.polls)


def test_long_poll_timeout_is_sent_and_interval_counts_from_poll_start(
    wpkg: Any, fake_server: FakeConductor
) -> None:
    w = wpkg.worker

    @w.worker("idle", poll_interval=0.3, poll_timeout=0.2, worker_id="me", domain="blue")
    def idle() -> None: ...

    run_until(_runner(wpkg, fake_server.url, idle, overrides=w.Overrides()), lambda: len(fake_server.polls) >= 5)
    polls = fake_server.polls
    assert {(p.timeout_ms, p.worker_id, p.domain) for p in polls} == {(200, "me", "blue")}
    # (from the second poll on: the first one's start also paid for creating the HTTP client)
    gaps = [b.at - a.at for a, b in zip(polls[1:], polls[2:])][:2]
    assert all(abs(g - 0.3) < 0.05 for g in gaps), gaps


def test_batch_size_never_exceeds_free_slots(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker
    running = {"sync": 0, "async": 0}
    peak = {"sync": 0, "async": 0}
    lock = threading.Lock()

    @w.worker("s", concurrency=3)
    def s(n: int) -> int:
        with lock:
            running["sync"] += 1
            peak["sync"] = max(peak["sync"], running["sync"])
        time.sleep(0.05 + (n % 4) * 0.03)
        with lock:
            running["sync"] -= 1
        return n

    @w.worker("a", concurrency=4)
    async def a(n: int) -> int:
        running["async"] += 1
        peak["async"] = max(peak["async"], running["async"])
        await asyncio.sleep(0.04 + (n % 3) * 0.03)
        running["async"] -= 1
        return n

    ids = [fake_server.add_task("s", {"n": i}) for i in range(15)] + [
        fake_server.add_task("a", {"n": i}) for i in range(20)
    ]
    assert run_until(_runner(wpkg, fake_server.url, s, a),
                     lambda: all(fake_server.result_for(i) is not None for i in ids), timeout=20) == 0
    limits = {"s": 3, "a": 4}
    for p in fake_server.polls:
        assert 1 <= p.count and p.count + p.outstanding <= limits[p.task_type], p
    assert peak == {"sync": 3, "async": 4}
    assert any(p.count < limits[p.task_type] for p in fake_server.polls)  # polls were sized down


def test_poll_errors_back_off_and_recover(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> str:
        return "ok"

    fake_server.poll_failures = 5
    task_id = fake_server.add_task("t", {})
    assert run_until(_runner(wpkg, fake_server.url, t), lambda: fake_server.result_for(task_id) is not None) == 0
    failed = [p for p in fake_server.polls if p.count == -1]
    assert len(failed) == 5
    gaps = [b.at - a.at for a, b in zip(failed, failed[1:])]
    assert gaps[-1] > gaps[0]  # growing backoff


def test_server_away_then_back(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t(n: int) -> int:
        return n

    with FaultProxy.for_url(fake_server.url) as proxy:
        proxy.set_down(True)
        runner = _runner(wpkg, proxy.url, t)
        ids = [fake_server.add_task("t", {"n": i}) for i in range(3)]
        threading.Timer(0.6, proxy.set_down, args=(False,)).start()
        assert run_until(runner, lambda: all(fake_server.result_for(i) is not None for i in ids)) == 0
        assert proxy.stats["refused"] >= 2


def test_empty_poll_answered_with_204(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> str:
        return "ok"

    fake_server.empty_status = 204
    run_until(_runner(wpkg, fake_server.url, t), lambda: len(fake_server.polls) >= 3)
    task_id = fake_server.add_task("t", {})
    assert run_until(_runner(wpkg, fake_server.url, t), lambda: fake_server.result_for(task_id) is not None) == 0


# -- shutdown -----------------------------------------------------------------------------------------
def test_stop_lets_running_tasks_finish_and_deliver(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("slow", concurrency=2)
    def slow(n: int) -> int:
        time.sleep(0.5)
        return n

    ids = [fake_server.add_task("slow", {"n": i}) for i in range(2)]
    runner = _runner(wpkg, fake_server.url, slow)
    started = time.monotonic()
    assert run_until(runner, lambda: len(fake_server.outstanding.get("slow", ())) == 2) == 0
    assert time.monotonic() - started < 3
    assert all(fake_server.result_for(i) is not None for i in ids)
    polls_before = len(fake_server.polls)
    time.sleep(0.2)
    assert len(fake_server.polls) == polls_before


def test_undelivered_results_go_to_the_journal_and_are_sent_at_next_start(
    wpkg: Any, fake_server: FakeConductor, tmp_path: Path
) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t(n: int) -> int:
        return n * 10

    journal = tmp_path / "results.journal"
    fake_server.update_failures = [503] * 10_000
    task_id = fake_server.add_task("t", {"n": 4})
    runner = _runner(wpkg, fake_server.url, t, journal=journal, shutdown_grace=0.5)
    assert run_until(runner, lambda: len(fake_server.updates) >= 2) == 0
    entries = [json.loads(line) for line in journal.read_text().splitlines()]
    assert [e["taskId"] for e in entries] == [task_id] and entries[0]["outputData"] == {"result": 40}

    fake_server.update_failures = []
    runner = _runner(wpkg, fake_server.url, t, journal=journal)
    assert run_until(runner, lambda: fake_server.result_for(task_id) is not None) == 0
    assert fake_server.result_for(task_id)["outputData"] == {"result": 40}  # type: ignore[index]
    assert not journal.exists()


def test_without_journal_an_undelivered_result_is_logged_and_status_is_1(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> str:
        return "precious"

    fake_server.update_failures = [503] * 10_000
    fake_server.add_task("t", {})
    caplog.set_level(logging.ERROR)
    runner = _runner(wpkg, fake_server.url, t, shutdown_grace=0.3)
    assert run_until(runner, lambda: len(fake_server.updates) >= 2) == 1
    assert any("precious" in r.getMessage() and "NOT delivered" in r.getMessage() for r in caplog.records)


WORKER_MODULE = """
import asyncio, os, time
from {pkg}.worker import worker, TaskContext

@worker("slow_sync")
def slow_sync(seconds: float, ctx: TaskContext) -> dict:
    ctx.log("sleeping")
    time.sleep(seconds)
    return {{"slept": seconds, "pid": os.getpid()}}

@worker("slow_async")
async def slow_async(seconds: float) -> dict:
    await asyncio.sleep(seconds)
    return {{"slept": seconds}}
"""


def _start_cli(wpkg: Any, tmp_path: Path, url: str, *args: str, module: str = WORKER_MODULE) -> subprocess.Popen[str]:
    (tmp_path / "sigmod.py").write_text(module.format(pkg=wpkg.name))
    return subprocess.Popen(
        [sys.executable, "-m", f"{wpkg.name}.worker", "run", "sigmod", "--server-url", url,
         "--poll-interval", "50ms", *args],
        cwd=tmp_path, env=subprocess_env(wpkg, str(tmp_path)), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_during_running_tasks_delivers_results_and_exits_0(
    wpkg: Any, fake_server: FakeConductor, tmp_path: Path, sig: int
) -> None:
    sync_id = fake_server.add_task("slow_sync", {"seconds": 1.0})
    async_id = fake_server.add_task("slow_async", {"seconds": 1.0})
    proc = _start_cli(wpkg, tmp_path, fake_server.url, "--grace", "10s")
    try:
        assert fake_server.wait_for(
            lambda: len(fake_server.outstanding.get("slow_sync", ())) == 1
            and len(fake_server.outstanding.get("slow_async", ())) == 1, 10
        ), proc.stdout.read() if proc.poll() is not None else "not polled"  # type: ignore[union-attr]
        proc.send_signal(sig)
        signalled = time.monotonic()
        out, _ = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    polls_after = [p for p in fake_server.polls if p.at > signalled + 0.2]
    assert polls_after == [], out
    sync_result = fake_server.result_for(sync_id)
    assert sync_result is not None and sync_result["status"] == "COMPLETED", out
    assert sync_result["outputData"]["slept"] == 1.0 and sync_result["logs"][0]["log"] == "sleeping"
    assert fake_server.result_for(async_id)["status"] == "COMPLETED"  # type: ignore[index]


def test_sigterm_keeps_retrying_updates_during_the_grace_period(
    wpkg: Any, fake_server: FakeConductor, tmp_path: Path
) -> None:
    task_id = fake_server.add_task("slow_sync", {"seconds": 0.5})
    proc = _start_cli(wpkg, tmp_path, fake_server.url, "--grace", "10s")
    try:
        assert fake_server.wait_for(lambda: len(fake_server.outstanding.get("slow_sync", ())) == 1, 10)
        fake_server.update_failures = [503] * 8
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    assert fake_server.result_for(task_id) is not None, out


def test_second_signal_stops_at_once(wpkg: Any, fake_server: FakeConductor, tmp_path: Path) -> None:
    fake_server.add_task("slow_sync", {"seconds": 30})
    proc = _start_cli(wpkg, tmp_path, fake_server.url, "--grace", "60s")
    try:
        assert fake_server.wait_for(lambda: len(fake_server.outstanding.get("slow_sync", ())) == 1, 10)
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        started = time.monotonic()
        out, _ = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert time.monotonic() - started < 5
    assert "abandoned" in out


def test_processes_mode_stops_every_child(wpkg: Any, fake_server: FakeConductor, tmp_path: Path) -> None:
    ids = [fake_server.add_task("slow_sync", {"seconds": 0.8}) for _ in range(2)]
    proc = _start_cli(wpkg, tmp_path, fake_server.url, "--processes", "2", "--grace", "10s")
    try:
        assert fake_server.wait_for(lambda: len(fake_server.outstanding.get("slow_sync", ())) == 2, 20)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    pids = {fake_server.result_for(i)["outputData"]["pid"] for i in ids}  # type: ignore[index]
    assert len(pids) == 2, out  # two processes each took one
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert children == []


# -- configuration ------------------------------------------------------------------------------------
def test_settings_precedence(wpkg: Any) -> None:
    w = wpkg.worker
    from importlib import import_module

    config = import_module(f"{wpkg.name}.worker._config")

    @w.worker("charge-card", poll_interval=1.0, concurrency=2, domain="code")
    def charge() -> None: ...

    definition = charge.__conductor_worker__
    env = {
        "CONDUCTOR_WORKER_ALL_POLLING_INTERVAL": "500",
        "CONDUCTOR_WORKER_ALL_THREAD_COUNT": "7",
        "conductor_worker_charge_card_domain": "env-task",
        "CONDUCTOR_WORKER_ALL_DOMAIN": "env-all",
        "CONDUCTOR_WORKER_CHARGE_CARD_POLL_TIMEOUT": "2s",
    }
    s = config.resolve_settings(definition, w.Overrides(concurrency=5, domain="cli"), env, hostname="h")
    assert s.poll_interval == 0.5  # ALL env beats code
    assert s.concurrency == 5  # runner override beats ALL env
    assert s.domain == "env-task"  # task env beats everything (names match without regard to case)
    assert s.poll_timeout == 2.0
    assert s.worker_id == "h"
    s = config.resolve_settings(definition, None, {}, hostname="h")
    assert (s.poll_interval, s.concurrency, s.domain, s.poll_timeout) == (1.0, 2, "code", 0.1)
    with pytest.raises(config.ConfigError, match="CONDUCTOR_WORKER_ALL_THREAD_COUNT"):
        config.resolve_settings(definition, None, {"CONDUCTOR_WORKER_ALL_THREAD_COUNT": "many"})


def test_task_definitions_are_registered_at_start(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("declared", task_def={"retryCount": 1, "responseTimeoutSeconds": 30})
    def declared() -> None: ...

    @w.worker("bare")
    def bare() -> None: ...

    @w.worker("existing")
    def existing() -> None: ...

    fake_server.task_defs["existing"] = {"name": "existing", "retryCount": 9}
    fake_server.task_defs["declared"] = {"name": "declared", "retryCount": 9}
    runner = _runner(wpkg, fake_server.url, declared, bare, existing, register_task_defs=True)
    run_until(runner, lambda: "bare" in fake_server.task_defs)
    assert fake_server.task_defs["declared"] == {"retryCount": 1, "responseTimeoutSeconds": 30, "name": "declared"}
    assert fake_server.task_defs["bare"] == {"name": "bare"}
    assert fake_server.task_defs["existing"]["retryCount"] == 9  # left alone: no task_def in code


def test_metrics_hooks_are_called(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker
    calls: list[tuple[str, Any]] = []

    class Recorder(w.Metrics):  # type: ignore[misc, name-defined]
        def poll(self, task_type: str, *, tasks: int, seconds: float, error: bool) -> None:
            calls.append(("poll", (task_type, tasks, error)))

        def execution(self, task_type: str, *, status: str, seconds: float) -> None:
            calls.append(("execution", (task_type, status)))

        def update(self, task_type: str, *, outcome: str) -> None:
            calls.append(("update", (task_type, outcome)))

        def update_retry(self, task_type: str) -> None:
            calls.append(("update_retry", task_type))

    @w.worker("m")
    def m(fail: bool) -> str:
        if fail:
            raise RuntimeError("no")
        return "ok"

    fake_server.update_failures = [503]
    ids = [fake_server.add_task("m", {"fail": False}), fake_server.add_task("m", {"fail": True})]
    run_until(_runner(wpkg, fake_server.url, m, metrics=Recorder()),
              lambda: all(fake_server.result_for(i) is not None for i in ids))
    kinds = [c[0] for c in calls]
    assert ("execution", ("m", "COMPLETED")) in calls and ("execution", ("m", "FAILED")) in calls
    assert kinds.count("update_retry") == 1 and calls.count(("update", ("m", "delivered"))) == 2
    assert any(c[0] == "poll" and c[1][1] > 0 for c in calls)


def test_client_options_reach_the_http_client(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("idle")
    def idle() -> None: ...

    runner = _runner(wpkg, fake_server.url, idle, client_options={"headers": {"X-Team": "blue"}})
    run_until(runner, lambda: len(fake_server.polls) >= 1)
    assert fake_server.headers[0].get("X-Team") == "blue"


def test_prometheus_metrics_need_the_extra(wpkg: Any) -> None:
    try:
        import prometheus_client  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="prometheus"):
            wpkg.worker.PrometheusMetrics()
    else:
        registry = prometheus_client.CollectorRegistry()
        metrics = wpkg.worker.PrometheusMetrics(registry=registry)
        metrics.poll("x", tasks=2, seconds=0.01, error=False)
        assert registry.get_sample_value("conductor_worker_tasks_polled_total", {"task_type": "x"}) == 2


def test_cli_list_and_bad_module(wpkg: Any, tmp_path: Path) -> None:
    (tmp_path / "listmod.py").write_text(WORKER_MODULE.format(pkg=wpkg.name))
    env = subprocess_env(wpkg, str(tmp_path), CONDUCTOR_WORKER_SLOW_SYNC_THREAD_COUNT="3")
    out = subprocess.run([sys.executable, "-m", f"{wpkg.name}.worker", "list", "listmod"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("slow_sync\tlistmod:slow_sync\tsync\tconcurrency=3")
    assert lines[1].startswith("slow_async\tlistmod:slow_async\tasync\tconcurrency=1")
    out = subprocess.run([sys.executable, "-m", f"{wpkg.name}.worker", "run", "no_such_module_xyz"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 2 and "no_such_module_xyz" in out.stderr


def test_importing_workers_is_light(wpkg: Any, tmp_path: Path) -> None:
    (tmp_path / "lightmod.py").write_text(WORKER_MODULE.format(pkg=wpkg.name))
    code = (
        "import sys, lightmod\n"
        "heavy = [m for m in ('asyncio', 'httpx', 'pydantic', 'pydantic_core') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    # lightmod itself imports asyncio (for its async worker); the package must add nothing heavy
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=subprocess_env(wpkg, str(tmp_path)),
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "asyncio"


def test_start_to_first_poll_is_fast(wpkg: Any, fake_server: FakeConductor, tmp_path: Path) -> None:
    """Generous bound (shared, loaded machines); measured ~0.18 s beyond interpreter start on 2 busy cores."""
    (tmp_path / "fastmod.py").write_text(WORKER_MODULE.format(pkg=wpkg.name))
    env = subprocess_env(wpkg, str(tmp_path))
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    interpreter = time.monotonic() - started
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", f"{wpkg.name}.worker", "run", "fastmod", "--server-url",
                             fake_server.url, "--log-level", "WARNING"], cwd=tmp_path, env=env)
    try:
        assert fake_server.wait_for(lambda: len(fake_server.polls) >= 1, 20)
        first_poll = fake_server.polls[0].at - started
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert proc.returncode == 0
    assert first_poll - interpreter < 1.0, (first_poll, interpreter)


def test_a_paused_task_type_is_not_polled(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("held")
    def held() -> None:
        return None

    @w.worker("going")
    def going() -> None:
        return None

    runner = _runner(wpkg, fake_server.url, held, going, env={"CONDUCTOR_WORKER_HELD_PAUSED": "true"})
    run_until(runner, lambda: len(fake_server.polls) >= 5)
    assert {p.task_type for p in fake_server.polls} == {"going"}
