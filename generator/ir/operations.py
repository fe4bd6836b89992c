"""Operations and API groups: method names that survive server upgrades, typed parameters and returns."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..diagnostics import Diagnostics, json_pointer
from ..json_fields import dict_at, list_at
from ..spec.normalize import iter_operations
from ..spec.refs import resolve_pointer
from . import method_names, naming
from .lock import NO_LOCK, NameLock
from .model import ApiGroup, Operation, Parameter, PyType, RequestBody, Returns
from .types import ANY, TypeMapper, scalar

_METHOD_ORDER = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
# A poll takes tasks off a queue: repeating one after a lost answer would lose the tasks of the first.
_NEVER_RETRIED_PATH_PARTS = ("/poll",)
# The operations that hand out the next task answer 204 with no body when there is none, which springdoc documents
# as a 200 with a Task: a poll, and an update that asks for the next task (POST /api/tasks/update-v2). Such a method
# returns `Task | None`. (Collections need no such change: the runtime reads an empty answer as [] or {}.)
_EMPTY_ANSWER_PATH_PARTS = ("/poll", "/update-v2")
# Attributes of the client class itself, which no API group may replace.
CLIENT_RESERVED = frozenset({"call", "close", "aclose", "config", "settings", "server_url", "transport"})


@dataclass
class _Draft:
    method: str
    path: str
    item: dict[str, Any]
    operation: dict[str, Any]
    tag: str

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def build_groups(
    document: dict[str, Any],
    mapper: TypeMapper,
    diags: Diagnostics,
    *,
    name_overrides: dict[str, str],
    include_tags: list[str],
    exclude_tags: list[str],
    strict: bool = False,
    lock: NameLock = NO_LOCK,
) -> tuple[ApiGroup, ...]:
    """The API groups of the document, every name decided by method_names.py (`lock`: the existing package's)."""
    tag_descriptions = {
        str(t.get("name")): str(t.get("description") or "") for t in document.get("tags", []) if isinstance(t, dict)
    }
    drafts_by_group: dict[str, list[_Draft]] = defaultdict(list)
    for path, method, item, operation in iter_operations(document.get("paths", {})):
        tags = list_at(operation, "tags")
        tag = str(tags[0]) if tags else "default"
        if (include_tags and tag not in include_tags) or tag in exclude_tags:
            continue
        draft = _Draft(method.upper(), path, item, operation, tag)
        locked = lock.get(draft.key)
        group = locked.group if locked is not None else method_names.group_attribute(tag)
        drafts_by_group[group].append(draft)
    by_attribute: dict[str, list[_Draft]] = defaultdict(list)
    for group, drafts in drafts_by_group.items():  # the client's own attributes are not group names
        by_attribute[f"{group}_api" if group in CLIENT_RESERVED else group].extend(drafts)

    groups: list[ApiGroup] = []
    taken_classes: set[str] = set()
    for attribute in sorted(by_attribute):
        drafts = by_attribute[attribute]
        refs = [method_names.Draft(d.method, d.path, d.tag, str(d.operation.get("operationId") or "")) for d in drafts]
        names = method_names.name_methods(attribute, refs, name_overrides, lock)
        operations = []
        for draft in sorted(drafts, key=lambda d: (d.path, _METHOD_ORDER.index(d.method))):
            python_name, parameter_names = names[draft.key]
            operations.append(
                _operation(draft, python_name, parameter_names, attribute, document, mapper, diags, strict)
            )
        tag = min(d.tag for d in drafts)  # tags that name one group (`secret-resource`, `secret-controller`)
        class_base = naming.unique(method_names.group_class_base(attribute), taken_classes)
        groups.append(
            ApiGroup(
                tag=tag,
                attribute=attribute,
                module=attribute,
                class_name=f"{class_base}Api",
                async_class_name=f"Async{class_base}Api",
                description=tag_descriptions.get(tag, ""),
                operations=tuple(operations),
            )
        )
    return tuple(groups)


def _operation(
    draft: _Draft, python_name: str, parameter_names: dict[str, str], group: str, document: dict[str, Any],
    mapper: TypeMapper, diags: Diagnostics, strict: bool,
) -> Operation:
    pointer = json_pointer("paths", draft.path, draft.method.lower())
    params = _parameters(draft, document, mapper, diags, pointer, parameter_names)
    body = _request_body(draft.operation.get("requestBody"), document, mapper, diags, pointer, params)
    returns = _returns(draft.operation, document, mapper, diags, pointer, strict)
    if returns.kind == "json" and not returns.type.is_collection and _may_answer_empty(draft, document):
        returns = Returns(returns.kind, returns.type.optional(), returns.media_type)
    path_order = [m.group(1) for m in re.finditer(r"\{([^{}]+)\}", draft.path)]
    path_params = sorted(
        (p for p in params if p.location == "path"),
        key=lambda p: path_order.index(p.wire_name) if p.wire_name in path_order else len(path_order),
    )
    others = [p for p in params if p.location != "path"]
    others.sort(key=lambda p: not p.required)  # stable: required first, then spec order
    retry_safe = draft.method in _IDEMPOTENT and not any(part in draft.path for part in _NEVER_RETRIED_PATH_PARTS)
    return Operation(
        method=draft.method,
        path=draft.path,
        operation_id=str(draft.operation.get("operationId") or ""),
        python_name=python_name,
        constant_name=naming.constant_name(python_name),
        group_attribute=group,
        summary=str(draft.operation.get("summary") or ""),
        description=str(draft.operation.get("description") or ""),
        deprecated=bool(draft.operation.get("deprecated")),
        path_params=tuple(path_params),
        other_params=tuple(others),
        body=body,
        returns=returns,
        retry_safe=retry_safe,
        pointer=pointer,
    )


def _may_answer_empty(draft: _Draft, document: dict[str, Any]) -> bool:
    """Whether a successful answer can come without a body: a documented 2xx without content beside the one with
    content (a 204), or an operation a Conductor server answers 204 without documenting it."""
    if any(part in draft.path for part in _EMPTY_ANSWER_PATH_PARTS):
        return True
    responses = dict_at(draft.operation, "responses")
    return any(
        str(code).startswith("2") and not dict_at(_deref(response, document), "content")
        for code, response in responses.items()
    )


def _deref(node: Any, document: dict[str, Any]) -> Any:
    for _ in range(16):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and "/schemas/" not in node["$ref"]:
            found, node = resolve_pointer(document, node["$ref"])
            if not found:
                return {}
        else:
            break
    return node


def _typed(mapper: TypeMapper, schema: Any, diags: Diagnostics, pointer: str, what: str) -> PyType:
    result = mapper.map(schema)
    if result.loose and schema not in ({}, None):
        diags.warn("loose-type", f"{what} could not be typed precisely and is typed {result.annotation}", pointer)
    return result


def _parameters(
    draft: _Draft, document: dict[str, Any], mapper: TypeMapper, diags: Diagnostics, pointer: str,
    chosen_names: dict[str, str],
) -> list[Parameter]:
    """`chosen_names`: wire name → Python name where one is already decided (the lock, the curated table)."""
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (draft.item.get("parameters"), draft.operation.get("parameters")):  # operation level wins
        for raw in source if isinstance(source, list) else []:
            param = _deref(raw, document)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                declared[(str(param.get("in")), param["name"])] = param
    taken: set[str] = set()
    result = []
    for index, ((location, wire), param) in enumerate(declared.items()):
        if location not in ("path", "query", "header", "cookie"):
            diags.warn("bad-parameter", f"parameter {wire!r} has location {location!r}; sent as query", pointer)
            location = "query"
        chosen = chosen_names.get(wire)
        wanted = naming.safe_identifier(chosen, fallback="param", avoid=naming.METHOD_RESERVED) if chosen else ""
        python = naming.unique(wanted or naming.parameter_name(wire), taken, (f"_{location}",))
        required = bool(param.get("required")) or location == "path"
        schema = param.get("schema", {})
        ptype = _typed(mapper, schema, diags, f"{pointer}/parameters/{index}", f"parameter {wire!r}")
        if ptype.uses_models:  # a model as a query value is sent as its JSON; keep the signature simple
            ptype = ANY
        default = schema.get("default") if isinstance(schema, dict) else None
        result.append(
            Parameter(
                wire_name=wire,
                python_name=python,
                location=location,  # type: ignore[arg-type]
                type=ptype if required else ptype.optional(),
                required=required,
                description=str(param.get("description") or ""),
                server_default="" if default is None else repr(default),
            )
        )
    return result


def _request_body(
    raw: Any, document: dict[str, Any], mapper: TypeMapper, diags: Diagnostics, pointer: str,
    params: list[Parameter],
) -> RequestBody | None:
    body = _deref(raw, document)
    if not isinstance(body, dict):
        return None
    content = dict_at(body, "content")
    if not content:
        return None
    media_type = "application/json" if "application/json" in content else next(iter(content))
    schema = content[media_type].get("schema", {}) if isinstance(content[media_type], dict) else {}
    if media_type == "*/*":
        media_type = "text/plain" if isinstance(schema, dict) and schema.get("type") == "string" else "application/json"
    if media_type.startswith("text/"):
        ptype = scalar("str")
    elif media_type == "application/octet-stream":
        ptype = scalar("bytes")
    else:
        ptype = _typed(mapper, schema, diags, f"{pointer}/requestBody", "the request body")
    taken = {p.python_name for p in params}
    name = naming.unique("body", taken, ("_",))
    required = bool(body.get("required"))
    return RequestBody(name, media_type, ptype if required else ptype.optional(), required,
                       str(body.get("description") or ""))


def _returns(
    operation: dict[str, Any], document: dict[str, Any], mapper: TypeMapper, diags: Diagnostics, pointer: str,
    strict: bool,
) -> Returns:
    responses = dict_at(operation, "responses")
    success = sorted(str(code) for code in responses if str(code).startswith("2") or str(code) == "2XX")
    if not success:
        report = diags.error if strict else diags.warn
        report("no-success-response", "no 2xx response is documented; the method returns the decoded JSON, "
               "typed Any", f"{pointer}/responses")
        return Returns("any_json", ANY)
    response = _deref(responses[success[0]], document)
    content = dict_at(response, "content")
    if not content:
        return Returns("empty", PyType("None", "None"))
    media_type = "application/json" if "application/json" in content else next(iter(content))
    schema = content[media_type].get("schema", {}) if isinstance(content[media_type], dict) else {}
    where = f"{pointer}/responses/{success[0]}"
    if media_type == "application/octet-stream" or (
        isinstance(schema, dict) and schema.get("format") == "binary"
    ):
        return Returns("bytes", scalar("bytes"), media_type)
    if isinstance(schema, dict) and schema.get("type") == "string" and not schema.get("enum"):
        return Returns("text", scalar("str"), media_type)
    ptype = _typed(mapper, schema, diags, where, "the response")
    if ptype.annotation == "Any":
        return Returns("any_json", ANY, media_type)
    return Returns("json", ptype, media_type)
