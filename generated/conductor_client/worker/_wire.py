"""The few task endpoints the worker runtime uses, declared here so that the runtime does not depend on which
API groups the generator emits, and the classification of their failures.

Responses are read as raw bytes/text and decoded here (a poll answers a JSON list, or 204 with no body).
None of these operations is marked retry-safe: the runtime retries them itself, with its own backoff and
its own idea of when to stop.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, Mapping

from .._runtime.operation import Operation, Returns
from .. import errors
from ._transport import Caller, HandOver, ThreadCaller

if TYPE_CHECKING:
    from .._runtime.async_core import AsyncClientCore

_log = logging.getLogger(__name__.rpartition(".")[0])

__all__ = ["TaskApi", "classify_update_error", "encode_result", "GONE", "REJECTED", "RETRY"]

_BATCH_POLL: Operation[bytes] = Operation(
    name="worker.batch_poll",
    method="GET",
    path="/api/tasks/poll/batch/{tasktype}",
    returns=Returns.bytes(),
)
_UPDATE: Operation[str] = Operation(
    name="worker.update_task",
    method="POST",
    path="/api/tasks",
    returns=Returns.text(),
    body_media_type="application/json",
)
# Updates like _UPDATE, then (for a result that ends the task) hands out the next task of the same type and
# domain to the same worker id, or answers 204: one request per task instead of an update and a poll.
# A server without it answers 404/405 (the 3.21 and 3.32 lines both have it).
_UPDATE_V2: Operation[bytes] = Operation(
    name="worker.update_task_v2",
    method="POST",
    path="/api/tasks/update-v2",
    returns=Returns.bytes(),
    body_media_type="application/json",
)
_LOG: Operation[None] = Operation(
    name="worker.log",
    method="POST",
    path="/api/tasks/{taskId}/log",
    returns=Returns.empty(),
    # The server stores the raw request body as the log line: JSON would keep the quotes.
    body_media_type="text/plain",
)
_GET_TASK_DEF: Operation[bytes] = Operation(
    name="worker.get_task_def",
    method="GET",
    path="/api/metadata/taskdefs/{tasktype}",
    returns=Returns.bytes(),
)
_REGISTER_TASK_DEFS: Operation[None] = Operation(
    name="worker.register_task_defs",
    method="POST",
    path="/api/metadata/taskdefs",
    returns=Returns.empty(),
    body_media_type="application/json",
)

GONE = "gone"
REJECTED = "rejected"
RETRY = "retry"

_GONE_WORDS = ("not found", "no such", "terminal", "already completed", "already finished", "does not exist")


def classify_update_error(exc: BaseException) -> str:
    """What to do after a failed result update: ``RETRY``, ``GONE`` (stop; the task no longer exists or is
    finished) or ``REJECTED`` (the server will never take this result as it is)."""
    if isinstance(exc, errors.NotFoundError):
        return GONE
    if isinstance(exc, (errors.TransportError, errors.ServerError, errors.RateLimitError, errors.AuthError)):
        return RETRY  # auth may be fixed by a token refresh or an operator; never drop a result over it
    if isinstance(exc, (errors.BadRequestError, errors.ConflictError)):
        text = f"{exc.message} {exc.body or ''}".lower()
        if any(word in text for word in _GONE_WORDS):
            return GONE
        if exc.status_code in (408, 425):
            return RETRY
        return REJECTED
    if isinstance(exc, errors.ConductorError):
        # 1xx/3xx answers, undecodable 2xx: the server did something unexpected; try again later.
        return RETRY
    return RETRY


def encode_result(result: Mapping[str, Any]) -> bytes:
    """JSON for a TaskResult; ``None`` values are kept (they are the worker's output); raises ValueError for
    what JSON cannot hold (NaN, infinities, objects that are not JSON)."""
    return json.dumps(result, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _next_task(raw: str | bytes | None) -> dict[str, Any] | None:
    """The task in an update-v2 answer, or None (nothing waiting)."""
    if not raw or not raw.strip():
        return None
    try:
        task = json.loads(raw)
    except ValueError:
        # The result was taken; the task in the answer is lost to us (handed out again after its response timeout).
        _log.warning("update-v2 answered something that is not a task: %r", raw[:200])
        return None
    return task if isinstance(task, dict) and task.get("taskId") else None


class TaskApi:
    """Thin typed calls over a client core (sent over the lean HTTP/1.1 client when the core allows, see
    ``_transport``)."""

    def __init__(self, core: AsyncClientCore) -> None:
        self.core = core
        self.caller = Caller(core)
        # update-v2: None until the server has shown whether it has it, then True or False.
        self.update_v2: bool | None = None

    async def aclose(self) -> None:
        await self.caller.aclose()

    async def batch_poll(
        self,
        task_type: str,
        *,
        worker_id: str,
        domain: str | None,
        count: int,
        timeout_ms: int,
        request_timeout: float,
    ) -> list[dict[str, Any]]:
        raw = await self.caller.call(
            _BATCH_POLL,
            path={"tasktype": task_type},
            query={"workerid": worker_id, "domain": domain, "count": count, "timeout": timeout_ms},
            headers=None,
            body=None,
            timeout=request_timeout,
        )
        if not raw or not raw.strip():
            return []
        decoded = json.loads(raw)
        if decoded is None:
            return []
        if isinstance(decoded, dict):  # a single task (a server answering like the non-batch poll)
            decoded = [decoded]
        if not isinstance(decoded, list):
            raise errors.ResponseDecodeError(
                f"batch poll answered {type(decoded).__name__}, expected a list", operation=_BATCH_POLL.name
            )
        return [t for t in decoded if isinstance(t, dict) and t.get("taskId")]

    async def update(self, result: Mapping[str, Any] | bytes, *, request_timeout: float) -> str:
        """Send a TaskResult (a dict, or its JSON encoding from ``encode_result``)."""
        body = result if isinstance(result, bytes) else encode_result(result)
        return await self.caller.call(_UPDATE, path=None, query=None, headers=None, body=body, timeout=request_timeout)

    async def update_and_next(
        self, result: Mapping[str, Any] | bytes, *, request_timeout: float
    ) -> dict[str, Any] | None:
        """Send a TaskResult and take the next task of its type in the same request (update-v2) when the
        server has that; returns the task, or None (none waiting, or a server without update-v2).

        Without update-v2 (404/405 before it ever worked) the result goes the classic way and update-v2 is not
        tried again.  A 404 is ambiguous (no such endpoint, or no such task): the classic update decides.
        """
        body = result if isinstance(result, bytes) else encode_result(result)
        if self.update_v2 is False:
            await self.update(body, request_timeout=request_timeout)
            return None
        try:
            raw = await self.caller.call(
                _UPDATE_V2, path=None, query=None, headers=None, body=body, timeout=request_timeout
            )
        except errors.ConductorError as exc:
            if self.update_v2 or exc.status_code not in (404, 405):
                raise
            await self.update(body, request_timeout=request_timeout)  # raises NotFoundError if the task is gone
            self.update_v2 = False
            return None
        self.update_v2 = True
        return _next_task(raw)

    def update_and_next_blocking(
        self, thread_caller: ThreadCaller, result: bytes, *, request_timeout: float
    ) -> dict[str, Any] | None:
        """``update_and_next`` from a sync worker's own thread (blocking), once the server has shown update-v2
        works; raises ``HandOver`` for what only the event loop does."""
        if self.update_v2 is not True:
            raise HandOver("update-v2 not known to work yet")
        raw = thread_caller.call(_UPDATE_V2, path=None, query=None, headers=None, body=result, timeout=request_timeout)
        return _next_task(raw)

    async def log(self, task_id: str, line: str, *, request_timeout: float) -> None:
        await self.caller.call(
            _LOG, path={"taskId": task_id}, query=None, headers=None, body=line, timeout=request_timeout
        )

    async def task_def_exists(self, task_type: str, *, request_timeout: float) -> bool:
        try:
            raw = await self.caller.call(
                _GET_TASK_DEF,
                path={"tasktype": task_type},
                query=None,
                headers=None,
                body=None,
                timeout=request_timeout,
            )
        except errors.NotFoundError:
            return False
        return bool(raw and raw.strip())

    async def register_task_defs(self, defs: list[dict[str, Any]], *, request_timeout: float) -> None:
        await self.caller.call(
            _REGISTER_TASK_DEFS, path=None, query=None, headers=None, body=defs, timeout=request_timeout
        )
