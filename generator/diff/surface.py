"""The generated Python API as plain data: what user code can call, pass, read, construct and import.

A surface is JSON-able and saved beside the package as `api-surface.json`, so the next regeneration (or
`conductor-codegen diff`) can compare against it without the old spec. Operations come from the IR; models from
the IR *and* from the model classes as generated (model_shapes.py), because datamodel-code-generator decides
their shape. Its shape (version 2):

    {
      "format": "conductor-codegen/api-surface", "version": 2,
      "package": "conductor_client", "title": "...", "api_version": "v0",
      "server_version": "3.32.3",            # from the spec's SOURCE record, "" when unknown
      "spec_sha256": "...",                  # "" for a surface read back from a file
      "operations": {
        "POST /api/workflow": {              # identity across versions: HTTP method + path template
          "group": "workflow", "method": "start_workflow", "call": "client.workflow.start_workflow(...)",
          "operation_id": "startWorkflow", "deprecated": false,
          "params": [{"name": "workflow_id", "wire": "workflowId", "in": "path", "required": true,
                      "annotation": "str", "position": 0}],      # position: index among positional args, or null
          "body": {"name": "body", "annotation": "models.StartWorkflowRequest", "required": true,
                   "media_type": "application/json"} | null,
          "returns": {"annotation": "str", "kind": "text"}
        }
      },
      "models": {                            # every name `models` exports, IR model or not
        "Workflow": {                        # identity: the Python class name
          "schema": "Workflow", "kind": "object", "hoisted_from": "",   # the IR's view ("" schema: not in the IR)
          "fields": [{"name": "status", "wire": "status", "annotation": "models.WorkflowStatusEnum",
                      "required": false, "type": "WorkflowStatusEnum | None"}],   # type: as generated
          "enum_values": [],
          "used_in": ["response"],           # reachable from a request body, a response, both, or neither
          "shape": "object",                 # as generated: "object", "root" (RootModel), "enum", "value"
          "bases": ["ConductorModel"], "root": "",   # root: a root model's value type
          "extra": "allow", "extra_values": "Any",   # undeclared fields: kept or not, and their values' type
          "members": [["RUNNING", "RUNNING"]]        # an enum's members (name, value)
        }
      },
      "exports": {"api": {"workflow": ["AsyncWorkflowApi", "WorkflowApi"]}}   # the API groups' classes
    }

Version 1 had no `shape`, `bases`, `root`, `extra`, `extra_values`, `members`, field `type` or `exports`, and
only the IR's models; it is still read, and compared on what it has.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..ir.model import Ir, Model, Operation
from .model_shapes import ClassShape

SURFACE_FORMAT = "conductor-codegen/api-surface"
SURFACE_VERSION = 2
READABLE_VERSIONS = (1, 2)  # what read_saved_surface and load_surface accept
SURFACE_FILE = "api-surface.json"
_MODEL_REF = re.compile(r"\bmodels\.([A-Za-z_][A-Za-z0-9_]*)")

Surface = dict[str, Any]


def build_surface(ir: Ir, *, shapes: dict[str, ClassShape] | None = None, server_version: str = "",
                  spec_sha256: str = "") -> Surface:
    """The surface of the package generated from `ir`; `shapes`: its model classes as generated (see
    model_shapes.read_shapes). Without them, the models are recorded as the IR sees them only."""
    operations = {op.key: _operation(op) for op in sorted(ir.operations, key=lambda o: o.key)}
    usage = _model_usage(ir)
    models = {
        model.class_name: _model(model, usage.get(model.class_name, set()))
        for model in sorted(ir.models, key=lambda m: m.class_name)
    }
    if shapes is not None:
        for name, shape in shapes.items():
            models[name] = _with_shape(models.get(name), shape)
        models = dict(sorted(models.items()))
    return {
        "format": SURFACE_FORMAT,
        "version": SURFACE_VERSION,
        "package": ir.package_name,
        "title": ir.title,
        "api_version": ir.api_version,
        "server_version": server_version,
        "spec_sha256": spec_sha256,
        "operations": operations,
        "models": models,
        "exports": {"api": {g.module: sorted((g.class_name, g.async_class_name)) for g in ir.groups}},
    }


def call_of(group: str, method: str) -> str:
    return f"client.{group}.{method}(...)"


def _operation(op: Operation) -> dict[str, Any]:
    params = []
    for index, param in enumerate(op.path_params):  # the template writes path parameters first, positionally
        params.append(_param(param, index))
    for param in op.other_params:
        params.append(_param(param, None))
    body = None
    if op.body is not None:
        body = {
            "name": op.body.python_name,
            "annotation": op.body.type.annotation,
            "required": op.body.required,
            "media_type": op.body.media_type,
        }
    return {
        "group": op.group_attribute,
        "method": op.python_name,
        "call": call_of(op.group_attribute, op.python_name),
        "operation_id": op.operation_id,
        "deprecated": op.deprecated,
        "params": params,
        "body": body,
        "returns": {"annotation": op.returns.type.annotation, "kind": op.returns.kind},
    }


def _param(param: Any, position: int | None) -> dict[str, Any]:
    return {
        "name": param.python_name,
        "wire": param.wire_name,
        "in": param.location,
        "required": param.required,
        "annotation": param.type.annotation,
        "position": position,
    }


def _model(model: Model, used_in: set[str]) -> dict[str, Any]:
    return {
        "schema": model.schema_name,
        "kind": model.kind,
        "hoisted_from": model.hoisted_from,
        "fields": [
            {"name": f.python_name, "wire": f.wire_name, "annotation": f.type.annotation, "required": f.required}
            for f in model.fields
        ],
        "enum_values": [_jsonable(v) for v in model.enum_values],
        "used_in": sorted(used_in),
    }


def _with_shape(model: dict[str, Any] | None, shape: ClassShape) -> dict[str, Any]:
    """The IR's entry of a model (or a new one, for a class the IR never named) with what was generated."""
    if model is None:
        model = {
            "schema": "", "kind": shape.kind, "hoisted_from": "",
            "fields": [{"name": f.name, "wire": f.alias or f.name, "annotation": f.type, "required": f.required}
                       for f in shape.fields],
            "enum_values": [_jsonable(value) for _name, value in shape.members],
            "used_in": [],
        }
    else:
        model = dict(model, fields=[dict(f) for f in model["fields"]])
    generated = {f.name: f for f in shape.fields}
    for field in model["fields"]:
        if field["name"] in generated:
            field["type"] = generated[field["name"]].type
    model.update({
        "shape": shape.kind,
        "bases": list(shape.bases),
        "root": shape.root,
        "extra": shape.extra,
        "extra_values": shape.extra_values,
        "members": [[name, _jsonable(value)] for name, value in shape.members],
    })
    return model


