"""Client configuration: timeouts, the retry policy, and settings read from arguments or the environment.

Environment variables (read when the matching constructor argument is not given):

``CONDUCTOR_SERVER_URL``
    The server's base URL, default ``http://localhost:8080``. A trailing ``/api`` is accepted and removed
    (the generated paths already start with ``/api``), so ``http://localhost:8080/api`` works too.
``CONDUCTOR_AUTH_KEY`` / ``CONDUCTOR_AUTH_SECRET``
    An application key and secret, exchanged for a token at ``POST /api/token``.

Everything is checked here, once, when a client (or worker) is configured: a server URL that is not a plain
``http(s)://host[:port][/path]`` -- a control character, a space, a query -- or a header that could not be sent
raises :class:`~..errors.ConfigurationError` naming the setting, and nothing is sent.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from collections.abc import Iterable, Mapping
    from typing import Final, TypeAlias, TypedDict

    from typing_extensions import Unpack

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Timeout",
    "TimeoutArg",
    "RetryPolicy",
    "DEFAULT_SERVER_URL",
    "ENV_SERVER_URL",
    "ENV_AUTH_KEY",
    "ENV_AUTH_SECRET",
]

DEFAULT_SERVER_URL: Final = "http://localhost:8080"
ENV_SERVER_URL: Final = "CONDUCTOR_SERVER_URL"
ENV_AUTH_KEY: Final = "CONDUCTOR_AUTH_KEY"
ENV_AUTH_SECRET: Final = "CONDUCTOR_AUTH_SECRET"

#: Without an ``exp`` claim in the token, it is fetched again after this many seconds.
DEFAULT_TOKEN_TTL: Final = 45 * 60.0
#: The largest answer body read by default: 64 MiB (a 500-task workflow is about 2.5 MB).
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024


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


# --- URLs -----------------------------------------------------------------------------------------------------


def normalize_server_url(url: str, setting: str = "server_url") -> str:
    """``http://host:8080/api/`` -> ``http://host:8080``: no trailing slash, one trailing ``/api`` removed.

    The URL is checked whole, once, here: every request is this text plus an encoded path, so nothing a request
    carries can come from a URL that would bend it.  Refused (``ConfigurationError`` naming ``setting``): a scheme
    other than http/https, no host, a bad port, a query or fragment, and any control character, space or
    non-ASCII character anywhere (a CR/LF would start a header line of its own; write a host in its ``xn--``
    form).  Spaces and tabs around the URL are dropped.
    """
    from ..errors import ConfigurationError

    def refuse(why: str) -> ConfigurationError:
        return ConfigurationError(f"{setting}: {why}: {display_url(value)!r}", setting=setting)

    value = url.strip(" \t") if isinstance(url, str) else url
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a string, not {type(url).__name__}", setting=setting)
    if any(ch <= " " or ch >= "\x7f" for ch in value):
        raise refuse("the server URL must not hold control characters, spaces or non-ASCII characters")
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise refuse("the server URL must look like http://host:port or https://host")
    if "?" in rest or "#" in rest:
        raise refuse("the server URL must not have a query or fragment")
    authority = rest.split("/", 1)[0]
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):
        host, _, port = host_port[1:].partition("]")
        port = port[1:] if port.startswith(":") else port
    else:
        host, _, port = host_port.partition(":")
    if not host or "\\" in rest or any(ch in host for ch in '[]%/<>"{}|^`'):
        raise refuse("the server URL has no valid host")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise refuse("the server URL's port must be a number from 1 to 65535")
    value = scheme.lower() + "://" + rest.rstrip("/")
    if value.endswith("/api"):
        value = value[: -len("/api")]
    return value


_SENSITIVE_QUERY_WORDS = ("token", "secret", "password", "passwd", "apikey", "api_key", "auth", "signature")


def display_url(url: str) -> str:
    """The URL as it may be shown in messages and logs: user info and secret-looking query values masked."""
    scheme, sep, rest = url.partition("://")
    if sep:
        authority_end = len(rest)
        for ch in "/?#":
            pos = rest.find(ch)
            if 0 <= pos < authority_end:
                authority_end = pos
        authority = rest[:authority_end]
        if "@" in authority:
            rest = "***@" + authority.rpartition("@")[2] + rest[authority_end:]
    base, qsep, query = rest.partition("?")
    if qsep and query:
        parts = []
        for item in query.split("&"):
            name, eq, _value = item.partition("=")
            lowered = name.lower()
            if eq and any(word in lowered for word in _SENSITIVE_QUERY_WORDS):
                item = name + "=***"
            parts.append(item)
        rest = base + "?" + "&".join(parts)
    return scheme + sep + rest


# --- settings ---------------------------------------------------------------------------------------------------


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


Verify: TypeAlias = "bool | str | os.PathLike[str] | ssl.SSLContext"


def ssl_context(verify: Verify, trust_env: bool) -> ssl.SSLContext:
    """The TLS context for a ``verify`` setting, as httpx builds it: ``True`` verifies against
    ``$SSL_CERT_FILE``/``$SSL_CERT_DIR`` (with ``trust_env``) or else certifi's bundle (the system's when
    certifi is missing); a path is a CA bundle file or directory; ``False`` turns verification off; a context is
    used as given."""
    import ssl

    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify is True:
        if trust_env and os.environ.get("SSL_CERT_FILE"):
            return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        if trust_env and os.environ.get("SSL_CERT_DIR"):
            return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
        try:
            import certifi
        except ImportError:
            return ssl.create_default_context()
        return ssl.create_default_context(cafile=certifi.where())
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)


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
            raise ValueError(f"an auth key and secret go together: the {missing} is missing (argument or {env})")
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
            raise ValueError(f"token_ttl must be a positive number of seconds, not {token_ttl!r}")
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
