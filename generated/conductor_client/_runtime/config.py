"""The client settings: :class:`ClientSettings`, the keyword arguments every client takes (declared once, for the
type checker), and :class:`Settings`, where each is read from the arguments or the environment and checked.

Environment variables (read when the matching constructor argument is not given):

``CONDUCTOR_SERVER_URL``
    The server's base URL, default ``http://localhost:8080``. A trailing ``/api`` is accepted and removed
    (the generated paths already start with ``/api``), so ``http://localhost:8080/api`` works too.
``CONDUCTOR_AUTH_KEY`` / ``CONDUCTOR_AUTH_SECRET``
    An application key and secret, exchanged for a token at ``POST /api/token``.

Everything is checked here, once, when a client (or worker) is configured: a server URL that is not a plain
``http(s)://host[:port][/path]`` -- a control character, a space, a query -- or a header that could not be sent
raises :class:`~..errors.ConfigurationError` naming the setting, and nothing is sent.  What the settings hold has
modules of its own: :mod:`.timeouts`, :mod:`.retry`, :mod:`.urls` (the server URL's check), :mod:`.tls`.
"""

from __future__ import annotations

import os

from .retry import coerce_retry
from .timeouts import Timeout, coerce_timeout
from .urls import display_url, normalize_server_url

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final, TypedDict

    from typing_extensions import Unpack

    from .retry import RetryPolicy
    from .timeouts import TimeoutArg
    from .tls import Verify

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_SERVER_URL",
    "ENV_SERVER_URL",
    "ENV_AUTH_KEY",
    "ENV_AUTH_SECRET",
    "Settings",
]

DEFAULT_SERVER_URL: Final = "http://localhost:8080"
ENV_SERVER_URL: Final = "CONDUCTOR_SERVER_URL"
ENV_AUTH_KEY: Final = "CONDUCTOR_AUTH_KEY"
ENV_AUTH_SECRET: Final = "CONDUCTOR_AUTH_SECRET"

#: Without an ``exp`` claim in the token, it is fetched again after this many seconds.
DEFAULT_TOKEN_TTL: Final = 45 * 60.0
#: The largest answer body read by default: 64 MiB (a 500-task workflow is about 2.5 MB).
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


if TYPE_CHECKING:  # for the type checker only: a TypedDict would import typing with the runtime

    class ClientSettings(TypedDict, total=False):
        """The settings every client takes as keyword arguments, written once: ``SyncClientCore``,
        ``AsyncClientCore`` (and so ``ConductorClient``, ``AsyncConductorClient``) and :class:`Settings` accept them
        as ``**settings``, so a type checker flags a misspelt name or a wrong type where the client is built, and an
        IDE completes them.  A setting not given takes the default said here."""

        auth_key: str | None
        """Application key id; with ``auth_secret``, exchanged for a token at ``/api/token``.  Default
        ``$CONDUCTOR_AUTH_KEY``."""
        auth_secret: str | None
        """Application key secret.  Default ``$CONDUCTOR_AUTH_SECRET``."""
        timeout: TimeoutArg | None
        """Default timeouts, seconds or :class:`Timeout` (default ``Timeout()``); each call can override them with
        ``timeout=``."""
        retry: RetryPolicy | bool | None
        """A :class:`RetryPolicy`, or False to never retry (default ``RetryPolicy()``)."""
        verify: Verify
        """TLS verification: True (system/certifi CAs, the default), False, a CA bundle file or directory path, or
        an ``ssl.SSLContext`` (also the way to present a client certificate)."""
        proxy: str | None
        """Proxy URL for all requests; without it, ``HTTP(S)_PROXY``/``NO_PROXY`` apply when ``trust_env`` is
        true (as do ``SSL_CERT_FILE``/``SSL_CERT_DIR``)."""
        trust_env: bool
        """Whether the proxy and CA variables of the environment apply (default True)."""
        headers: Mapping[str, str] | None
        """Extra headers sent with every request."""
        token_ttl: float | None
        """Seconds a token without ``exp`` claim is used before it is fetched again (default 45 minutes)."""
        user_agent: str | None
        """Replaces the ``User-Agent`` header."""
        max_response_bytes: int | None
        """The largest answer body read (default 64 MiB); a larger one is a ``TransportError`` (kind
        ``too_large``), found before it is read whole."""