def _jsonable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _model_usage(ir: Ir) -> dict[str, set[str]]:
    """Which models user code sends (request bodies, transitively) and which it receives (responses)."""
    fields_of = {m.class_name: m for m in ir.models}
    usage: dict[str, set[str]] = {}

    def reach(annotation: str, role: str) -> None:
        stack = _MODEL_REF.findall(annotation)
        while stack:
            name = stack.pop()
            roles = usage.setdefault(name, set())
            if role in roles:
                continue
            roles.add(role)
            model = fields_of.get(name)
            if model is not None:
                for f in model.fields:
                    stack.extend(_MODEL_REF.findall(f.type.annotation))

    for op in ir.operations:
        if op.body is not None:
            reach(op.body.type.annotation, "request")
        for param in op.all_params:
            reach(param.type.annotation, "request")
        reach(op.returns.type.annotation, "response")
    return usage


# ------------------------------------------------------------------------------------------------------------
# reading a surface from a spec (file or URL) or from a saved api-surface.json


def is_surface(value: Any) -> bool:
    return isinstance(value, dict) and value.get("format") == SURFACE_FORMAT


def read_saved_surface(path: Path) -> Surface | None:
    """A saved surface at `path`, or None when there is none (or it is not one, or of a version not read)."""
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not is_surface(value) or value.get("version") not in READABLE_VERSIONS:
        return None
    return dict(value)


def source_record_path(spec: Path) -> Path:
    """Where `scripts/conductor-server pull-spec` writes the SOURCE record of a spec file."""
    if spec.name == "conductor-openapi.json":
        return spec.with_name("SOURCE.json")
    stem = spec.name[: -len(".json")] if spec.name.endswith(".json") else spec.name
    return spec.with_name(stem + ".SOURCE.json")


def spec_server_version(source: str) -> str:
    """The server version in the SOURCE record beside a spec file, "" when there is none."""
    if source.startswith(("http://", "https://")):
        return ""
    try:
        record = json.loads(source_record_path(Path(source)).read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    version = record.get("server_version") if isinstance(record, dict) else None
    return str(version) if isinstance(version, str) and version != "unknown" else ""


def surface_json(surface: Surface) -> str:
    return json.dumps(surface, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
