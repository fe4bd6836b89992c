"""Input binding, outputs and result statuses, through the real runner against the fake task server."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pydantic
import pytest

from worker_support import FakeConductor, run_until, subprocess_env


def _runner(wpkg: Any, fake: FakeConductor, *workers: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("handle_signals", False)
    kwargs.setdefault("shutdown_grace", 5.0)
    kwargs.setdefault("overrides", wpkg.worker.Overrides(poll_interval=0.02, poll_timeout=0.05))
    return wpkg.worker.WorkerRunner(list(workers), server_url=fake.url, env={}, **kwargs)


def _run_tasks(wpkg: Any, fake: FakeConductor, workers: list[Any], tasks: list[tuple[str, dict[str, Any]]],
               **kwargs: Any) -> list[dict[str, Any]]:
    ids = [fake.add_task(task_type, data) for task_type, data in tasks]
    status = run_until(_runner(wpkg, fake, *workers, **kwargs),
                       lambda: all(fake.result_for(i) is not None for i in ids))
    assert status == 0
    results = [fake.result_for(i) for i in ids]
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


class Order(pydantic.BaseModel):
    order_id: str
    amount: int
    currency: str = "EUR"


class Receipt(pydantic.BaseModel):
    order_id: str
    charged: int
    model_config = pydantic.ConfigDict(populate_by_name=True)


@dataclasses.dataclass
class Parcel:
    weight: float
    to: str


def test_primitives_are_coerced_and_scalars_wrapped(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("add")
    def add(a: int, b: int, scale: float = 1.0) -> float:
        assert isinstance(a, int) and isinstance(b, int)
        return (a + b) * scale

    [result] = _run_tasks(wpkg, fake_server, [add], [("add", {"a": "3", "b": 4})])
    assert result["status"] == "COMPLETED"
    assert result["outputData"] == {"result": 7.0}
    assert result["workerId"]


def test_model_parameter_gets_the_whole_input_and_model_output_becomes_output_data(
    wpkg: Any, fake_server: FakeConductor
) -> None:
    w = wpkg.worker

    @w.worker("charge")
    def charge(order: Order, ctx: w.TaskContext) -> Receipt:
        assert isinstance(ctx, w.TaskContext)
        assert ctx.task_id and ctx.poll_count == 1
        return Receipt(order_id=order.order_id, charged=order.amount * 2)

    @w.worker("ship")
    async def ship(parcel: Parcel) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"to": parcel.to, "weight": parcel.weight, "note": None}

    results = _run_tasks(
        wpkg, fake_server, [charge, ship],
        [("charge", {"order_id": "o-1", "amount": "21"}), ("ship", {"parcel": {"weight": "2.5", "to": "Oslo"}})],
    )
    assert results[0]["status"] == "COMPLETED"
    assert results[0]["outputData"] == {"order_id": "o-1", "charged": 42}
    assert results[1]["status"] == "COMPLETED"
    assert results[1]["outputData"] == {"to": "Oslo", "weight": 2.5, "note": None}  # None values kept


def test_bad_input_fails_terminally_naming_the_fields(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("charge")
    def charge(order: Order) -> None:
        raise AssertionError("must not run")

    @w.worker("add")
    def add(a: int, b: int) -> int:
        raise AssertionError("must not run")

    results = _run_tasks(
        wpkg, fake_server, [charge, add],
        [("charge", {"order_id": "o-1", "amount": "lots"}), ("add", {"a": "x"})],
    )
    assert results[0]["status"] == "FAILED_WITH_TERMINAL_ERROR"
    assert "'amount'" in results[0]["reasonForIncompletion"]
    assert "lots" in results[0]["reasonForIncompletion"]
    assert results[1]["status"] == "FAILED_WITH_TERMINAL_ERROR"
    reason = results[1]["reasonForIncompletion"]
    assert "'a'" in reason and "'b'" in reason and "missing" in reason


def test_exception_fails_with_reason_and_traceback_in_logs(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("explode")
    def explode_worker(x: int) -> int:
        raise ValueError(f"boom {x}")

    @w.worker("explode_async")
    async def explode_async(x: int) -> int:
        raise KeyError("missing thing")

    results = _run_tasks(wpkg, fake_server, [explode_worker, explode_async],
                         [("explode", {"x": 1}), ("explode_async", {"x": 2})])
    first, second = results
    assert first["status"] == "FAILED"
    assert first["reasonForIncompletion"] == "ValueError: boom 1"
    logs = "\n".join(entry["log"] for entry in first["logs"])
    assert "Traceback (most recent call last)" in logs and "explode_worker" in logs
    assert all(entry["taskId"] == first["taskId"] and entry["createdTime"] > 0 for entry in first["logs"])
    assert second["status"] == "FAILED"
    assert second["reasonForIncompletion"].startswith("KeyError")
    assert "explode_async" in "\n".join(entry["log"] for entry in second["logs"])


def test_non_retryable_error_is_terminal(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("refuse")
    def refuse() -> None:
        raise w.NonRetryableError("card declined", output={"code": 51})

    [result] = _run_tasks(wpkg, fake_server, [refuse], [("refuse", {})])
    assert result["status"] == "FAILED_WITH_TERMINAL_ERROR"
    assert result["reasonForIncompletion"] == "card declined"
    assert result["outputData"] == {"code": 51}


def test_in_progress_reports_callback_and_then_completes(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker
    seen: list[tuple[int, dict[str, Any]]] = []

    @w.worker("wait")
    def wait(ctx: w.TaskContext) -> Any:
        seen.append((ctx.poll_count, dict(ctx.output)))
        if ctx.poll_count < 2:
            return w.InProgress(callback_after_seconds=0, output={"step": 1})
        return {"step": 2}

    task_id = fake_server.add_task("wait", {})
    status = run_until(
        _runner(wpkg, fake_server, wait),
        lambda: any(b["taskId"] == task_id and b["status"] == "COMPLETED" for b in fake_server.final_updates()),
    )
    assert status == 0
    bodies = [b for b in fake_server.final_updates() if b["taskId"] == task_id]
    assert [b["status"] for b in bodies] == ["IN_PROGRESS", "COMPLETED"]
    assert bodies[0]["callbackAfterSeconds"] == 0 and bodies[0]["outputData"] == {"step": 1}
    assert seen == [(1, {}), (2, {"step": 1})]


def test_in_progress_callback_value_is_sent(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("later")
    def later() -> Any:
        return w.InProgress(callback_after_seconds=30, output="half")

    [result] = _run_tasks(wpkg, fake_server, [later], [("later", {})])
    assert result["status"] == "IN_PROGRESS"
    assert result["callbackAfterSeconds"] == 30
    assert result["outputData"] == {"result": "half"}


def test_context_logs_and_logging_records_go_into_the_task_log(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker
    user_logger = logging.getLogger("my.app")

    @w.worker("chatty")
    def chatty(ctx: w.TaskContext) -> str:
        ctx.log("starting")
        user_logger.warning("through logging")
        return "ok"

    @w.worker("chatty_async")
    async def chatty_async(ctx: w.TaskContext) -> str:
        ctx.log("async starting")
        user_logger.warning("async through logging")
        return "ok"

    results = _run_tasks(wpkg, fake_server, [chatty, chatty_async], [("chatty", {}), ("chatty_async", {})])
    lines = [e["log"] for e in results[0]["logs"]]
    assert lines[0] == "starting"
    assert any("through logging" in line and "my.app" in line for line in lines)
    lines = [e["log"] for e in results[1]["logs"]]
    assert lines[0] == "async starting" and any("async through logging" in line for line in lines)


def test_output_that_is_not_json_fails_the_task(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("weird")
    def weird() -> Any:
        return {"x": float("nan")}

    @w.worker("objecty")
    def objecty() -> Any:
        return {"x": object()}

    results = _run_tasks(wpkg, fake_server, [weird, objecty], [("weird", {}), ("objecty", {})])
    for result in results:
        assert result["status"] == "FAILED"
        assert "JSON" in result["reasonForIncompletion"]


def test_kwargs_and_defaults(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("kw")
    def kw(name: str, count: int = 2, **rest: Any) -> dict[str, Any]:
        return {"name": name, "count": count, "rest": rest}

    [result] = _run_tasks(wpkg, fake_server, [kw], [("kw", {"name": 5, "extra": [1]})])
    assert result["outputData"] == {"name": "5", "count": 2, "rest": {"extra": [1]}}


def test_lease_is_extended_automatically_and_by_hand(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("slow")
    def slow(ctx: w.TaskContext) -> str:
        ctx.log("before")
        ctx.extend_lease()
        time.sleep(1.3)
        return "done"

    task_id = fake_server.add_task("slow", {}, responseTimeoutSeconds=1)
    status = run_until(_runner(wpkg, fake_server, slow), lambda: fake_server.result_for(task_id) is not None)
    assert status == 0
    with fake_server.lock:
        extensions = [u for u in fake_server.updates if u.body.get("extendLease")]
    # one by hand at once, then one every 0.5 s (half the response timeout) while it runs
    assert len(extensions) >= 3
    assert all(u.body["status"] == "IN_PROGRESS" and u.body["taskId"] == task_id for u in extensions)
    assert fake_server.result_for(task_id)["status"] == "COMPLETED"  # type: ignore[index]
    sent_logs = [e["log"] for u in extensions for e in u.body["logs"]]
    assert "before" in sent_logs or "before" in [e["log"] for e in fake_server.result_for(task_id)["logs"]]  # type: ignore[index]


def test_a_task_a_worker_thread_took_with_its_last_result_gets_its_lease_extended(
    wpkg: Any, fake_server: FakeConductor
) -> None:
    w = wpkg.worker
    fake_server.update_v2 = True

    @w.worker("slow", concurrency=1)
    def slow(seconds: float) -> str:
        time.sleep(seconds)
        return "done"

    first = fake_server.add_task("slow", {"seconds": 0.0}, responseTimeoutSeconds=1)
    second = fake_server.add_task("slow", {"seconds": 0.01}, responseTimeoutSeconds=1)
    third = fake_server.add_task("slow", {"seconds": 1.6}, responseTimeoutSeconds=1)
    status = run_until(_runner(wpkg, fake_server, slow), lambda: fake_server.result_for(third) is not None)
    assert status == 0
    with fake_server.lock:
        updates = [(u.body["taskId"], bool(u.body.get("extendLease")), u.v2) for u in fake_server.updates]
    # the second result went with update-v2 from the worker's thread, which took the third task with it
    assert (second, False, True) in updates
    assert all(fake_server.result_for(t)["status"] == "COMPLETED" for t in (first, second, third))  # type: ignore[index]
    # the third runs 1.6 s with a 1 s response timeout: extended at least every 0.5 s while it runs
    assert len([u for u in updates if u[0] == third and u[1]]) >= 2


PLAIN_ANNOTATIONS: list[Any] = [int, str, float, bool, dict, list, dict[str, Any], list[Any], Any, object,
                                 int | None, "str | None", dict[str, str], list[int], "Optional[float]"]
PLAIN_VALUES: list[Any] = [3, "3", " 4 ", 3.0, 2.5, True, False, None, {"a": 1}, {"a": "b"}, [1, 2], ["x"], "x", ""]


@pytest.mark.parametrize("annotation", PLAIN_ANNOTATIONS, ids=str)
def test_plain_parameters_bind_exactly_as_pydantic_would(wpkg: Any, annotation: Any) -> None:
    """Values of plain types skip pydantic; what the worker gets (or the error) must not change by that."""
    from typing import Optional

    namespace: dict[str, Any] = {"Any": Any, "Optional": Optional}
    resolved = eval(annotation, namespace) if isinstance(annotation, str) else annotation  # noqa: S307
    binder_module = importlib.import_module(f"{wpkg.name}.worker._binding")

    def fn(value: Any) -> None:
        raise AssertionError("not called")

    fn.__annotations__ = {"value": resolved}
    binder = binder_module.Binder(fn)
    adapter = pydantic.TypeAdapter(resolved, config=pydantic.ConfigDict(coerce_numbers_to_str=True))
    for value in PLAIN_VALUES:
        try:
            expected: Any = ("ok", adapter.validate_python(value))
        except pydantic.ValidationError:
            expected = ("error",)
        try:
            _, kwargs = binder.bind({"value": value}, None)
            got: Any = ("ok", kwargs["value"])
        except binder_module.InputError:
            got = ("error",)
        assert got == expected, (annotation, value)
        if got[0] == "ok":
            assert type(got[1]) is type(expected[1]), (annotation, value)


def test_a_worker_with_plain_parameters_never_imports_pydantic(wpkg: Any, fake_server: FakeConductor,
                                                                tmp_path: Path) -> None:
    (tmp_path / "plainmod.py").write_text(PLAIN_WORKER.format(pkg=wpkg.name, url=fake_server.url))
    task_id = fake_server.add_task("plain_add", {"a": 2, "b": 40, "note": "hi", "tags": ["x"], "extra": {"k": 1}})
    out = subprocess.run([sys.executable, "plainmod.py"], cwd=tmp_path, env=subprocess_env(wpkg, str(tmp_path)),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    result = fake_server.result_for(task_id)
    assert result is not None and result["status"] == "COMPLETED"
    assert result["outputData"] == {"sum": 42, "note": "hi", "tags": ["x"], "extra": {"k": 1}}
    assert out.stdout.strip() == "pydantic imported: False"


PLAIN_WORKER = """
import sys, threading
from typing import Any
from {pkg}.worker import WorkerRunner, worker

done = threading.Event()

@worker("plain_add")
def plain_add(a: int, b: int, note: str | None = None, tags: list[Any] | None = None,
              extra: dict[str, Any] | None = None) -> dict[str, Any]:
    done.set()
    return {{"sum": a + b, "note": note, "tags": tags, "extra": extra}}

runner = WorkerRunner([plain_add], server_url="{url}", env={{}}, handle_signals=False)
threading.Thread(target=lambda: (done.wait(30), runner.stop()), daemon=True).start()
status = runner.run()
print("pydantic imported:", "pydantic" in sys.modules)
sys.exit(status)
"""
