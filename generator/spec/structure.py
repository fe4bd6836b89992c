"""Type checks of the parts of the document the generator reads, with a pointer for each wrong value.

openapi-spec-validator reports most of these too, but some wrong types (say `"responses": 7`) make it crash
instead, and the IR must never meet them: so they are checked first, here, and reported as plain errors.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics, json_pointer
from .normalize import HTTP_METHODS

_SCHEMA_FIELDS: dict[str, tuple[type, ...]] = {
    "properties": (dict,),
    "required": (list,),
    "enum": (list,),
    "items": (dict, bool),
    "additionalProperties": (dict, bool),
    "allOf": (list,),
    "oneOf": (list,),
    "anyOf": (list,),
    "type": (str, list),
    "description": (str,),
    "title": (str,),
    "$ref": (str,),
    "format": (str,),
}
_OPERATION_FIELDS: dict[str, tuple[type, ...]] = {
    "parameters": (list,),
    "responses": (dict,),
    "requestBody": (dict,),
    "tags": (list,),
    "operationId": (str,),
    "summary": (str,),
    "description": (str,),
    "deprecated": (bool,),
}


def check_structure(document: dict[str, Any], diags: Diagnostics) -> None:
    paths = document.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            where: tuple[object, ...] = ("paths", path)
            if not isinstance(item, dict):
                _wrong(diags, where, "a path item", item)
                continue
            if not isinstance(item.get("parameters", []), list):
                _wrong(diags, where + ("parameters",), "a list", item["parameters"])
            for method in HTTP_METHODS:
                if method in item:
                    _check_operation(item[method], where + (method,), diags)
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict):
        for name, schema in schemas.items():
            _check_schema(schema, ("components", "schemas", name), diags)


def _check_operation(operation: Any, where: tuple[object, ...], diags: Diagnostics) -> None:
    if not isinstance(operation, dict):
        _wrong(diags, where, "an operation object", operation)
        return
    _check_fields(operation, _OPERATION_FIELDS, where, diags)
    params = operation.get("parameters")
    for index, param in enumerate(params if isinstance(params, list) else []):
        if not isinstance(param, dict):
            _wrong(diags, where + ("parameters", index), "a parameter object", param)
        elif "$ref" not in param and not isinstance(param.get("name"), str):
            diags.error("bad-type", "a parameter needs a string 'name'", json_pointer(*where, "parameters", index))
    responses = operation.get("responses")
    if isinstance(responses, dict):
        for status, response in responses.items():
            if not isinstance(response, dict):
                _wrong(diags, where + ("responses", status), "a response object", response)
            elif not isinstance(response.get("content", {}), dict):
                _wrong(diags, where + ("responses", status, "content"), "an object", response["content"])
    body = operation.get("requestBody")
    if isinstance(body, dict) and not isinstance(body.get("content", {}), dict):
        _wrong(diags, where + ("requestBody", "content"), "an object", body["content"])


def _check_schema(schema: Any, where: tuple[object, ...], diags: Diagnostics) -> None:
    stack = [(schema, where)]
    while stack:
        node, at = stack.pop()
        if isinstance(node, bool):
            continue
        if not isinstance(node, dict):
            _wrong(diags, at, "a schema object", node)
            continue
        _check_fields(node, _SCHEMA_FIELDS, at, diags)
        properties = node.get("properties")
        if isinstance(properties, dict):
            stack.extend((value, at + ("properties", key)) for key, value in properties.items())
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                stack.append((node[key], at + (key,)))
        for key in ("allOf", "oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                stack.extend((value, at + (key, i)) for i, value in enumerate(node[key]))


def _check_fields(node: dict[str, Any], fields: dict[str, tuple[type, ...]], where: tuple[object, ...],
                  diags: Diagnostics) -> None:
    for key, allowed in fields.items():
        if key in node and not isinstance(node[key], allowed):
            expected = " or ".join(_NAMES[t] for t in allowed)
            _wrong(diags, where + (key,), expected, node[key])


_NAMES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}


def _wrong(diags: Diagnostics, where: tuple[object, ...], expected: str, value: Any) -> None:
    diags.error("bad-type", f"expected {expected}, found {_kind(value)}", json_pointer(*where))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