class Settings:
    """The resolved configuration of one client (internal). Its repr never shows credentials.

    ``Settings(server_url, **settings)``: the keyword arguments are :class:`ClientSettings`'s, and this is where
    each is read and checked; an unknown name is a TypeError, as for any keyword argument, before anything else.
    """

    __slots__ = (
        "server_url",
        "auth_key",
        "_auth_secret",
        "timeout",
        "retry",
        "verify",
        "proxy",
        "trust_env",
        "headers",
        "user_agent",
        "token_ttl",
        "max_response_bytes",
    )

    server_url: str
    auth_key: str | None
    _auth_secret: str | None
    timeout: Timeout
    retry: RetryPolicy
    verify: Verify
    proxy: str | None
    trust_env: bool
    headers: dict[str, str]
    user_agent: str | None
    token_ttl: float
    max_response_bytes: int

    def __init__(self, server_url: str | None = None, **settings: Unpack[ClientSettings]) -> None:
        from ..errors import ConfigurationError

        unknown = [name for name in settings if name not in _SETTING_NAMES]
        if unknown:
            raise _unknown_setting(unknown[0])
        if server_url is not None:
            self.server_url = normalize_server_url(server_url, "server_url")
        else:
            from_env = _env(ENV_SERVER_URL)
            self.server_url = normalize_server_url(from_env or DEFAULT_SERVER_URL, ENV_SERVER_URL)
        key = settings.get("auth_key")
        secret = settings.get("auth_secret")
        key = (key if key is not None else _env(ENV_AUTH_KEY)) or None
        secret = (secret if secret is not None else _env(ENV_AUTH_SECRET)) or None
        if (key is None) != (secret is None):
            missing = "secret" if secret is None else "key"
            env = ENV_AUTH_SECRET if secret is None else ENV_AUTH_KEY
            raise ConfigurationError(
                f"an auth key and secret go together: the {missing} is missing (argument or {env})",
                setting=f"auth_{missing}",
            )
        self.auth_key = key
        self._auth_secret = secret
        from ..errors import register_secret

        register_secret(key)  # never shown in an exception, even where a server's answer echoes it
        register_secret(secret)
        self.timeout = coerce_timeout(settings.get("timeout"), Timeout())
        self.retry = coerce_retry(settings.get("retry"))
        verify = settings.get("verify", True)
        if not isinstance(verify, bool) and isinstance(verify, os.PathLike):
            verify = os.fspath(verify)
        self.verify = verify
        self.proxy = settings.get("proxy")
        self.trust_env = bool(settings.get("trust_env", True))
        self.headers = {str(k): str(v) for k, v in (settings.get("headers") or {}).items()}
        self.user_agent = user_agent = settings.get("user_agent")
        checked = [("headers", name, value) for name, value in self.headers.items()]
        if user_agent is not None:
            checked.append(("user_agent", "User-Agent", user_agent))
        for setting, name, value in checked:
            from .request import header_problem

            problem = header_problem(name, value)
            if problem is not None:
                raise ConfigurationError(f"{setting}: {problem}", setting=setting)
        max_response_bytes = settings.get("max_response_bytes")
        if max_response_bytes is None:
            max_response_bytes = DEFAULT_MAX_RESPONSE_BYTES
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ConfigurationError(
                f"max_response_bytes must be a positive number of bytes, not {max_response_bytes!r}",
                setting="max_response_bytes",
            )
        self.max_response_bytes = max_response_bytes
        token_ttl = settings.get("token_ttl")
        if token_ttl is not None and (isinstance(token_ttl, bool) or token_ttl <= 0):
            raise ConfigurationError(
                f"token_ttl must be a positive number of seconds, not {token_ttl!r}", setting="token_ttl"
            )
        self.token_ttl = float(token_ttl) if token_ttl is not None else DEFAULT_TOKEN_TTL

    @property
    def auth_secret(self) -> str | None:
        return self._auth_secret

    @property
    def auth_enabled(self) -> bool:
        return self.auth_key is not None

    def __repr__(self) -> str:
        auth = "key+secret" if self.auth_enabled else "none"
        return (
            f"Settings(server_url={display_url(self.server_url)!r}, auth={auth}, timeout={self.timeout!r}, "
            f"retry={self.retry!r})"
        )


# The names ``Settings`` accepts, read off its slots (each setting is stored under its own name; the secret behind
# an underscore): the one list at run time of what ``ClientSettings`` declares for the type checker.
_SETTING_NAMES: Final = frozenset(name.lstrip("_") for name in Settings.__slots__ if name != "server_url")


def _unknown_setting(name: str) -> TypeError:
    import difflib

    close = difflib.get_close_matches(name, sorted(_SETTING_NAMES), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; the settings are {', '.join(sorted(_SETTING_NAMES))}"
    return TypeError(f"unexpected keyword argument {name!r}{hint}")
