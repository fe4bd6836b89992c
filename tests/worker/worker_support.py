"""Fixtures for the worker runtime tests.

``wpkg``: the package under test.  The templates (worker, client runtime, errors) are rendered with jinja2 into
a throw-away package ``cwrt`` so the tests always exercise the templates as they are now, independently of
the state of ``generated/``; with ``WORKER_TESTS_PACKAGE=conductor_client`` the installed generated package is
used instead.  ``wpkg.pythonpath`` is what a subprocess needs on PYTHONPATH to import it.

``fake_server``: a small Conductor task server on 127.0.0.1 in a thread (batch poll with long poll, task
updates, task logs, task definitions) that records every request and can be told to fail.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import threading
import time
import types
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from support.render import SERVER_AUTH, render_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates" / "package"
sys.path.insert(0, str(ROOT / "tests"))  # `support`
RENDERED_NAME = "cwrt"


def _templates() -> list[Path]:
    found = sorted((TEMPLATES / "_runtime").glob("*.py"))
    found += sorted((TEMPLATES / "worker").glob("*.py"))
    found.append(TEMPLATES / "errors.py")
    found.append(SERVER_AUTH)
    return found


def render_package(dest: Path, name: str = RENDERED_NAME) -> Path:
    """Render the worker + runtime templates into ``dest/name`` (with a minimal ``__init__``)."""
    target = dest / name
    render_templates(_templates(), target)
    (target / "__init__.py").write_text('"""Worker runtime under test (rendered templates)."""\n__version__ = "0"\n')
    return target


@pytest.fixture(scope="session")
def wpkg(tmp_path_factory: pytest.TempPathFactory) -> types.SimpleNamespace:
    chosen = os.environ.get("WORKER_TESTS_PACKAGE")
    if chosen:
        worker = importlib.import_module(f"{chosen}.worker")
        return types.SimpleNamespace(
            name=chosen, worker=worker, pythonpath=os.environ.get("PYTHONPATH", ""),
            errors=importlib.import_module(f"{chosen}.errors"), root=None,
        )
    root = render_package(tmp_path_factory.mktemp("rendered"))
    sys.path.insert(0, str(root.parent))
    worker = importlib.import_module(f"{RENDERED_NAME}.worker")
    return types.SimpleNamespace(
        name=RENDERED_NAME, worker=worker, pythonpath=str(root.parent),
        errors=importlib.import_module(f"{RENDERED_NAME}.errors"), root=root,
    )


# ---------------------------------------------------------------------------------------------------------
# the fake task server
# ---------------------------------------------------------------------------------------------------------
@dataclass
class Poll:
    at: float  # time.monotonic()
    task_type: str
    count: int
    timeout_ms: int
    worker_id: str | None
    domain: str | None
    outstanding: int  # tasks of this type handed out and not finally updated, when the poll arrived
    returned: int = 0


@dataclass
class Update:
    at: float
    body: dict[str, Any]
    answered: int  # HTTP status sent back
    v2: bool = False  # sent to update-v2


@dataclass
class FakeConductor:
    """State and controls of the fake server (all methods thread-safe)."""

    url: str = ""
    lock: threading.Condition = field(default_factory=threading.Condition)
    queues: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    polls: list[Poll] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    logs: list[tuple[str, str]] = field(default_factory=list)
    task_defs: dict[str, dict[str, Any]] = field(default_factory=dict)
    update_failures: list[int] = field(default_factory=list)  # statuses to answer the next updates with
    gone: set[str] = field(default_factory=set)  # task ids the server answers 404 for
    poll_failures: int = 0  # answer the next N polls with 500
    empty_status: int = 200  # 200 ([]) or 204 for an empty poll
    outstanding: dict[str, set[str]] = field(default_factory=dict)
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    headers: list[dict[str, str]] = field(default_factory=list)  # of every request
    update_v2: bool = False  # answer POST /api/tasks/update-v2 (else 404, like a server without it)

    # -- test side ---------------------------------------------------------------------------------
    def add_task(self, task_type: str, input_data: dict[str, Any] | None = None, **extra: Any) -> str:
        task_id = str(uuid.uuid4())
        task = {
            "taskId": task_id,
            "taskType": task_type,
            "taskDefName": task_type,
            "workflowInstanceId": f"wf-{task_id[:8]}",
            "referenceTaskName": f"{task_type}_ref",
            "status": "SCHEDULED",
            "inputData": input_data or {},
            "pollCount": 0,
            "retryCount": 0,
            "responseTimeoutSeconds": 3600,
            "outputData": {},
        }
        task.update(extra)
        with self.lock:
            self.queues.setdefault(task_type, []).append(task)
            self.tasks[task_id] = task
            self.lock.notify_all()
        return task_id

    def final_updates(self) -> list[dict[str, Any]]:
        """Bodies of accepted updates that are not lease extensions."""
        with self.lock:
            return [u.body for u in self.updates if u.answered == 200 and not u.body.get("extendLease")]

    def result_for(self, task_id: str) -> dict[str, Any] | None:
        for body in self.final_updates():
            if body.get("taskId") == task_id:
                return body
        return None

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    def wait_result(self, task_id: str, timeout: float = 10.0) -> dict[str, Any]:
        assert self.wait_for(lambda: self.result_for(task_id) is not None, timeout), f"no result for {task_id}"
        result = self.result_for(task_id)
        assert result is not None
        return result

    # -- server side -------------------------------------------------------------------------------
    def _poll(self, task_type: str, query: dict[str, list[str]]) -> list[dict[str, Any]]:
        count = int(query.get("count", ["1"])[0])
        timeout_ms = int(query.get("timeout", ["100"])[0])
        deadline = time.monotonic() + timeout_ms / 1000
        with self.lock:
            record = Poll(
                at=time.monotonic(), task_type=task_type, count=count, timeout_ms=timeout_ms,
                worker_id=query.get("workerid", [None])[0], domain=query.get("domain", [None])[0],
                outstanding=len(self.outstanding.get(task_type, ())),
            )
            self.polls.append(record)
            while True:
                queue = self.queues.get(task_type, [])
                if queue or time.monotonic() >= deadline:
                    break
                self.lock.wait(max(0.0, deadline - time.monotonic()))
            handed, self.queues[task_type] = queue[:count], queue[count:]
            for task in handed:
                task["status"] = "IN_PROGRESS"
                task["pollCount"] = int(task.get("pollCount") or 0) + 1
                self.outstanding.setdefault(task_type, set()).add(task["taskId"])
            record.returned = len(handed)
            return [dict(t) for t in handed]

    def _update(self, body: dict[str, Any]) -> tuple[int, str]:
        with self.lock:
            if self.update_failures:
                status = self.update_failures.pop(0)
                self.updates.append(Update(time.monotonic(), body, status))
                return status, json.dumps({"status": status, "message": "injected failure", "retryable": True})
            task_id = str(body.get("taskId"))
            if task_id in self.gone or task_id not in self.tasks:
                self.updates.append(Update(time.monotonic(), body, 404))
                return 404, json.dumps({"status": 404, "message": f"No such task found by id: {task_id}"})
            self.updates.append(Update(time.monotonic(), body, 200))
            task = self.tasks[task_id]
            if not body.get("extendLease"):
                self.outstanding.get(task["taskType"], set()).discard(task_id)
                task["status"] = body.get("status")
                task["outputData"] = body.get("outputData") or {}
                if body.get("status") == "IN_PROGRESS":  # hand it out again after the callback
                    delay = float(body.get("callbackAfterSeconds") or 0)
                    threading.Timer(delay, self._requeue, args=(task,)).start()
            return 200, task_id

    def _update_v2(self, body: dict[str, Any]) -> tuple[int, str]:
        """update-v2: the update, then the next waiting task of the same type in the answer (none: empty)."""
        status, text = self._update(body)
        with self.lock:
            self.updates[-1].v2 = True
            if status != 200:
                return status, text
            task_type = self.tasks[str(body.get("taskId"))]["taskType"]
            queue = self.queues.get(task_type, [])
            if not queue:
                return 200, ""
            task, self.queues[task_type] = queue[0], queue[1:]
            task["status"] = "IN_PROGRESS"
            task["pollCount"] = int(task.get("pollCount") or 0) + 1
            self.outstanding.setdefault(task_type, set()).add(task["taskId"])
            return 200, json.dumps(task)

    def _requeue(self, task: dict[str, Any]) -> None:
        with self.lock:
            self.queues.setdefault(task["taskType"], []).append(task)
            self.lock.notify_all()


def _handler(state: FakeConductor) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: str | bytes = b"", content_type: str = "application/json") -> None:
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def do_GET(self) -> None:
            with state.lock:
                state.headers.append(dict(self.headers.items()))
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            if parts.path.startswith("/api/tasks/poll/batch/"):
                with state.lock:
                    if state.poll_failures > 0:
                        state.poll_failures -= 1
                        state.polls.append(Poll(time.monotonic(), parts.path.rsplit("/", 1)[1], -1, 0, None, None, 0))
                        self._send(500, '{"status":500,"message":"injected"}')
                        return
                tasks = state._poll(parts.path.rsplit("/", 1)[1], query)
                if not tasks and state.empty_status == 204:
                    self._send(204)
                else:
                    self._send(200, json.dumps(tasks))
            elif parts.path.startswith("/api/metadata/taskdefs/"):
                name = parts.path.rsplit("/", 1)[1]
                with state.lock:
                    found = state.task_defs.get(name)
                if found is None:
                    self._send(404, json.dumps({"status": 404, "message": f"No such taskType found by name: {name}"}))
                else:
                    self._send(200, json.dumps(found))
            else:
                self._send(404, "{}")

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            raw = self._body()
            if parts.path == "/api/tasks":
                status, text = state._update(json.loads(raw))
                self._send(status, text, "text/plain" if status == 200 else "application/json")
            elif parts.path == "/api/tasks/update-v2" and state.update_v2:
                status, text = state._update_v2(json.loads(raw))
                self._send(status, text)
            elif parts.path.startswith("/api/tasks/") and parts.path.endswith("/log"):
                with state.lock:
                    state.logs.append((parts.path.split("/")[3], raw.decode()))
                self._send(200)
            elif parts.path == "/api/metadata/taskdefs":
                with state.lock:
                    for item in json.loads(raw):
                        state.task_defs[item["name"]] = item
                self._send(200)
            else:
                self._send(404, "{}")

    return Handler


@pytest.fixture
def fake_server() -> Iterator[FakeConductor]:
    state = FakeConductor()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def subprocess_env(wpkg: types.SimpleNamespace, *extra_paths: str, **env: str) -> dict[str, str]:
    """The environment for a child Python that imports the package under test (and modules in extra_paths)."""
    result = {k: v for k, v in os.environ.items() if not k.startswith("CONDUCTOR_")}
    paths = [p for p in (*extra_paths, wpkg.pythonpath, result.get("PYTHONPATH", "")) if p]
    result["PYTHONPATH"] = os.pathsep.join(paths)
    result.update(env)
    return result


def run_until(runner: Any, condition: Callable[[], bool], timeout: float = 10.0, stop_timeout: float = 15.0) -> int:
    """Run ``runner`` on a fresh event loop until ``condition()`` holds, then stop it; its exit status."""
    import asyncio

    async def main() -> int:
        task = asyncio.ensure_future(runner.run_async())
        deadline = time.monotonic() + timeout
        while not condition():
            if task.done():
                return task.result()
            if time.monotonic() > deadline:
                runner.stop()
                await asyncio.wait_for(task, stop_timeout)
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.01)
        runner.stop()
        return await asyncio.wait_for(task, stop_timeout)

    return asyncio.run(main())
