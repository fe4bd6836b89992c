"""Compound types built at run time, for the lazy return-type resolvers of the API modules.

`Returns.json(lambda m: list_of(m.Task))` rather than `list[m.Task]`: the call reads the same to Python, while a
type checker sees an ordinary expression instead of a type application it would try to check.
"""

from __future__ import annotations

from typing import Any


def list_of(item: Any) -> Any:
    return list[item]


def dict_of(value: Any) -> Any:
    return dict[str, value]


def optional_of(value: Any) -> Any:
    return value | None
