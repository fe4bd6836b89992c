"""Row 5 worker, this project's runtime: BENCH_COUNT task types BENCH_PREFIX_<i>, BENCH_CONCURRENCY slots each.

    CONDUCTOR_SERVER_URL=... BENCH_PREFIX=... BENCH_COUNT=10 BENCH_CONCURRENCY=10 python workers/ours.py

Each worker returns a small output at once: what is measured is the runtime (poll, bind, run, update).
"""

from __future__ import annotations

import logging
import os
from typing import Any, Callable

from conductor_client.worker import WorkerRunner, worker


def _make(i: int) -> Callable[..., dict[str, Any]]:
    def bench_task(n: int = 0) -> dict[str, Any]:
        return {"n": n, "worker": i, "ok": True}

    bench_task.__name__ = bench_task.__qualname__ = f"bench_task_{i}"
    return bench_task


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    prefix = os.environ["BENCH_PREFIX"]
    count = int(os.environ.get("BENCH_COUNT", "1"))
    concurrency = int(os.environ.get("BENCH_CONCURRENCY", "1"))
    workers = [worker(f"{prefix}_{i}", concurrency=concurrency)(_make(i)) for i in range(count)]
    return WorkerRunner(workers, server_url=os.environ["CONDUCTOR_SERVER_URL"]).run()


if __name__ == "__main__":
    raise SystemExit(main())
