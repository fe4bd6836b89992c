"""Token authentication state (the I/O and locking live in the cores).

The key and secret are exchanged for a token at ``POST /api/token``; the token is sent as ``X-Authorization``.
It is cached and fetched again shortly before it expires -- at the JWT's ``exp`` claim (read, not verified)
less a margin, or after a fixed TTL when the token carries no ``exp`` -- and once when a request is answered
401. A server that answers 404 (or 405) at ``/api/token`` runs without auth: requests then go without the
header and the endpoint is not asked again.

Neither the secret nor a token ever appears in a repr, a log record or an exception.
"""

from __future__ import annotations

import time

from ..errors import AuthError, register_secret
from .operation import Operation, Returns

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

__all__ = ["TOKEN_OPERATION", "TokenState", "Missing", "MISSING", "jwt_lifetime"]

TOKEN_OPERATION: Final[Operation[bytes]] = Operation(
    name="auth.token",
    method="POST",
    path="/api/token",
    returns=Returns.bytes(),
    body_media_type="application/json",
    retry_safe=True,  # exchanging credentials has no side effect
)

#: Statuses of ``/api/token`` that mean "this server has no auth".
NO_AUTH_STATUSES: Final = frozenset({404, 405})

#: Refresh this long before a token's ``exp`` at most (and at most 10 % of its lifetime).
REFRESH_MARGIN: Final = 60.0
#: A token is used at least this long, even if its ``exp`` looks past (clock skew).
MIN_LIFETIME: Final = 30.0


class Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


#: Returned by :meth:`TokenState.usable` when a token must be fetched.
MISSING: Final = Missing()


def jwt_lifetime(token: str, now: float | None = None) -> float | None:
    """Seconds until the JWT's ``exp`` claim, or None when the token is not a JWT with a numeric ``exp``."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    import base64
    import binascii
    import json

    payload = parts[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, bool) or not isinstance(exp, (int, float)):
        return None
    return float(exp) - (time.time() if now is None else now)


class TokenState:
    """The cached token of one client. Reads are lock-free; the cores serialize fetches (single flight)."""

    __slots__ = ("_key", "_secret", "_clock", "_ttl", "_token", "_refresh_at", "_expires_at", "_disabled")

    def __init__(self, key: str, secret: str, *, ttl: float, clock: Callable[[], float] | None = None) -> None:
        self._key = key
        self._secret = secret
        self._clock: Callable[[], float] = clock or time.monotonic
        self._ttl = ttl
        self._token: str | None = None
        self._refresh_at = 0.0
        self._expires_at = 0.0
        self._disabled = False

    @property
    def disabled(self) -> bool:
        """True once the server showed it has no auth (404 at /api/token)."""
        return self._disabled

    def usable(self, stale: str | None = None) -> str | None | Missing:
        """The token to send: a cached one, None (no auth), or :data:`MISSING` (fetch one first).

        ``stale`` is a token the server just refused; it is never returned again.
        """
        if self._disabled:
            return None
        token = self._token
        if token is None or token == stale or self._clock() >= self._refresh_at:
            return MISSING
        return token

    def fallback(self, stale: str | None) -> str | None:
        """The current token if it has not expired yet: used when an early refresh fails."""
        token = self._token
        if token is not None and token != stale and self._clock() < self._expires_at:
            return token
        return None

    def credentials(self) -> dict[str, str]:
        return {"keyId": self._key, "keySecret": self._secret}

    def disable(self) -> None:
        self._disabled = True
        self._token = None

    def store(self, content: bytes) -> str:
        """Read the ``/api/token`` answer and cache the token; AuthError (without the body) if unreadable."""
        import json

        try:
            data = json.loads(content)
        except ValueError:
            data = None
        token = data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise AuthError(
                "the answer of /api/token holds no token",
                status_code=200,
                method=TOKEN_OPERATION.method,
                operation=TOKEN_OPERATION.name,
            )
        now = self._clock()
        lifetime = jwt_lifetime(token)
        if lifetime is None:
            expires_in = refresh_in = self._ttl
        else:
            expires_in = max(lifetime, MIN_LIFETIME)
            refresh_in = max(expires_in - min(REFRESH_MARGIN, expires_in * 0.1), 1.0)
        self._expires_at = now + expires_in
        self._refresh_at = now + refresh_in
        self._token = token
        register_secret(token)  # never shown in an exception, even where a server's answer echoes it
        return token

    def valid_for(self) -> float:
        """Seconds before the cached token is refreshed (0 without one); for logs and tests."""
        return max(0.0, self._refresh_at - self._clock()) if self._token else 0.0

    def __repr__(self) -> str:
        if self._disabled:
            state = "server has no auth"
        elif self._token is None:
            state = "no token yet"
        else:
            state = f"token cached, refresh in {self.valid_for():.0f} s"
        return f"<TokenState {state}>"
