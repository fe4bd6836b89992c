"""Row 5 worker, conductor-python's TaskHandler: BENCH_COUNT task types BENCH_PREFIX_<i>, BENCH_CONCURRENCY
threads each (its `thread_count`), default poll interval and long-poll timeout (100 ms each, as ours).

Workers are module-level functions (its processes are spawned and re-import this module as `__mp_main__`,
where the same environment variables define the same functions). No `from __future__ import annotations`
here: conductor-python reads the worker's annotations at run time and fails on string annotations.
"""

import os
from typing import Any, Dict

from conductor.client.automator.task_handler import TaskHandler
from conductor.client.configuration.configuration import Configuration
from conductor.client.worker.worker_task import worker_task

PREFIX = os.environ["BENCH_PREFIX"]
COUNT = int(os.environ.get("BENCH_COUNT", "1"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "1"))


def _make(i: int) -> Any:
    def bench_task(n: int = 0) -> Dict[str, Any]:
        return {"n": n, "worker": i, "ok": True}

    name = f"bench_task_{i}"
    bench_task.__name__ = bench_task.__qualname__ = name
    globals()[name] = bench_task
    return worker_task(task_definition_name=f"{PREFIX}_{i}", thread_count=CONCURRENCY)(bench_task)


for _i in range(COUNT):
    _make(_i)


def main() -> None:
    configuration = Configuration(server_api_url=os.environ["CONDUCTOR_SERVER_URL"].rstrip("/") + "/api")
    with TaskHandler(workers=[], configuration=configuration, scan_for_annotated_workers=True) as handler:
        handler.start_processes()
        handler.join_processes()


if __name__ == "__main__":
    main()
