"""``conductor-worker`` as its users run it, against the real Conductor server.

- a folder written by ``conductor-codegen scaffold`` and run with the command scaffold prints completes a
  workflow, with the official SDK's variables in effect (a domain set by a variable is the domain polled; a
  paused task type is not polled at all; a variable naming no worker is warned about);
- a server stopped and started again on its database (``scripts/conductor-server stop --keep-data`` /
  ``start --keep-data``) while the worker runs: every task completes, no result lost.  That test runs its own
  server (its own state dir and port), so the shared one is left alone.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from worker_support import subprocess_env

from generator.cli import main as codegen

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "conductor-server"
OWNER = {"ownerEmail": "e2e@example.com"}  # servers before 3.22 refuse definitions without one


class Server:
    """Setting up and checking with plain httpx (not the code under test)."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30.0, trust_env=False)

    def ok(self, response: httpx.Response) -> httpx.Response:
        assert response.is_success, f"{response.request.url}: {response.status_code} {response.text[:300]}"
        return response

    def define(self, workflow: str, task_names: list[str], **task_def: Any) -> None:
        self.ok(self.http.post("/api/metadata/taskdefs", json=[
            {"name": n, "retryCount": 0, "responseTimeoutSeconds": 300, **OWNER, **task_def} for n in task_names]))
        tasks = [{"name": n, "taskReferenceName": f"t{i}", "type": "SIMPLE",
                  "inputParameters": {"n": "${workflow.input.n}"}} for i, n in enumerate(task_names)]
        self.ok(self.http.post("/api/metadata/workflow", json={
            "name": workflow, "version": 1, "schemaVersion": 2, "tasks": tasks, "timeoutSeconds": 0, **OWNER}))

    def start(self, workflow: str, n: int, task_to_domain: dict[str, str] | None = None) -> str:
        body = {"name": workflow, "version": 1, "input": {"n": n}, "taskToDomain": task_to_domain or {}}
        return self.ok(self.http.post("/api/workflow", json=body)).text.strip()

    def workflow(self, workflow_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self.ok(self.http.get(f"/api/workflow/{workflow_id}",
                                                      params={"includeTasks": "true"})).json()
        return found

    def wait_done(self, ids: list[str], timeout: float) -> dict[str, dict[str, Any]]:
        deadline = time.monotonic() + timeout
        done: dict[str, dict[str, Any]] = {}
        while time.monotonic() < deadline and len(done) < len(ids):
            for wid in ids:
                if wid not in done:
                    try:
                        found = self.workflow(wid)
                    except (httpx.HTTPError, AssertionError):
                        continue  # the server may be restarting
                    if found["status"] != "RUNNING":
                        done[wid] = found
            time.sleep(0.25)
        assert len(done) == len(ids), f"{len(ids) - len(done)} workflow(s) not finished in {timeout}s"
        return done

    def poll_data(self, task_type: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.ok(self.http.get("/api/tasks/queue/polldata",
                                                            params={"taskType": task_type})).json()
        return found


def _stop(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        out, _ = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


# ---------------------------------------------------------------------------------------------------------
def test_scaffolded_folder_runs_with_the_official_sdks_variables(
    wpkg: Any, conductor_server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = f"ux_{uuid.uuid4().hex[:8]}"
    charge, ship, held = f"{prefix}_charge", f"{prefix}-ship", f"{prefix}_held"
    server = Server(conductor_server.url)
    server.define(f"{prefix}_flow", [charge, ship])
    server.define(f"{prefix}_held_flow", [held])

    source = tmp_path / "taskdefs.json"
    source.write_text(json.dumps([{"name": n, "inputKeys": ["n"], "outputKeys": ["by"]} for n in (charge, ship, held)]))
    assert codegen(["scaffold", str(source), "--out", str(tmp_path / "workers"), "--package-name", wpkg.name]) == 0
    command = capsys.readouterr().out.strip().splitlines()[-1]
    assert command.startswith("run them: ") and " conductor-worker run " in command
    target = shlex.split(command)[-1]
    for stub in (tmp_path / "workers").glob("*.py"):  # write the work: each task says who did it
        text = stub.read_text()
        stub.write_text(re.sub(r"raise NotImplementedError\(.*\)", 'return {"by": ctx.task_id, "n": task_input.n}',
                               text))

    env = subprocess_env(
        wpkg, str(tmp_path),
        CONDUCTOR_SERVER_URL=conductor_server.url,
        CONDUCTOR_WORKER_ALL_POLL_INTERVAL="50",  # every worker, ms
        **{f"conductor.worker.{ship}.domain": "blue"},  # this task type only, dotted form with the exact name
        **{f"CONDUCTOR_WORKER_{held.upper()}_PAUSED": "true"},  # underscore form
        CONDUCTOR_WORKER_NO_SUCH_TASK_DOMAIN="x",  # names no worker: warned about
    )
    worker = subprocess.Popen([sys.executable, "-m", f"{wpkg.name}.worker", *shlex.split(command)[-2:]],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert shlex.split(command)[-2:] == ["run", target]
        flows = [server.start(f"{prefix}_flow", i, {ship: "blue"}) for i in range(3)]
        paused_flow = server.start(f"{prefix}_held_flow", 9)
        done = server.wait_done(flows, timeout=120)
        time.sleep(1.0)  # the paused worker had every chance to poll meanwhile
        paused = server.workflow(paused_flow)
        pollers_of_held = server.poll_data(held)
        pollers_of_ship = server.poll_data(ship)
    finally:
        out = _stop(worker)
    assert worker.returncode == 0, out
    for wid, flow in done.items():
        assert flow["status"] == "COMPLETED", (wid, flow["status"], flow.get("reasonForIncompletion"), out)
        shipped = next(t for t in flow["tasks"] if t["taskDefName"] == ship)
        assert shipped["domain"] == "blue"
        for task in flow["tasks"]:
            assert task["outputData"]["by"] == task["taskId"]
    assert paused["status"] == "RUNNING" and paused["tasks"][0]["status"] == "SCHEDULED"
    assert paused["tasks"][0].get("pollCount", 0) == 0 and pollers_of_held == []
    assert {p.get("domain") for p in pollers_of_ship} == {"blue"}  # polled in its domain only
    assert "CONDUCTOR_WORKER_NO_SUCH_TASK_DOMAIN names task 'NO_SUCH_TASK', which no worker here has" in out
    server.ok(server.http.delete(f"/api/workflow/{paused_flow}", params={"reason": "test over"}))  # terminate


# ---------------------------------------------------------------------------------------------------------
OWN_START_TIMEOUT = os.environ.get("CONDUCTOR_SERVER_START_TIMEOUT", "900")  # a second server, a busy machine

SLOW_WORKER = """
import json, time
from {pkg}.worker import TaskContext, worker

@worker("{task}")
def slow(n: int, ctx: TaskContext) -> dict:
    time.sleep(3.0)
    with open({computed!r}, "a") as record:  # every result computed, to check none is lost
        record.write(json.dumps({{"task": ctx.task_id, "n": n + 1}}) + "\\n")
    return {{"n": n + 1}}
"""

def _script(state_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONDUCTOR_SERVER_")}
    env["CONDUCTOR_SERVER_STATE_DIR"] = str(state_dir)  # its own record: the shared server is left alone
    env["CONDUCTOR_SERVER_START_TIMEOUT"] = OWN_START_TIMEOUT
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=float(OWN_START_TIMEOUT) + 300, stdin=subprocess.DEVNULL, cwd=ROOT)


@pytest.mark.timeout(3 * float(OWN_START_TIMEOUT) + 600)  # three server starts' worth on a busy machine
def test_server_restarted_on_its_database_mid_run_loses_no_result(wpkg: Any, tmp_path: Path) -> None:
    state_dir = tmp_path / "server-state"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = _script(state_dir, "start", "--port", str(port), "--json")
    assert started.returncode == 0, started.stderr
    record = json.loads(started.stdout)
    url = record["url"]
    # The server is away about as long as it takes to start (15 s on an idle machine, minutes on a busy one).
    # Results computed meanwhile must still be taken: the response timeout outlasts the outage.  A task the
    # server handed out in an answer cut by its stop comes back after that timeout (hence the retries).
    response_timeout = int(max(60, 2 * float(record["start_seconds"]) + 30))
    computed_file = tmp_path / "computed.jsonl"
    worker: subprocess.Popen[str] | None = None
    timeline: list[tuple[str, float]] = []
    t0 = time.monotonic()
    try:
        task = f"ux_restart_{uuid.uuid4().hex[:8]}"
        server = Server(url)
        server.define(f"{task}_flow", [task, task, task], retryCount=3, retryDelaySeconds=0,
                      responseTimeoutSeconds=response_timeout)
        (tmp_path / "slow_workers.py").write_text(
            SLOW_WORKER.format(pkg=wpkg.name, task=task, computed=str(computed_file)))
        worker = subprocess.Popen(
            [sys.executable, "-m", f"{wpkg.name}.worker", "run", "slow_workers", "--server-url", url,
             "--poll-interval", "50ms", "--concurrency", "4"],
            cwd=tmp_path, env=subprocess_env(wpkg, str(tmp_path)), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True,
        )
        flows = [server.start(f"{task}_flow", i * 10) for i in range(4)]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            # Stop the server once results were delivered and a task (3 s) has just started: its result is
            # computed while the server is away.
            tasks = [t for wid in flows for t in server.workflow(wid)["tasks"]]
            now_ms = time.time() * 1000
            fresh = [t for t in tasks if t["status"] == "IN_PROGRESS" and now_ms - int(t.get("startTime") or 0) < 2000]
            if sum(t["status"] == "COMPLETED" for t in tasks) >= 4 and fresh:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the worker never started a task after completing four")
        server.http.close()
        timeline.append(("stopping", time.monotonic() - t0))
        stopped = _script(state_dir, "stop", "--keep-data")
        assert stopped.returncode == 0, stopped.stderr
        timeline.append(("stopped", time.monotonic() - t0))
        time.sleep(1.0)  # results meet a server that is away
        again = _script(state_dir, "start", "--keep-data")
        assert again.returncode == 0, again.stderr
        assert again.stdout.strip() == url  # same port
        timeline.append(("started again", time.monotonic() - t0))
        server = Server(url)
        done = server.wait_done(flows, timeout=response_timeout + 180)
        timeline.append(("workflows done", time.monotonic() - t0))
        computed = [json.loads(line) for line in computed_file.read_text().splitlines()]
        delivered = {c["task"]: server.ok(server.http.get(f"/api/tasks/{c['task']}")).json() for c in computed}
    finally:
        out = _stop(worker) if worker is not None else ""
        final = _script(state_dir, "stop", "--force")
    print("restart timeline (s):", [(what, round(at, 1)) for what, at in timeline], "response timeout",
          response_timeout, "computed", len(computed))
    assert final.returncode == 0, final.stderr
    assert worker is not None and worker.returncode == 0, out[-3000:]
    for wid in flows:
        assert done[wid]["status"] == "COMPLETED", (wid, done[wid]["status"], done[wid].get("reasonForIncompletion"))
    lost = [c for c in computed if delivered[c["task"]]["status"] != "COMPLETED"
            or delivered[c["task"]]["outputData"] != {"n": c["n"]}]
    assert lost == [], (lost, out[-3000:])  # every computed result reached the server: 0 lost
    assert len(computed) >= 12
