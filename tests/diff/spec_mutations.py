"""Random, seeded edits of a real spec: what a server upgrade can do to a document, for the diff's oracle test.

Each `mutate(document, rng)` applies one to three edits picked from EDITS and returns the new document and a
description of what it did (shown when the oracle finds a change the diff missed). The edits keep the document
loadable by the generator: references are only ever pointed at schemas that exist.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
PREFIX = "#/components/schemas/"
_SCALARS: list[dict[str, Any]] = [
    {"type": "string"}, {"type": "integer", "format": "int32"}, {"type": "integer", "format": "int64"},
    {"type": "boolean"}, {"type": "number"}, {"type": "array", "items": {"type": "string"}},
    {"type": "object", "additionalProperties": {"type": "object"}},
]
_METHODS = ("get", "put", "post", "delete", "patch")


def _schemas(doc: Document) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def _objects(doc: Document) -> list[str]:
    return sorted(n for n, s in _schemas(doc).items() if isinstance(s.get("properties"), dict) and s["properties"])


def _enums(doc: Document) -> list[tuple[str, dict[str, Any]]]:
    """Every enum, component or inline (a property's own enum): (where, schema holding the list)."""
    found = []
    for name, schema in sorted(_schemas(doc).items()):
        if isinstance(schema.get("enum"), list):
            found.append((name, schema))
        for prop_name, prop in sorted((schema.get("properties") or {}).items()):
            target = prop.get("items", prop) if isinstance(prop, dict) else {}
            if isinstance(target, dict) and isinstance(target.get("enum"), list):
                found.append((f"{name}.{prop_name}", target))
    return found


def _operations(doc: Document) -> list[tuple[str, str]]:
    return sorted((path, method) for path, item in doc["paths"].items() for method in item if method in _METHODS)


def open_schema(doc: Document, rng: random.Random) -> str:
    """The Orkes documents' trait: `additionalProperties: {}` on an object schema, its properties sometimes gone."""
    name = rng.choice(sorted(n for n, s in _schemas(doc).items() if s.get("type") in ("object", None)
                             and "enum" not in s))
    schema = _schemas(doc)[name]
    schema["additionalProperties"] = {}
    if rng.random() < 0.5:
        schema.pop("properties", None)
        schema.pop("required", None)
        return f"{name}: additionalProperties {{}}, properties dropped"
    return f"{name}: additionalProperties {{}}"


def type_extra_values(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    value = copy.deepcopy(rng.choice(_SCALARS[:5]))
    _schemas(doc)[name]["additionalProperties"] = value
    return f"{name}: additionalProperties {value}"


def remove_property(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    schema = _schemas(doc)[name]
    prop = rng.choice(sorted(schema["properties"]))
    del schema["properties"][prop]
    if prop in schema.get("required", []):
        schema["required"].remove(prop)
    return f"{name}.{prop} removed"


def add_property(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    prop = rng.choice(["extraInfo", "ownerApp", "labels", "priority", "region"])
    value: dict[str, Any] = copy.deepcopy(rng.choice(_SCALARS))
    if rng.random() < 0.3:
        value = {"$ref": PREFIX + rng.choice(_objects(doc))}
    _schemas(doc)[name]["properties"][prop] = value
    if rng.random() < 0.3:
        _schemas(doc)[name].setdefault("required", []).append(prop)
    return f"{name}.{prop} added: {value}"


def retype_property(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    schema = _schemas(doc)[name]
    prop = rng.choice(sorted(schema["properties"]))
    value = copy.deepcopy(rng.choice(_SCALARS)) if rng.random() < 0.7 else {"$ref": PREFIX + rng.choice(_objects(doc))}
    schema["properties"][prop] = value
    return f"{name}.{prop} retyped: {value}"


def toggle_required(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    schema = _schemas(doc)[name]
    prop = rng.choice(sorted(schema["properties"]))
    required = schema.setdefault("required", [])
    if prop in required:
        required.remove(prop)
        return f"{name}.{prop} made optional"
    required.append(prop)
    return f"{name}.{prop} made required"


def rename_wire(doc: Document, rng: random.Random) -> str:
    name = rng.choice(_objects(doc))
    schema = _schemas(doc)[name]
    prop = rng.choice(sorted(schema["properties"]))
    new = prop.upper() if rng.random() < 0.5 else prop + "Value"
    schema["properties"] = {(new if k == prop else k): v for k, v in schema["properties"].items()}
    if prop in schema.get("required", []):
        schema["required"] = [new if r == prop else r for r in schema["required"]]
    return f"{name}.{prop} now sent as {new}"


def change_enum(doc: Document, rng: random.Random) -> str:
    where, schema = rng.choice(_enums(doc))
    values = schema["enum"]
    choice = rng.random()
    if choice < 0.4 and len(values) > 1:
        gone = values.pop(rng.randrange(len(values)))
        return f"{where}: enum value {gone!r} removed"
    if choice < 0.6:
        values.append(7)  # a non-string value: no longer an open string enum
        return f"{where}: enum value 7 added"
    values.append(rng.choice(["ARCHIVED", "archived", "SKIPPED_2", "in-review"]))
    return f"{where}: enum value {values[-1]!r} added"


def rename_schema(doc: Document, rng: random.Random) -> str:
    old = rng.choice(_objects(doc))
    new = old + "V2"
    schemas = _schemas(doc)
    doc["components"]["schemas"] = {(new if k == old else k): v for k, v in schemas.items()}
    _replace_refs(doc, PREFIX + old, PREFIX + new)
    return f"schema {old} renamed {new}"


def remove_operation(doc: Document, rng: random.Random) -> str:
    path, method = rng.choice(_operations(doc))
    del doc["paths"][path][method]
    if not any(m in _METHODS for m in doc["paths"][path]):
        del doc["paths"][path]
    return f"{method.upper()} {path} removed"


def add_parameter(doc: Document, rng: random.Random) -> str:
    path, method = rng.choice(_operations(doc))
    required = rng.random() < 0.5
    param = {"name": rng.choice(["dryRun", "tenant", "limit"]), "in": "query", "required": required,
             "schema": copy.deepcopy(rng.choice(_SCALARS[:4]))}
    operation = doc["paths"][path][method]
    if any(p.get("name") == param["name"] for p in operation.get("parameters", []) if isinstance(p, dict)):
        return "no change (the parameter exists)"
    operation.setdefault("parameters", []).append(param)
    return f"{method.upper()} {path}: {'required' if required else 'optional'} query parameter {param['name']}"


def remove_parameter(doc: Document, rng: random.Random) -> str:
    candidates = [(p, m) for p, m in _operations(doc)
                  if any(q.get("in") == "query" for q in doc["paths"][p][m].get("parameters", []))]
    path, method = rng.choice(candidates)
    params = doc["paths"][path][method]["parameters"]
    gone = rng.choice([q for q in params if q.get("in") == "query"])
    params.remove(gone)
    return f"{method.upper()} {path}: query parameter {gone['name']} removed"


def retag_operation(doc: Document, rng: random.Random) -> str:
    path, method = rng.choice(_operations(doc))
    tag = rng.choice(["workflow-resource", "task-resource", "tenant-resource"])
    doc["paths"][path][method]["tags"] = [tag]
    return f"{method.upper()} {path} moved to tag {tag}"


def change_response(doc: Document, rng: random.Random) -> str:
    path, method = rng.choice(_operations(doc))
    target = rng.choice(_objects(doc))
    doc["paths"][path][method]["responses"] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": PREFIX + target}}}}}
    return f"{method.upper()} {path} now returns {target}"


def toggle_body_required(doc: Document, rng: random.Random) -> str:
    candidates = [(p, m) for p, m in _operations(doc) if "requestBody" in doc["paths"][p][m]]
    path, method = rng.choice(candidates)
    body = doc["paths"][path][method]["requestBody"]
    body["required"] = not body.get("required", False)
    return f"{method.upper()} {path}: body {'required' if body['required'] else 'optional'}"


EDITS: list[Callable[[Document, random.Random], str]] = [
    open_schema, type_extra_values, remove_property, add_property, retype_property, toggle_required, rename_wire,
    change_enum, rename_schema, remove_operation, add_parameter, remove_parameter, retag_operation,
    change_response, toggle_body_required,
]


def mutate(document: Document, rng: random.Random) -> tuple[Document, list[str]]:
    doc = copy.deepcopy(document)
    done = [rng.choice(EDITS)(doc, rng) for _ in range(rng.randint(1, 3))]
    return doc, done


def with_open_schemas(document: Document, count: int) -> tuple[Document, list[str]]:
    """The second Orkes-like document: `additionalProperties: {}` on `count` object schemas (every one without
    properties first, as in the real Orkes documents' maps, then the first ones with properties)."""
    doc = copy.deepcopy(document)
    schemas = _schemas(doc)
    bare = sorted(n for n, s in schemas.items() if s.get("type") == "object" and not s.get("properties"))
    rest = sorted(n for n, s in schemas.items() if s.get("properties"))
    chosen = (bare + rest)[:count]
    for name in chosen:
        schemas[name]["additionalProperties"] = {}
    # The token answer, as the issue met it: a map that user code read `.token` from.
    if "Response" in schemas:
        schemas["Response"] = {"type": "object", "additionalProperties": {}}
        chosen.append("Response (properties dropped)")
    return doc, chosen


def _replace_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and value == old:
                node[key] = new
            else:
                _replace_refs(value, old, new)
    elif isinstance(node, list):
        for item in node:
            _replace_refs(item, old, new)
