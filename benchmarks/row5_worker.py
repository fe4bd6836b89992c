"""Row 5: the worker runtime against the real server, ours vs conductor-python's TaskHandler.

Start-to-first-poll: before the worker starts, one workflow per task type is started, so each type has one task
waiting. The worker process is launched at t0 (wall clock); the server stamps a task's `startTime` when a worker
polls it, so `startTime - t0` is the time from launch to that worker's first poll (the same clock: the server
runs on this machine). Reported for 1 worker and for 10 workers (10 task types; the slowest of the ten).
Memory: RSS (and PSS, which shares common pages out fairly) summed over the worker's process tree once every
task was polled and completed.

Throughput: 1,000 workflows of one task type are queued first; then one worker (concurrency 10 for both: ours
`concurrency=10`, theirs `thread_count=10`; poll interval and long-poll timeout at both defaults, 100 ms)
runs them. Window: from the first task's `startTime` to the last task's `updateTime` (server clock); CPU: the
worker tree's user+system time, sampled every 25 ms from /proc and interpolated at the window's ends (so start-up
and idle polling after the last task are left out). Tasks/s = 1000 / window; CPU per task = CPU in window / 1000.
"""

from __future__ import annotations

import bisect
import os
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from common import (BENCH, WORK, child_env, ensure_venv, log, median, process_tree, ratio, tree_cpu_seconds,
                    tree_memory_mb)

OWNER = "bench@example.com"


class Server:
    """The few calls the harness makes (plain httpx, not the client under test)."""

    def __init__(self, url: str) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.http = httpx.Client(base_url=self.url + "/api", timeout=60.0)

    def register(self, prefix: str, count: int) -> None:
        task_defs = [{"name": f"{prefix}_{i}", "retryCount": 0, "timeoutSeconds": 600, "totalTimeoutSeconds": 0,
                      "responseTimeoutSeconds": 300, "timeoutPolicy": "TIME_OUT_WF", "ownerEmail": OWNER}
                     for i in range(count)]
        self.http.post("/metadata/taskdefs", json=task_defs).raise_for_status()
        workflow_defs = [{
            "name": f"{prefix}_wf_{i}", "version": 1, "schemaVersion": 2, "ownerEmail": OWNER,
            "timeoutSeconds": 0, "timeoutPolicy": "ALERT_ONLY", "restartable": True,
            "tasks": [{"name": f"{prefix}_{i}", "taskReferenceName": "work", "type": "SIMPLE",
                       "inputParameters": {"n": "${workflow.input.n}"}}],
        } for i in range(count)]
        self.http.put("/metadata/workflow", json=workflow_defs).raise_for_status()

    def start(self, name: str, n: int, correlation_id: str, client: Any = None) -> str:
        http = client or self.http
        response = http.post("/workflow", json={"name": name, "version": 1, "input": {"n": n},
                                                "correlationId": correlation_id})
        response.raise_for_status()
        return str(response.text).strip().strip('"')

    def start_many(self, name: str, count: int, correlation_id: str, threads: int = 4) -> list[str]:
        import httpx

        clients = [httpx.Client(base_url=self.url + "/api", timeout=60.0) for _ in range(threads)]
        try:
            with ThreadPoolExecutor(threads) as pool:
                return list(pool.map(lambda n: self.start(name, n, correlation_id, clients[n % threads]),
                                     range(count)))
        finally:
            for client in clients:
                client.close()

    def workflow(self, workflow_id: str) -> dict[str, Any]:
        response = self.http.get(f"/workflow/{workflow_id}", params={"includeTasks": "true"})
        response.raise_for_status()
        return dict(response.json())

    def correlated(self, name: str, correlation_id: str, tasks: bool) -> list[dict[str, Any]]:
        response = self.http.get(f"/workflow/{name}/correlated/{correlation_id}",
                                 params={"includeClosed": "true", "includeTasks": "true" if tasks else "false"})
        response.raise_for_status()
        return list(response.json())

    def close(self) -> None:
        self.http.close()


