"""Task definitions → what a worker stub needs: names, and typed input/output fields.

A task definition carries either JSON schemas (`inputSchema`/`outputSchema` holding `{"data": {...}}` on newer
servers) or plain key lists (`inputKeys`/`outputKeys`). Keys without a schema are typed `Any`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ir import naming
from ..ir.types import TypeMapper
from ..json_fields import dict_at, list_at


@dataclass(frozen=True)
class StubField:
    wire_name: str
    python_name: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class WorkerStub:
    task_name: str
    module: str
    function: str
    input_class: str
    output_class: str
    description: str
    input_fields: tuple[StubField, ...]
    output_fields: tuple[StubField, ...]


class ScaffoldError(Exception):
    pass


def read_task_definitions(source: str, *, auth_headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """A JSON file (a list of task definitions, or one), or a server URL (GET /api/metadata/taskdefs)."""
    if source.startswith(("http://", "https://")):
        import httpx

        url = source.rstrip("/").removesuffix("/api") + "/api/metadata/taskdefs"
        try:
            response = httpx.get(url, headers=auth_headers or {}, timeout=30)
            response.raise_for_status()
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise ScaffoldError(f"cannot read task definitions from {url}: {type(exc).__name__}: {exc}") from exc
    else:
        try:
            data = json.loads(Path(source).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ScaffoldError(f"{source}: cannot read task definitions: {exc}") from exc
    items = data if isinstance(data, list) else [data]
    bad = [i for i, item in enumerate(items) if not isinstance(item, dict) or not isinstance(item.get("name"), str)]
    if bad:
        raise ScaffoldError(f"{source}: entries {bad[:10]} are not task definitions (objects with a 'name')")
    return items


def plan_stubs(definitions: list[dict[str, Any]]) -> list[WorkerStub]:
    mapper = TypeMapper(lambda ref: None, lambda why: None)
    modules: set[str] = set()
    stubs = []
    for definition in sorted(definitions, key=lambda d: str(d["name"])):
        name = str(definition["name"])
        module = naming.unique(naming.safe_identifier(naming.snake_case(name), fallback="task"), modules, ("_task",))
        base = naming.class_name(name)
        stubs.append(
            WorkerStub(
                task_name=name,
                module=module,
                function=module,
                input_class=f"{base}Input",
                output_class=f"{base}Output",
                description=str(definition.get("description") or ""),
                input_fields=_fields(definition, "inputSchema", "inputKeys", mapper),
                output_fields=_fields(definition, "outputSchema", "outputKeys", mapper),
            )
        )
    return stubs


def _fields(definition: dict[str, Any], schema_key: str, keys_key: str, mapper: TypeMapper) -> tuple[StubField, ...]:
    schema = definition.get(schema_key)
    if isinstance(schema, dict) and isinstance(schema.get("data"), dict):
        schema = schema["data"]  # SchemaDef wraps the JSON schema in `data`
    properties = dict_at(schema, "properties")
    used: set[str] = set()
    if properties:
        required = set(list_at(schema, "required"))
        return tuple(
            StubField(str(wire), naming.unique(naming.field_name(str(wire)), used, ("_",)),
                      mapper.map(prop).annotation, wire in required)
            for wire, prop in properties.items()
        )
    keys = list_at(definition, keys_key)
    return tuple(
        StubField(str(k), naming.unique(naming.field_name(str(k)), used, ("_",)), "Any", False) for k in keys
    )
