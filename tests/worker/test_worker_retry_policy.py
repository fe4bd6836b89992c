"""One retry policy for the client and the worker: the client's ``RetryPolicy`` decides the worker's waits too.

The policy's ``backoff`` is the one place a wait is computed: a policy whose backoff is fixed (a subclass, so that
the jitter does not blur the measurement) is given once, and the client's sleeps between attempts, the worker's
waits after a failed poll and after a failed update all follow it.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import pickle
from typing import Any

import pytest

from worker_support import FakeConductor, run_until


def _fixed_backoff_policy(wpkg: Any, seconds: float) -> Any:
    retry = importlib.import_module(f"{wpkg.name}._runtime.retry")

    class FixedBackoff(retry.RetryPolicy):  # type: ignore[misc, name-defined]
        def backoff(self, retry: int, random: float) -> float:
            return self.backoff_max

    return FixedBackoff(max_attempts=3, backoff_base=seconds, backoff_max=seconds, retry_statuses=(500, 503))


def _client_sleeps(wpkg: Any, fake: FakeConductor, policy: Any) -> list[float]:
    """The sleeps of a plain client calling a retry-safe GET that fails twice with 500."""
    core = importlib.import_module(f"{wpkg.name}._runtime.sync_core")
    operation = importlib.import_module(f"{wpkg.name}._runtime.operation")
    poll = operation.Operation(
        name="test.poll", method="GET", path="/api/tasks/poll/batch/{tasktype}",
        returns=operation.Returns.bytes(), retry_safe=True,
    )
    sleeps: list[float] = []
    fake.poll_failures = 2
    with core.SyncClientCore(fake.url, retry=policy, sleep=sleeps.append) as client:
        client.call(poll, path={"tasktype": "nothing"}, query={"count": 1, "timeout": 0})
    assert fake.poll_failures == 0  # both failures met, the third attempt answered
    return sleeps


def _worker_waits(wpkg: Any, fake: FakeConductor, policy: Any) -> tuple[list[float], list[float]]:
    """Seconds between a failed poll and the next one, and between a failed update and the next one."""
    w = wpkg.worker

    @w.worker("t")
    def t(x: int) -> int:
        return x

    fake.polls.clear()
    fake.poll_failures = 2
    fake.update_failures = [503]
    task_id = fake.add_task("t", {"x": 1})
    runner = w.WorkerRunner(
        [t], server_url=fake.url, env={}, handle_signals=False, retry=policy,
        overrides=w.Overrides(poll_interval=0.02, poll_timeout=0.05),
    )
    assert run_until(runner, lambda: fake.result_for(task_id) is not None, timeout=20) == 0
    polls = [p.at for p in fake.polls]
    poll_gaps = [polls[1] - polls[0], polls[2] - polls[1]]  # after the two failed polls
    updates = [u.at for u in fake.updates if u.body.get("taskId") == task_id]
    assert len(updates) == 2, updates  # the failed one (503), then the delivered one
    return poll_gaps, [updates[1] - updates[0]]


@pytest.mark.parametrize("seconds", [0.05, 1.2])
def test_one_policy_sets_the_waits_of_the_client_and_of_the_worker(
    wpkg: Any, fake_server: FakeConductor, caplog: pytest.LogCaptureFixture, seconds: float
) -> None:
    policy = _fixed_backoff_policy(wpkg, seconds)
    caplog.set_level(logging.WARNING, logger=f"{wpkg.name}.worker")

    assert _client_sleeps(wpkg, fake_server, policy) == [seconds, seconds]
    poll_gaps, update_gaps = _worker_waits(wpkg, fake_server, policy)

    for gap in poll_gaps + update_gaps:
        assert gap >= seconds - 0.01, (poll_gaps, update_gaps)
        if seconds < 1:
            assert gap < 1.0, (poll_gaps, update_gaps)  # the short policy really is short for the worker too
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("poll for t failed") and f"next try in {seconds:.1f}s" in m for m in messages), messages
    assert any(m.startswith("update of task") and f"sending again in {seconds:.1f}s" in m for m in messages), messages


def test_a_client_passed_to_the_runner_brings_its_policy(wpkg: Any, fake_server: FakeConductor) -> None:
    """With ``client=``, the worker follows that client's policy: the one object, not a copy of its numbers."""
    w = wpkg.worker
    core = importlib.import_module(f"{wpkg.name}._runtime.async_core")
    policy = _fixed_backoff_policy(wpkg, 1.2)

    @w.worker("t")
    def t() -> None:
        return None

    async def run() -> list[float]:
        client = core.AsyncClientCore(fake_server.url, retry=policy)
        assert client.retry_policy is policy
        runner = w.WorkerRunner([t], client=client, env={}, handle_signals=False,
                                overrides=w.Overrides(poll_interval=0.02, poll_timeout=0.05))
        fake_server.poll_failures = 1
        task = asyncio.ensure_future(runner.run_async())
        while len(fake_server.polls) < 2:
            await asyncio.sleep(0.01)
        runner.stop()
        assert await task == 0
        await client.aclose()
        return [p.at for p in fake_server.polls]

    polls = asyncio.run(run())
    assert polls[1] - polls[0] >= 1.19


def test_the_policy_survives_the_trip_to_a_spawned_process(wpkg: Any) -> None:
    retry = importlib.import_module(f"{wpkg.name}._runtime.retry")
    policy = retry.RetryPolicy(5, backoff_base=0.1, backoff_max=2.0, retry_statuses=(429, 500), max_retry_after=9)
    assert pickle.loads(pickle.dumps(policy)) == policy
    settings = wpkg.worker.RunnerSettings(retry=policy, journal="j", metrics_port=9000, processes=2)
    child = pickle.loads(pickle.dumps(settings.for_child(1)))
    assert (child.retry, child.journal, child.metrics_port, child.processes) == (policy, "j.1", 9001, 1)


def test_runner_settings_are_one_value_and_unknown_names_are_refused(wpkg: Any) -> None:
    w = wpkg.worker

    @w.worker("t")
    def t() -> None:
        return None

    base = w.RunnerSettings(shutdown_grace=3, request_timeout=4)
    runner = w.WorkerRunner([t], settings=base, request_timeout=7)
    assert (runner.settings.shutdown_grace, runner.settings.request_timeout) == (3.0, 7.0)  # keywords win
    with pytest.raises(TypeError, match="update_backof"):
        w.WorkerRunner([t], update_backof=(1, 2))
    with pytest.raises(ValueError, match="lease_fraction"):
        w.RunnerSettings(lease_fraction=1.5)
    with pytest.raises(ValueError, match="client object"):
        w.RunnerSettings(client=object(), processes=2).for_child(0)  # type: ignore[arg-type]