class Worker:
    """One worker deployment (a process and whatever it spawns), with /proc sampling of its tree."""

    def __init__(self, impl: str, prefix: str, count: int, concurrency: int, url: str, log_path: Path) -> None:
        python = ensure_venv("user" if impl == "ours" else "conductor")  # each in a virtualenv of its own
        env = child_env(CONDUCTOR_SERVER_URL=url, BENCH_PREFIX=prefix, BENCH_COUNT=str(count),
                        BENCH_CONCURRENCY=str(concurrency))
        self.log = open(log_path, "ab")
        self.started_wall = time.time()
        self.proc = subprocess.Popen([str(python), str(BENCH / "workers" / f"{impl}.py")], env=env, cwd=WORK,
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        self.samples: list[tuple[float, float]] = []  # (wall time, tree CPU seconds)
        self._seen: set[int] = {self.proc.pid}
        self._stop = threading.Event()
        self._sampler: threading.Thread | None = None

    def tree(self) -> list[int]:
        pids = process_tree(self.proc.pid)
        self._seen.update(pids)
        return pids

    def memory(self) -> tuple[float, float, int]:
        pids = self.tree()
        rss, pss = tree_memory_mb(pids)
        return rss, pss, len(pids)

    def sample_cpu(self, period: float = 0.025) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                self.samples.append((time.time(), tree_cpu_seconds(self.tree())))
                self._stop.wait(period)

        self._sampler = threading.Thread(target=loop, daemon=True)
        self._sampler.start()

    def cpu_at(self, when: float) -> float:
        times = [t for t, _ in self.samples]
        i = bisect.bisect_left(times, when)
        if i <= 0:
            return self.samples[0][1]
        if i >= len(self.samples):
            return self.samples[-1][1]
        (t0, c0), (t1, c1) = self.samples[i - 1], self.samples[i]
        return c0 + (c1 - c0) * ((when - t0) / (t1 - t0) if t1 > t0 else 0)

    def stop(self) -> None:
        self._stop.set()
        if self._sampler is not None:
            self._sampler.join()
        self.tree()
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        # conductor-python's children may outlive their parent (see DESIGN-NOTES): end every process we saw.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            alive = [pid for pid in self._seen if _alive(pid)]
            if not alive:
                break
            for pid in alive:
                try:
                    os.kill(pid, sig)
                except (ProcessLookupError, PermissionError):
                    pass
            time.sleep(1.0)
        if self.proc.poll() is None:
            self.proc.wait(timeout=10)
        try:  # anything left in its process group (it was started in a session of its own)
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.log.close()


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return not stat[stat.rindex(")") + 2:].startswith("Z")


def _wait_completed(server: Server, ids: list[str], worker: Worker, timeout: float) -> list[dict[str, Any]]:
    deadline = time.time() + timeout
    done: dict[str, dict[str, Any]] = {}
    while time.time() < deadline:
        for workflow_id in ids:
            if workflow_id not in done:
                wf = server.workflow(workflow_id)
                if wf.get("status") != "RUNNING":
                    done[workflow_id] = wf
        if len(done) == len(ids):
            return [done[i] for i in ids]
        if worker.proc.poll() is not None:
            raise RuntimeError(f"the worker exited with {worker.proc.returncode} (log: {worker.log.name})")
        time.sleep(0.05)
    raise TimeoutError(f"{len(ids) - len(done)} of {len(ids)} workflows still running after {timeout:.0f} s")


def start_latency(server: Server, impl: str, prefix: str, count: int, tag: str, url: str) -> dict[str, Any]:
    ids = [server.start(f"{prefix}_wf_{i}", i, f"start-{tag}") for i in range(count)]
    worker = Worker(impl, prefix, count, 1, url, WORK / "logs" / f"worker-{impl}.log")
    try:
        workflows = _wait_completed(server, ids, worker, timeout=60)
        rss, pss, processes = worker.memory()
    finally:
        worker.stop()
    polls = []
    for wf in workflows:
        task = (wf.get("tasks") or [{}])[0]
        polls.append(task.get("startTime", 0) / 1000 - worker.started_wall)
    bad = [wf["workflowId"] for wf in workflows if wf.get("status") != "COMPLETED"]
    return {"first_poll_seconds": min(polls), "all_polled_seconds": max(polls), "rss_mb": rss, "pss_mb": pss,
            "processes": processes, "not_completed": len(bad)}


def throughput(server: Server, impl: str, prefix: str, tasks: int, concurrency: int, tag: str,
               url: str) -> dict[str, Any]:
    name = f"{prefix}_wf_0"
    correlation = f"tp-{tag}"
    queued_at = time.perf_counter()
    ids = server.start_many(name, tasks, correlation)
    queue_seconds = time.perf_counter() - queued_at
    worker = Worker(impl, prefix, 1, concurrency, url, WORK / "logs" / f"worker-{impl}.log")
    worker.sample_cpu()
    try:
        deadline = time.time() + 300
        while True:
            summaries = server.correlated(name, correlation, tasks=False)
            finished = sum(1 for wf in summaries if wf.get("status") != "RUNNING")
            if finished >= tasks:
                break
            if worker.proc.poll() is not None:
                raise RuntimeError(f"the worker exited with {worker.proc.returncode} (log: {worker.log.name})")
            if time.time() > deadline:
                raise TimeoutError(f"{tasks - finished} of {tasks} workflows still running after 300 s")
            time.sleep(0.5)
        time.sleep(0.1)  # one more CPU sample after the last update
        rss, pss, processes = worker.memory()
    finally:
        worker.stop()
    workflows = server.correlated(name, correlation, tasks=True)
    all_tasks = [t for wf in workflows for t in (wf.get("tasks") or [])]
    completed = [t for t in all_tasks if t.get("status") == "COMPLETED"]
    first = min(t["startTime"] for t in all_tasks) / 1000
    last = max(t.get("updateTime") or t.get("endTime") or 0 for t in all_tasks) / 1000
    window = last - first
    cpu = worker.cpu_at(last) - worker.cpu_at(first)
    return {
        "tasks": len(all_tasks), "completed": len(completed), "ids": len(ids), "queue_seconds": queue_seconds,
        "window_seconds": window, "tasks_per_second": len(completed) / window if window > 0 else None,
        "cpu_seconds": cpu, "cpu_ms_per_task": cpu * 1000 / max(1, len(completed)), "rss_mb": rss, "pss_mb": pss,
        "processes": processes, "concurrency": concurrency,
    }


def run(url: str, runs: int, tasks: int, concurrency: int) -> dict[str, Any]:
    ensure_venv("conductor")
    (WORK / "logs").mkdir(parents=True, exist_ok=True)
    for impl in ("ours", "official"):
        (WORK / "logs" / f"worker-{impl}.log").write_bytes(b"")
    server = Server(url)
    run_id = time.strftime("%H%M%S") + f"{os.getpid() % 1000:03d}"

    def fresh(impl: str, what: str, count: int) -> str:
        # Task types of their own for every run: a worker stopped while its long poll is still open at the
        # server can still be handed a task queued just after (the server holds it for a dead client until
        # responseTimeoutSeconds), so no task type is reused from one worker process to the next.
        prefix = f"bench_{impl}_{run_id}_{what}"
        server.register(prefix, count)
        return prefix

    result: dict[str, Any] = {"impl": {}}
    try:
        for impl in ("ours", "official"):
            result["impl"][impl] = {}
        for count, label, count_runs in ((1, "one_worker", runs), (10, "ten_workers", max(1, runs - 1))):
            for impl in ("ours", "official"):  # alternate so that load from elsewhere hits both
                samples = []
                for i in range(count_runs + 1):
                    sample = start_latency(server, impl, fresh(impl, f"s{count}r{i}", count), count, f"{label}-{i}",
                                           url)
                    if i:
                        samples.append(sample)
                summary = {key: median([s[key] for s in samples]) for key in samples[0]}
                summary["samples_all_polled"] = [round(s["all_polled_seconds"], 3) for s in samples]
                result["impl"][impl][label] = summary
                log(f"row 5 {impl} {label}: all polled after {summary['all_polled_seconds']:.2f} s, "
                    f"RSS {summary['rss_mb']:.0f} MB in {summary['processes']:.0f} process(es)")
        for impl in ("ours", "official"):
            tp = throughput(server, impl, fresh(impl, "tp", 1), tasks, concurrency, "1000", url)
            result["impl"][impl]["throughput"] = tp
            log(f"row 5 {impl} throughput: {tp['tasks_per_second']:.0f} tasks/s, "
                f"{tp['cpu_ms_per_task']:.2f} ms CPU per task ({tp['completed']}/{tp['tasks']} completed)")
    finally:
        server.close()
    ours, official = result["impl"]["ours"], result["impl"]["official"]
    result["ratios"] = {
        "one_worker_start": ratio(ours["one_worker"]["all_polled_seconds"],
                                  official["one_worker"]["all_polled_seconds"]),
        "ten_workers_start": ratio(ours["ten_workers"]["all_polled_seconds"],
                                   official["ten_workers"]["all_polled_seconds"]),
        "ten_workers_rss": ratio(ours["ten_workers"]["rss_mb"], official["ten_workers"]["rss_mb"]),
        "cpu_per_task": ratio(ours["throughput"]["cpu_ms_per_task"], official["throughput"]["cpu_ms_per_task"]),
        "tasks_per_second": ratio(ours["throughput"]["tasks_per_second"], official["throughput"]["tasks_per_second"]),
    }
    result["targets"] = {
        "start-to-first-poll under 0.25 s (1 worker)": ours["one_worker"]["all_polled_seconds"] < 0.25,
        "start-to-first-poll under 0.25 s (10 workers)": ours["ten_workers"]["all_polled_seconds"] < 0.25,
        "10 workers: a tenth of the official's memory": (result["ratios"]["ten_workers_rss"] or 9) <= 0.1,
        "CPU per task at most a third of the official's": (result["ratios"]["cpu_per_task"] or 9) <= 1 / 3,
    }
    result["settings"] = {"tasks": tasks, "concurrency": concurrency, "runs": runs, "run_id": run_id}
    return result
