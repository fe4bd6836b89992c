"""Schema → Python type, for the API modules (parameters, bodies, return values) and model fields."""

from __future__ import annotations

from typing import Any, Callable

from .model import PyType

SCHEMA_PREFIX = "#/components/schemas/"
ANY = PyType("Any", "Any", loose=True)
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def scalar(name: str) -> PyType:
    return PyType(name, name)


class TypeMapper:
    """Maps schemas to `PyType`s. `class_for_ref` gives the decided class name of a component schema."""

    def __init__(self, class_for_ref: Callable[[str], str | None], on_loose: Callable[[str], None]) -> None:
        self._class_for_ref = class_for_ref
        self._on_loose = on_loose

    def map(self, schema: Any, depth: int = 0) -> PyType:
        if depth > 32:
            return self._loose("nesting too deep")
        if not isinstance(schema, dict):
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = self._class_for_ref(ref)
            if name is None:
                return self._loose(f"unknown $ref {ref}")
            return PyType(f"models.{name}", f"m.{name}", uses_models=True)
        kind = schema.get("type")
        nullable = bool(schema.get("nullable"))
        if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"]
            nullable = nullable or "null" in kind
            rest = [k for k in kind if k != "null"]
            kind = rest[0] if len(rest) == 1 else None
        for combinator in ("allOf", "oneOf", "anyOf"):
            parts = schema.get(combinator)
            if isinstance(parts, list) and parts:
                if combinator == "allOf" and len(parts) == 1:
                    result = self.map(parts[0], depth + 1)
                else:
                    result = self._loose(f"{combinator} is not typed precisely")
                return result.optional() if nullable else result
        result = self._map_kind(kind, schema, depth)
        return result.optional() if nullable else result

    def _map_kind(self, kind: Any, schema: dict[str, Any], depth: int) -> PyType:
        if kind == "string" and schema.get("format") == "binary":
            return scalar("bytes")
        if kind in _SCALARS:
            return scalar(_SCALARS[kind])
        if kind == "array":
            item = self.map(schema.get("items", {}), depth + 1)
            return PyType(f"list[{item.annotation}]", f"list_of({item.resolver})", item.uses_models, item.loose)
        if kind == "object" or (kind is None and ("properties" in schema or "additionalProperties" in schema)):
            extra = schema.get("additionalProperties")
            if schema.get("properties"):
                return self._loose("an inline object with properties is read as a dict")
            if isinstance(extra, dict) and extra:
                value = self.map(extra, depth + 1)
                return PyType(
                    f"dict[str, {value.annotation}]", f"dict_of({value.resolver})", value.uses_models, value.loose
                )
            return PyType("dict[str, Any]", "dict_of(Any)")
        return ANY

    def _loose(self, why: str) -> PyType:
        self._on_loose(why)
        return ANY
