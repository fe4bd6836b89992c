"""``register_task_defs``: at start, register each worker's ``task_def`` (overwriting) and create a definition with
the server's defaults for task types that have none.  Failures are tried again under the client's
``RetryPolicy`` (its backoff, its ``max_attempts``, only failures it retries), then logged and left.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Sequence

from ._log_capture import PACKAGE_LOGGER
from ._state import Runtime, WorkerState

__all__ = ["register_task_defs"]

_log = logging.getLogger(PACKAGE_LOGGER)


async def register_task_defs(workers: Sequence[WorkerState], runtime: Runtime) -> None:
    api, policy, lifecycle, request_timeout = runtime.api, runtime.policy, runtime.life, runtime.request_timeout
    rng = random.Random()
    attempt = 0
    while True:
        attempt += 1
        try:
            defs: list[dict[str, Any]] = []
            for w in workers:
                given = w.definition.task_def
                if given is not None:
                    defs.append({**given, "name": w.settings.task_name})
                elif not await api.task_def_exists(w.settings.task_name, request_timeout=request_timeout):
                    defs.append({"name": w.settings.task_name})
            if defs:
                await api.register_task_defs(defs, request_timeout=request_timeout)
                _log.info("registered task definitions: %s", ", ".join(d["name"] for d in defs))
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if attempt >= policy.max_attempts or not policy.retries(exc):
                _log.error("registering task definitions failed (attempt %d, given up): %s", attempt, exc)
                return
            _log.warning(
                "registering task definitions failed (attempt %d of %d): %s", attempt, policy.max_attempts, exc
            )
            await lifecycle.sleep(policy.backoff(attempt, rng.random()))
            if lifecycle.stopping:
                return
