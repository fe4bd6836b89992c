"""Timeouts: :class:`Timeout`, the limits of one attempt's phases and of the attempt as a whole, and what a
``timeout=`` argument accepts (:data:`TimeoutArg`).

A module of its own, imported by everything that sends (the cores, the runtime's HTTP/1.1 clients, the worker):
it imports nothing at run time.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["Timeout", "TimeoutArg", "coerce_timeout"]


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


_UNSET: Final = _Unset()


def _seconds(name: str, value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout {name} must be a number of seconds or None, not {value!r}")
    if value < 0:
        raise ValueError(f"timeout {name} must not be negative: {value!r}")
    return float(value)


class Timeout:
    """Timeouts in seconds for the phases of a request, and for one attempt as a whole; ``None`` means no limit.

    ``Timeout(10)`` sets all of them to 10 s; keywords set single ones and leave the others at their defaults
    (or at the positional value when one is given)::

        Timeout()                       # connect=5, read=60, write=30, pool=10, total=95
        Timeout(read=300)               # a long read, defaults elsewhere (total=335)
        Timeout(2.5, connect=1)         # 1 s to connect, 2.5 s for everything else
        Timeout(3)                      # an attempt ends within 3 s, however the server trickles its answer

    ``total`` bounds one attempt from the connect to the answer's last byte, so that a server sending a byte
    now and then cannot stretch a call past it (the others bound each wait); when neither it nor a positional
    value is given it is ``connect + read + write``.  Retries are attempts of their own.

    Wherever a ``timeout=`` argument is accepted, a plain number means ``Timeout(number)``.
    """

    __slots__ = ("connect", "read", "write", "pool", "total")

    DEFAULT_CONNECT: Final = 5.0
    DEFAULT_READ: Final = 60.0
    DEFAULT_WRITE: Final = 30.0
    DEFAULT_POOL: Final = 10.0

    connect: float | None
    """Time to establish the connection (TCP and TLS)."""
    read: float | None
    """Longest wait for a chunk of the response."""
    write: float | None
    """Longest wait to send a chunk of the request."""
    pool: float | None
    """Longest wait for a free connection from httpx's pool (the runtime's own pool never waits: each thread
    takes a connection of its own)."""
    total: float | None
    """Longest time one attempt may take, from the connect to the answer's last byte."""

    def __init__(
        self,
        timeout: float | None | _Unset = _UNSET,
        *,
        connect: float | None | _Unset = _UNSET,
        read: float | None | _Unset = _UNSET,
        write: float | None | _Unset = _UNSET,
        pool: float | None | _Unset = _UNSET,
        total: float | None | _Unset = _UNSET,
    ) -> None:
        def pick(name: str, value: float | None | _Unset, default: float) -> float | None:
            if isinstance(value, _Unset):
                value = default if isinstance(timeout, _Unset) else timeout
            return _seconds(name, value)

        set_ = object.__setattr__
        set_(self, "connect", pick("connect", connect, self.DEFAULT_CONNECT))
        set_(self, "read", pick("read", read, self.DEFAULT_READ))
        set_(self, "write", pick("write", write, self.DEFAULT_WRITE))
        set_(self, "pool", pick("pool", pool, self.DEFAULT_POOL))
        if isinstance(total, _Unset) and isinstance(timeout, _Unset):
            phases = (self.connect, self.read, self.write)
            set_(self, "total", None if None in phases else sum(phases))
        else:
            set_(self, "total", pick("total", total, 0.0))

    def as_tuple(self) -> tuple[float | None, float | None, float | None, float | None]:
        """The four phases (``total`` apart): ``(connect, read, write, pool)``."""
        return (self.connect, self.read, self.write, self.pool)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Timeout is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeout) and (self.as_tuple(), self.total) == (other.as_tuple(), other.total)

    def __hash__(self) -> int:
        return hash((self.as_tuple(), self.total))

    def __repr__(self) -> str:
        return (
            f"Timeout(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool}, "
            f"total={self.total})"
        )


TimeoutArg = float | Timeout
"""What a ``timeout=`` argument accepts: seconds for every phase, or a :class:`Timeout`."""


def coerce_timeout(value: TimeoutArg | None, default: Timeout) -> Timeout:
    if value is None:
        return default
    if isinstance(value, Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or a Timeout, not {value!r}")
    return Timeout(value)
