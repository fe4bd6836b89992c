"""Descriptions of API operations, as the generated API modules declare them.

An :class:`Operation` is a constant: the generated code builds one per endpoint at import time of its API
module, so construction must stay cheap. Anything derived from it (the parsed path template, the response
decoder) is computed on first use and cached on the object.

This module deliberately imports nothing at run time (not even :mod:`typing`): it is loaded with the API
modules and counts against the package's import time.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any, Generic, TypeVar

    T = TypeVar("T")

    class _Typed(Generic[T]):
        __slots__ = ()

else:

    class _Typed:
        """Run-time stand-in for ``Generic[T]``: ``Operation[X]`` is only ever used in annotations."""

        __slots__ = ()

        def __class_getitem__(cls, item):
            return cls

    T = None

__all__ = ["Operation", "Returns"]

# Response kinds.
JSON = "json"
ANY_JSON = "any_json"
TEXT = "text"
BYTES = "bytes"
EMPTY = "empty"

_ACCEPT = {
    JSON: "application/json, */*;q=0.8",
    ANY_JSON: "application/json, */*;q=0.8",
    TEXT: "text/plain, */*;q=0.8",
    BYTES: "*/*",
    EMPTY: "*/*",
}


class Returns(_Typed[T]):
    """How to read a successful response.

    Build one with the factory methods: ``Returns.json(lambda m: m.Workflow)``, ``Returns.any_json()``,
    ``Returns.text()``, ``Returns.bytes()`` or ``Returns.empty()``. The resolver of ``Returns.json`` gets the
    package's ``models`` module and returns the type to validate against; it runs once, on first use.
    """

    __slots__ = ("kind", "resolver", "_decoder")

    kind: str
    resolver: Callable[[ModuleType], Any] | None
    _decoder: Any

    def __init__(self, kind: str, resolver: Callable[[ModuleType], Any] | None = None) -> None:
        if kind not in _ACCEPT:
            raise ValueError(f"unknown response kind {kind!r}")
        if (kind == JSON) != (resolver is not None):
            raise ValueError("a resolver is required for, and only for, Returns.json")
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "resolver", resolver)
        object.__setattr__(self, "_decoder", None)

    @staticmethod
    def json(resolver: Callable[[ModuleType], Any]) -> Returns[Any]:
        """JSON validated against the type ``resolver(models)`` returns (a model, ``list[m.Task]``...)."""
        return Returns(JSON, resolver)

    @staticmethod
    def any_json() -> Returns[Any]:
        """JSON decoded without validation (dicts, lists, strings, numbers)."""
        return Returns(ANY_JSON)

    @staticmethod
    def text() -> Returns[str]:
        """The body as text (UTF-8 unless the response names another charset)."""
        return Returns(TEXT)

    @staticmethod
    def bytes() -> Returns[bytes]:
        """The raw body."""
        return Returns(BYTES)

    @staticmethod
    def empty() -> Returns[None]:
        """Nothing: any body is ignored."""
        return Returns(EMPTY)

    @property
    def accept(self) -> str:
        """The ``Accept`` header that suits this kind of response."""
        return _ACCEPT[self.kind]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return f"Returns.{self.kind}(...)" if self.kind == JSON else f"Returns.{self.kind}()"


class Operation(_Typed[T]):
    """One API operation: what to send and how to read the answer. Immutable.

    ``name`` is ``"<group>.<method>"`` and shows in errors and logs; ``path`` is the wire path template
    (``/api/workflow/{workflowId}``); ``retry_safe`` says whether the request may be sent again after a
    failure whose outcome is unknown (timeouts, 502/503/504, 429).
    """

    __slots__ = ("name", "method", "path", "returns", "body_media_type", "retry_safe", "_template")

    name: str
    method: str
    path: str
    returns: Returns[T]
    body_media_type: str | None
    retry_safe: bool
    _template: tuple[tuple[str, ...], tuple[str, ...]] | None

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        returns: Returns[T],
        body_media_type: str | None = None,
        retry_safe: bool = False,
    ) -> None:
        if not path.startswith("/"):
            raise ValueError(f"operation {name}: path must start with '/': {path!r}")
        set_ = object.__setattr__
        set_(self, "name", name)
        set_(self, "method", method.upper())
        set_(self, "path", path)
        set_(self, "returns", returns)
        set_(self, "body_media_type", body_media_type)
        set_(self, "retry_safe", bool(retry_safe))
        set_(self, "_template", None)

    @property
    def template(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The path split into literal parts and parameter names: ``literals[0] + p0 + literals[1] ...``."""
        parsed = self._template
        if parsed is None:
            literals: list[str] = []
            names: list[str] = []
            rest = self.path
            while True:
                start = rest.find("{")
                if start < 0:
                    literals.append(rest)
                    break
                end = rest.find("}", start)
                if end < 0:
                    raise ValueError(f"operation {self.name}: unbalanced brace in path {self.path!r}")
                literals.append(rest[:start])
                names.append(rest[start + 1 : end])
                rest = rest[end + 1 :]
            parsed = (tuple(literals), tuple(names))
            object.__setattr__(self, "_template", parsed)
        return parsed

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return (
            f"Operation(name={self.name!r}, method={self.method!r}, path={self.path!r}, "
            f"returns={self.returns!r}, body_media_type={self.body_media_type!r}, retry_safe={self.retry_safe!r})"
        )
