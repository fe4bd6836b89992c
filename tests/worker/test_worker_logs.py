"""What the worker writes in its own log: one line per failed task, and the start-up line (issue 18)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from worker_support import FakeConductor, run_until


def _runner(wpkg: Any, fake: FakeConductor, *workers: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("handle_signals", False)
    kwargs.setdefault("shutdown_grace", 5.0)
    kwargs.setdefault("overrides", wpkg.worker.Overrides(poll_interval=0.02, poll_timeout=0.05))
    kwargs.setdefault("server_url", fake.url)
    return wpkg.worker.WorkerRunner(list(workers), env=kwargs.pop("env", {}), **kwargs)


def _run(wpkg: Any, fake: FakeConductor, worker: Any, task_type: str, data: dict[str, Any]) -> tuple[str, str]:
    """Run one task to its result; its task id and workflow id."""
    task_id = fake.add_task(task_type, data)
    assert run_until(_runner(wpkg, fake, worker), lambda: fake.result_for(task_id) is not None) == 0
    return task_id, str(fake.tasks[task_id]["workflowInstanceId"])


def _lines_about(caplog: pytest.LogCaptureFixture, wpkg: Any, task_id: str, level: int) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records
        if r.name == f"{wpkg.name}.worker" and r.levelno == level and task_id in r.getMessage()
    ]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_exception_in_the_worker_is_one_warning_line_and_its_traceback_at_debug(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    w = wpkg.worker
    if kind == "sync":

        @w.worker("charge")
        def charge(amount: int) -> int:
            raise ValueError(f"card declined for {amount}")

    else:

        @w.worker("charge")
        async def charge(amount: int) -> int:
            raise ValueError(f"card declined for {amount}")

    caplog.set_level(logging.DEBUG, logger=f"{wpkg.name}.worker")
    task_id, workflow_id = _run(wpkg, fake_server, charge, "charge", {"amount": 12})

    assert fake_server.result_for(task_id)["status"] == "FAILED"  # type: ignore[index]
    [line] = _lines_about(caplog, wpkg, task_id, logging.WARNING)
    message = line.getMessage()
    for part in ("charge", task_id, workflow_id, "ValueError", "card declined for 12"):
        assert part in message, message
    assert not _lines_about(caplog, wpkg, task_id, logging.ERROR)
    [trace] = _lines_about(caplog, wpkg, task_id, logging.DEBUG)
    assert "Traceback (most recent call last)" in trace.getMessage()
    assert "card declined for 12" in trace.getMessage()


def test_a_failed_task_line_is_not_followed_by_a_traceback_above_debug(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("charge")
    def charge() -> None:
        raise RuntimeError("boom")

    caplog.set_level(logging.INFO, logger=f"{wpkg.name}.worker")
    task_id, _ = _run(wpkg, fake_server, charge, "charge", {})
    assert len(_lines_about(caplog, wpkg, task_id, logging.WARNING)) == 1
    assert not any("Traceback" in r.getMessage() for r in caplog.records)


def test_input_that_does_not_fit_is_one_error_line(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("ship")
    def ship(weight: int, to: str) -> str:
        return f"{weight} to {to}"

    caplog.set_level(logging.INFO, logger=f"{wpkg.name}.worker")
    task_id, workflow_id = _run(wpkg, fake_server, ship, "ship", {"weight": "heavy"})

    assert fake_server.result_for(task_id)["status"] == "FAILED_WITH_TERMINAL_ERROR"  # type: ignore[index]
    [line] = _lines_about(caplog, wpkg, task_id, logging.ERROR)
    message = line.getMessage()
    for part in ("ship", task_id, workflow_id, "InputError", "weight", "to"):
        assert part in message, message
    assert not _lines_about(caplog, wpkg, task_id, logging.WARNING)


@pytest.mark.parametrize("value", [float("nan"), {"when": object()}], ids=["nan", "object"])
def test_a_result_that_is_not_json_is_one_error_line(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture, value: Any
) -> None:
    w = wpkg.worker

    @w.worker("report")
    def report() -> Any:
        return value

    caplog.set_level(logging.INFO, logger=f"{wpkg.name}.worker")
    task_id, workflow_id = _run(wpkg, fake_server, report, "report", {})

    result = fake_server.result_for(task_id)
    assert result is not None and result["status"] == "FAILED"
    [line] = _lines_about(caplog, wpkg, task_id, logging.ERROR)
    message = line.getMessage()
    for part in ("report", task_id, workflow_id, "output is not JSON"):
        assert part in message, message


def test_a_completed_task_writes_no_failure_line(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("fine")
    def fine(x: int) -> int:
        return x

    caplog.set_level(logging.DEBUG, logger=f"{wpkg.name}.worker")
    task_id, _ = _run(wpkg, fake_server, fine, "fine", {"x": 1})
    assert fake_server.result_for(task_id)["status"] == "COMPLETED"  # type: ignore[index]
    assert not [r for r in caplog.records if task_id in r.getMessage() and "failed" in r.getMessage()]


def test_the_start_up_line_names_the_server_and_each_workers_settings(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture
) -> None:
    w = wpkg.worker

    @w.worker("alpha", concurrency=3, domain="blue")
    def alpha() -> None:
        return None

    @w.worker("beta")
    async def beta() -> None:
        return None

    caplog.set_level(logging.INFO, logger=f"{wpkg.name}.worker")
    runner = _runner(wpkg, fake_server, alpha, beta, overrides=w.Overrides(poll_interval=0.25, worker_id="box-7"))
    run_until(runner, lambda: len(fake_server.polls) >= 2)

    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("polling ")]
    assert line.startswith(f"polling {fake_server.url} for 2 worker(s): "), line
    alpha_part, beta_part = line.split(": ", 1)[1].split("; ")
    for part in ("alpha", "concurrency 3", "poll interval 0.25s", "domain blue", "worker id box-7", "sync"):
        assert part in alpha_part, alpha_part
    for part in ("beta", "concurrency 1", "domain -", "async"):
        assert part in beta_part, beta_part


def test_no_server_url_anywhere_is_named_at_start(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = wpkg.worker
    monkeypatch.delenv("CONDUCTOR_SERVER_URL", raising=False)

    @w.worker("idle")
    def idle() -> None:
        return None

    caplog.set_level(logging.INFO, logger=f"{wpkg.name}.worker")
    runner = _runner(wpkg, fake_server, idle, server_url=None)  # polls the default URL: only the line matters
    run_until(runner, lambda: runner.first_poll_at is not None, timeout=10)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no server URL given" in m and "CONDUCTOR_SERVER_URL" in m and "localhost:8080" in m
               for m in warnings), warnings
