"""The retry policy: :class:`RetryPolicy`, when and how often a failed request is sent again, shared by the client
cores and the worker runtime (one place to change retries for both)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["RetryPolicy", "coerce_retry"]


class RetryPolicy:
    """When and how often a failed request is sent again.

    A request is retried when the attempt failed with a connection error, a timeout, or a status in
    ``retry_statuses`` (429, 502, 503, 504 by default) -- but only if the operation is safe to repeat
    (GET, PUT, DELETE, HEAD, and POSTs the generator marked safe). A request that provably never reached the
    server (connection refused, connect timeout, no free connection) is retried whatever its method.

    Between attempts the client sleeps a random time between 0 and ``min(backoff_max, backoff_base * 2**n)``
    (exponential backoff with full jitter); a ``Retry-After`` header in seconds or as a date is honoured
    instead, unless it asks for more than ``max_retry_after`` seconds, in which case the error is raised.

    ``RetryPolicy.off()`` (or ``retry=False`` on the client) sends each request once.

    The worker runtime follows the same policy (one place to change retries for both): its waits between
    failed polls, result updates and registrations are :meth:`backoff`, registration gives up after
    ``max_attempts`` and on failures :meth:`retries` refuses.  One rule of the worker stands above the policy: a
    computed task result is sent again after any failure that is not the server's final word on it, however many
    attempts that takes, until it is delivered or the shutdown hands it to the journal.
    """

    __slots__ = ("max_attempts", "backoff_base", "backoff_max", "retry_statuses", "max_retry_after")

    max_attempts: int
    """Attempts in total, the first included (1 = no retries)."""
    backoff_base: float
    backoff_max: float
    retry_statuses: frozenset[int]
    max_retry_after: float

    def __init__(
        self,
        max_attempts: int = 4,
        *,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        retry_statuses: Iterable[int] = (429, 502, 503, 504),
        max_retry_after: float = 60.0,
    ) -> None:
        if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
            raise ValueError(f"max_attempts must be an int >= 1, not {max_attempts!r}")
        for name, value in (
            ("backoff_base", backoff_base),
            ("backoff_max", backoff_max),
            ("max_retry_after", max_retry_after),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, not {value!r}")
        statuses = frozenset(int(s) for s in retry_statuses)
        set_ = object.__setattr__
        set_(self, "max_attempts", max_attempts)
        set_(self, "backoff_base", float(backoff_base))
        set_(self, "backoff_max", float(backoff_max))
        set_(self, "retry_statuses", statuses)
        set_(self, "max_retry_after", float(max_retry_after))

    @classmethod
    def off(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)

    @property
    def enabled(self) -> bool:
        return self.max_attempts > 1

    def backoff(self, retry: int, random: float) -> float:
        """The pause before retry number ``retry`` (1 = first retry), for a ``random`` draw in [0, 1)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2.0 ** min(retry - 1, 62)))
        return ceiling * random

    def retries(self, failure: BaseException) -> bool:
        """Whether a call that failed with ``failure`` (a ``ConductorError``) is worth sending again: it got no
        answer (a transport error or timeout), or an answer whose status is in ``retry_statuses``.  Whether the
        operation may be repeated at all is the caller's to judge (the client core asks ``Operation.retry_safe``).
        """
        from ..errors import ConductorError, TransportError

        if isinstance(failure, TransportError):
            return True  # no answer from the server
        if not isinstance(failure, ConductorError):
            return False  # not a failure of the call: a bug, not a passing fault
        return failure.status_code is not None and failure.status_code in self.retry_statuses

    def _key(self) -> tuple[object, ...]:
        return (self.max_attempts, self.backoff_base, self.backoff_max, self.retry_statuses, self.max_retry_after)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("RetryPolicy is immutable")

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled by its arguments (the worker hands it to spawned processes): slots state would meet __setattr__.
        options = {
            "backoff_base": self.backoff_base,
            "backoff_max": self.backoff_max,
            "retry_statuses": tuple(sorted(self.retry_statuses)),
            "max_retry_after": self.max_retry_after,
        }
        return (_retry_policy, (self.max_attempts, options))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RetryPolicy) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, backoff_base={self.backoff_base}, "
            f"backoff_max={self.backoff_max}, retry_statuses={sorted(self.retry_statuses)}, "
            f"max_retry_after={self.max_retry_after})"
        )


def _retry_policy(max_attempts: int, options: dict[str, object]) -> RetryPolicy:
    return RetryPolicy(max_attempts, **options)  # type: ignore[arg-type]


def coerce_retry(value: RetryPolicy | bool | None) -> RetryPolicy:
    if value is None or value is True:
        return RetryPolicy()
    if value is False:
        return RetryPolicy.off()
    if isinstance(value, RetryPolicy):
        return value
    raise TypeError(f"retry must be a RetryPolicy or a bool, not {value!r}")
