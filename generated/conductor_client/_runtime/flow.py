"""Request flows and their drivers.

Everything a call does -- building the request, authenticating, deciding on retries, decoding the answer,
raising typed errors -- is written once, as a generator (a :data:`Flow`, ``CoreBase._flow`` in :mod:`.core`)
that *yields* what it needs done: send this request (:data:`SEND`), sleep this long (:data:`SLEEP`), give me a
token (:data:`TOKEN`).  A driver carries those actions out its own way: :func:`run_flow` blocking (the sync core,
a sync worker's threads), :func:`arun_flow` on the event loop (the async core, the worker's loop).  So the sync
and async clients, and the worker's own transport, can not drift apart.

A module of its own because the worker drives flows too (the seam in RUNTIME-CONTRACT.md); it imports nothing at
run time.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator
    from typing import Any, TypeVar

    from .timeouts import Timeout

    T = TypeVar("T")
    # What a flow yields: (SEND, (method, url, headers, content, Timeout)), (SLEEP, seconds) or
    # (TOKEN, stale token or None); and what it is sent back: a response (httpx's or http1's), None, or a token.
    Action = tuple[int, Any]
    Flow = Generator[Action, Any, T]

__all__ = ["SEND", "SLEEP", "TOKEN", "run_flow", "arun_flow"]

SEND = 0
SLEEP = 1
TOKEN = 2


def run_flow(
    flow: Flow[T],
    send: Callable[[str, str, dict[str, str], bytes | None, Timeout], Any],
    failures: tuple[type[BaseException], ...],
    sleep: Callable[[float], object],
    token: Callable[[str | None], str | None],
) -> T:
    """Carry out, blocking, what a request flow yields until it returns: ``send`` a request (a failure in
    ``failures`` is thrown back into the flow, which decides about a retry), ``sleep`` before a retry, get a
    ``token``. Every blocking driver runs this one loop (the sync core, a sync worker's threads)."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            if error is None:
                kind, arg = flow.send(value)
            else:
                kind, arg = flow.throw(error)
            value = error = None
            if kind == SEND:
                try:
                    value = send(*arg)
                except failures as exc:
                    error = exc
            elif kind == SLEEP:
                sleep(arg)
            else:
                value = token(arg)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def arun_flow(
    flow: Flow[T],
    send: Callable[[str, str, dict[str, str], bytes | None, Timeout], Awaitable[Any]],
    failures: tuple[type[BaseException], ...],
    sleep: Callable[[float], Awaitable[object]],
    token: Callable[[str | None], Awaitable[str | None]],
) -> T:
    """:func:`run_flow` for the event loop (the async core, the worker's loop)."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            if error is None:
                kind, arg = flow.send(value)
            else:
                kind, arg = flow.throw(error)
            value = error = None
            if kind == SEND:
                try:
                    value = await send(*arg)
                except failures as exc:
                    error = exc
            elif kind == SLEEP:
                await sleep(arg)
            else:
                value = await token(arg)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()
