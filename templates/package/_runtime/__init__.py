"""The hand-written runtime under the generated API code: HTTP, auth, retries, decoding.

Modules: ``operation`` (what generated code declares per endpoint), ``sync_core`` and ``async_core`` (the sync
and async clients), ``core`` (what they share: settings, auth, the request flow), ``flow`` (the request flow's
actions and drivers), ``config`` (the client settings, from arguments or the environment), ``timeouts``,
``retry`` (the retry policy), ``urls`` (server URLs), ``tls`` (TLS contexts), ``auth`` (token cache), ``request``
(encoding), ``decode`` (decoding and error mapping), ``transport_errors`` (requests that got no answer). See
RUNTIME-CONTRACT.md in the generator for the interface.

Public names are loaded on first access, so importing this package costs next to nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .async_core import AsyncClientCore
    from .operation import Operation, Returns
    from .retry import RetryPolicy
    from .sync_core import SyncClientCore
    from .timeouts import Timeout, TimeoutArg

__all__ = [
    "AsyncClientCore",
    "Operation",
    "RetryPolicy",
    "Returns",
    "SyncClientCore",
    "Timeout",
    "TimeoutArg",
]

_WHERE = {
    "AsyncClientCore": "async_core",
    "SyncClientCore": "sync_core",
    "Operation": "operation",
    "Returns": "operation",
    "RetryPolicy": "retry",
    "Timeout": "timeouts",
    "TimeoutArg": "timeouts",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
