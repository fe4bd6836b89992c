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
    stack = [schema]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        yield node
        stack.extend(node[key] for key in _SINGLE if isinstance(node.get(key), dict))
        for key in _LISTS:
            if isinstance(node.get(key), list):
                stack.extend(node[key])
        for key in _MAPS:
            if isinstance(node.get(key), dict):
                stack.extend(node[key].values())
