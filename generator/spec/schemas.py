"""Walking the schemas inside a schema: where keywords are, as opposed to property names.

`properties` maps names to schemas, so a generic walk over JSON objects would take a property called
`description` for the keyword; this walk only visits schema positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_SINGLE = ("items", "additionalProperties", "not", "contains", "propertyNames", "additionalItems")
_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def iter_schemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Every schema object in `schema`, itself included."""
    for node, _where in iter_schemas_with_paths(schema, ()):
        yield node


def iter_schemas_with_paths(
    schema: Any, where: tuple[object, ...]
) -> Iterator[tuple[dict[str, Any], tuple[object, ...]]]:
    """The same, each with its path (for JSON pointers), starting from `where`."""
    stack = [(schema, where)]
    while stack:
        node, at = stack.pop()
        if not isinstance(node, dict):
            continue
        yield node, at
        stack.extend((node[key], at + (key,)) for key in _SINGLE if isinstance(node.get(key), dict))
        for key in _LISTS:
            if isinstance(node.get(key), list):
                stack.extend((value, at + (key, i)) for i, value in enumerate(node[key]))
        for key in _MAPS:
            if isinstance(node.get(key), dict):
                stack.extend((value, at + (key, name)) for name, value in node[key].items())
