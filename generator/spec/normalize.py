"""Repairs for the ways real Conductor (springdoc) documents break the rules.

Each repair is reported as a warning that names the place; under `--strict` the same finding is an error and
nothing is repaired. The input document is never modified: `normalize` returns a repaired deep copy.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from typing import Any, Callable

from ..diagnostics import Diagnostics, json_pointer
from ..json_fields import list_at
from .refs import iter_objects
from .schemas import iter_schemas_with_paths

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


def normalize(document: dict[str, Any], diags: Diagnostics, *, strict: bool = False) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    report: Callable[[str, str, str], None] = diags.error if strict else diags.warn  # type: ignore[assignment]
    paths = doc.get("paths")
    if isinstance(paths, dict):
        _repair_path_parameters(paths, report)
        _report_duplicate_templates(paths, report)
        _repair_media_types(paths, report)
    _repair_any_value_maps(doc, report)
    _repair_arrays_with_properties(doc, report)
    return doc


def iter_operations(paths: dict[str, Any]) -> Any:
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, item, operation


def _repair_path_parameters(paths: dict[str, Any], report: Callable[[str, str, str], None]) -> None:
    """A `{name}` in the path must be declared `in: path`; springdoc sometimes says `query` or nothing."""
    for path, method, item, operation in iter_operations(paths):
        used = _TEMPLATE_PARAM.findall(path)
        shared = list_at(item, "parameters")
        params = operation.setdefault("parameters", [])
        if not isinstance(params, list):
            continue
        for name in used:
            declared = [p for p in params + shared if isinstance(p, dict) and p.get("name") == name]
            if any(p.get("in") == "path" for p in declared):
                continue
            pointer = json_pointer("paths", path, method, "parameters")
            wrong = next((p for p in declared if p.get("in") != "path"), None)
            if wrong is not None:
                report(
                    "path-param-declared-as-" + str(wrong.get("in")),
                    f"{method.upper()} {path}: parameter {name!r} is used in the path but declared in "
                    f"{wrong.get('in')!r}; treated as a path parameter",
                    pointer,
                )
                wrong["in"] = "path"
                wrong["required"] = True
            else:
                report(
                    "path-param-undeclared",
                    f"{method.upper()} {path}: parameter {name!r} is used in the path but not declared; "
                    "added as a required string",
                    pointer,
                )
                params.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})


def _report_duplicate_templates(paths: dict[str, Any], report: Callable[[str, str, str], None]) -> None:
    """`/api/workflow/{name}` and `/api/workflow/{workflowId}` are one URL pattern with two names."""
    by_shape: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        by_shape[_TEMPLATE_PARAM.sub("{}", path)].append(path)
    for group in by_shape.values():
        if len(group) < 2:
            continue
        methods: dict[str, list[str]] = defaultdict(list)
        for path in group:
            item = paths[path]
            for method in HTTP_METHODS:
                if isinstance(item, dict) and method in item:
                    methods[method].append(path)
        for method, clashing in sorted(methods.items()):
            if len(clashing) > 1:
                report(
                    "duplicate-path-template",
                    f"{method.upper()} is declared on {len(clashing)} paths that match the same URLs: "
                    f"{', '.join(sorted(clashing))}; each keeps its own method, but the server can route only one",
                    json_pointer("paths", sorted(clashing)[1]),
                )


def _repair_media_types(paths: dict[str, Any], report: Callable[[str, str, str], None]) -> None:
    """`*/*` says nothing; decide from the schema: JSON for objects and arrays, text for strings."""
    for path, method, _item, operation in iter_operations(paths):
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            continue
        for status, response in responses.items():
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or "*/*" not in content:
                continue
            media = content["*/*"] if isinstance(content["*/*"], dict) else {}
            decided = wire_media_type_for(media.get("schema"))
            pointer = json_pointer("paths", path, method, "responses", status, "content", "*/*")
            report(
                "wildcard-media-type",
                f"{method.upper()} {path} answers '*/*'; read as {decided}",
                pointer,
            )
            rest = {k: v for k, v in content.items() if k != "*/*"}
            response["content"] = {decided: media, **rest} if decided not in rest else rest


def wire_media_type_for(schema: Any) -> str:
    if isinstance(schema, dict):
        kind = schema.get("type")
        if kind == "string" and schema.get("format") in ("binary", "byte"):
            return "application/octet-stream"
        if kind == "string" and not schema.get("enum"):
            return "text/plain"
    return "application/json"


def _repair_any_value_maps(doc: dict[str, Any], report: Callable[[str, str, str], None]) -> None:
    """springdoc writes `Map<String, Object>` as `additionalProperties: {type: object}`; the values are any JSON."""
    for where, node in iter_objects(doc):
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra.get("type") == "object" and set(extra) <= {"type", "description"}:
            report(
                "any-value-map",
                "map values declared as {type: object} are read as any JSON value",
                json_pointer(*where, "additionalProperties"),
            )
            node["additionalProperties"] = {}


def _repair_arrays_with_properties(doc: dict[str, Any], report: Callable[[str, str, str], None]) -> None:
    """springdoc describes protobuf's string lists (`ProtocolStringList`) as an array that also has the Java
    list's bean properties (`empty`, `first`, `last`); a JSON array has no properties, so they are dropped."""
    components = doc.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    for name, schema in schemas.items():
        for node, where in iter_schemas_with_paths(schema, ("components", "schemas", name)):
            if node.get("type") == "array" and "properties" in node:
                report("array-with-properties", "an array schema also declares properties; they are ignored",
                       json_pointer(*where, "properties"))
                del node["properties"]
