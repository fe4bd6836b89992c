"""The entries of the reference, one per method and one per model, built from the IR with every link resolved.

Templates lay entries out; they compute nothing. Fields ending in `_md` are Markdown ready to print (types with
their links); other text fields are raw spec text, which templates write through the `md`/`md_cell` filters.
Each `Link.href` is relative to the page the entry is shown on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ir.model import Model, Operation
from .docs_markdown import md_code, model_names_in, plain_type
from .literals import py_string

SIGNATURE_WIDTH = 100  # wider signatures are written one parameter per line
TIMEOUT_PARAMETER = "timeout: TimeoutArg | None = None"
_EXAMPLE_DEPTH = 3  # nested models built in an example, at most


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class ParamEntry:
    python_name: str
    wire_name: str  # "" for the body
    location: str  # path, query, header, cookie, or body (with its media type in `media_type`)
    type_md: str
    required: bool
    description: str
    server_default: str = ""
    media_type: str = ""


@dataclass(frozen=True)
class ErrorEntry:
    name: str
    when_md: str
    href: str


@dataclass(frozen=True)
class MethodEntry:
    operation: Operation
    anchor: str
    call: str  # `client.workflow.start_workflow`
    sync_signature: str  # Python, as a user calls it on ConductorClient
    async_signature: str  # the same on AsyncConductorClient
    request_line: str  # `POST /api/workflow`
    parameters: tuple[ParamEntry, ...]
    returns_md: str
    returns_note_md: str  # how the answer is read, in words (Markdown)
    errors: tuple[ErrorEntry, ...]
    retried: bool
    example: str  # a short Python program
    sdk_name: str  # what the official SDK calls the same operation, "" when it has none


@dataclass(frozen=True)
class FieldEntry:
    python_name: str
    wire_name: str
    type_md: str
    required: bool
    description: str


@dataclass(frozen=True)
class ModelEntry:
    model: Model
    fields: tuple[FieldEntry, ...]
    taken_by: tuple[Link, ...]  # methods with it in a parameter or the request body
    returned_by: tuple[Link, ...]  # methods that return it
    used_in: tuple[Link, ...]  # models with a field of it
    example: str  # building one in Python, "" for an enum


# An annotation → its Markdown with links to the model pages, for the page an entry is shown on.
TypeMarkdown = Callable[[str], str]


def signature_parameters(op: Operation) -> list[str]:
    """The parameters of the generated method in the order package/api/group.py.jinja declares them: the path
    parameters positional, then keyword-only the required body, the required others, the optional body, the
    optional others and `timeout` (a test compares this with the generated code's real signatures)."""
    def typed(name: str, annotation: str, default: bool) -> str:
        return f"{name}: {plain_type(annotation)}" + (" = None" if default else "")

    params = [typed(p.python_name, p.type.annotation, False) for p in op.path_params] + ["*"]
    if op.body and op.body.required:
        params.append(typed(op.body.python_name, op.body.type.annotation, False))
    params += [typed(p.python_name, p.type.annotation, False) for p in op.other_params if p.required]
    if op.body and not op.body.required:
        params.append(typed(op.body.python_name, op.body.type.annotation, True))
    params += [typed(p.python_name, p.type.annotation, True) for p in op.other_params if not p.required]
    return params + [TIMEOUT_PARAMETER]


def signature(prefix: str, params: list[str], returns: str) -> str:
    one_line = f"{prefix}({', '.join(params)}) -> {returns}"
    if len(one_line) <= SIGNATURE_WIDTH:
        return one_line
    inner = "".join(f"    {p},\n" for p in params)
    return f"{prefix}(\n{inner}) -> {returns}"


def method_entry(op: Operation, group_attribute: str, type_md: TypeMarkdown, errors_page: str, sdk_name: str,
                 models: dict[str, Model], package: str) -> MethodEntry:
    call = f"client.{group_attribute}.{op.python_name}"
    params = signature_parameters(op)
    returns = plain_type(op.returns.type.annotation)
    return MethodEntry(
        operation=op,
        anchor=op.python_name.lower(),
        call=call,
        sync_signature=signature(call, params, returns),
        async_signature=signature(f"await {call}", params, returns),
        request_line=f"{op.method} {op.path}",
        parameters=_parameters(op, type_md),
        returns_md=type_md(op.returns.type.annotation),
        returns_note_md=_returns_note(op),
        errors=_errors(op, errors_page),
        retried=op.retry_safe,
        example=_method_example(op, call, models, package),
        sdk_name=sdk_name,
    )


def _parameters(op: Operation, type_md: TypeMarkdown) -> tuple[ParamEntry, ...]:
    entries = [
        ParamEntry(p.python_name, p.wire_name, p.location, type_md(p.type.annotation), p.required,
                   p.description, p.server_default)
        for p in op.all_params
    ]
    if op.body:
        body = op.body
        entries.append(ParamEntry(body.python_name, "", "body", type_md(body.type.annotation),
                                  body.required, body.description, media_type=body.media_type))
    return tuple(entries)


def _returns_note(op: Operation) -> str:
    kind, returns = op.returns.kind, op.returns.type
    if kind == "empty":
        return "the server's answer has no body."
    if kind == "text":
        return f"the answer's body as text ({md_code(op.returns.media_type or 'text/plain')})."
    if kind == "bytes":
        return f"the answer's body as bytes ({md_code(op.returns.media_type or 'application/octet-stream')})."
    note = f"the answer's JSON ({md_code(op.returns.media_type or 'application/json')}), validated into this type."
    if returns.is_collection:
        empty = "list" if returns.resolver.startswith("list_of(") else "map"
        note += f" An answer without a body reads as an empty {empty}."
    elif returns.annotation.endswith("| None"):
        note += " `None` when the server answers without a body (no content)."
    return note


# The typed errors (templates/package/errors.py) a call can raise, and when. Conductor's documents declare no
# error responses, so this follows from what a request is: an identifier in the path can name nothing, a body or
# parameters can be refused, a write can conflict, anything can fail to authenticate, be rate-limited, fail on the
# server or never arrive, and a JSON answer can fail to decode.
def _errors(op: Operation, errors_page: str) -> tuple[ErrorEntry, ...]:
    def entry(name: str, when: str) -> ErrorEntry:
        return ErrorEntry(name, when, f"{errors_page}#{name.lower()}")

    found = []
    if op.body or op.all_params:
        found.append(entry("BadRequestError", "400, 422: arguments refused"))
    found.append(entry("AuthError", "401, 403"))
    if op.path_params:
        names = ", ".join(f"`{p.python_name}`" for p in op.path_params)
        found.append(entry("NotFoundError", f"404: nothing for this {names}"))
    if op.method in ("POST", "PUT") and op.body:
        found.append(entry("ConflictError", "409, 412"))
    found.append(entry("RateLimitError", "429"))
    found.append(entry("ServerError", "5xx"))
    found.append(entry("TransportError", "no answer; `RequestTimeoutError` for a timeout"))
    if op.returns.kind == "json":
        found.append(entry("ResponseDecodeError", "the answer does not fit the return type"))
    return tuple(found)


def _method_example(op: Operation, call: str, models: dict[str, Model], package: str) -> str:
    used: dict[str, None] = {}
    args = [_example_value(p.type.annotation, p.python_name, models, used, ()) for p in op.path_params]
    if op.body and op.body.required:
        args.append(f"{op.body.python_name}={_example_value(op.body.type.annotation, op.body.python_name, models, used, ())}")
    args += [f"{p.python_name}={_example_value(p.type.annotation, p.python_name, models, used, ())}"
             for p in op.other_params if p.required]
    invocation = f"{call}({', '.join(args)})"
    lines = [f"from {package} import ConductorClient"]
    if used:
        lines.append(f"from {package}.models import {', '.join(used)}")
    lines += ["", "with ConductorClient() as client:  # server and credentials from CONDUCTOR_SERVER_URL, ..."]
    if op.returns.kind == "empty":
        lines.append(f"    {invocation}")
    else:
        lines += [f"    result = {invocation}", "    print(result)"]
    return "\n".join(lines) + "\n"


def model_example(model: Model, models: dict[str, Model], package: str) -> str:
    """Building the model in user code, with its required fields."""
    if model.kind != "object":
        return ""
    used: dict[str, None] = {}
    value = _example_value(f"models.{model.class_name}", model.class_name, models, used, ())
    return f"from {package}.models import {', '.join(used)}\n\nvalue = {value}\n"


def _example_value(annotation: str, name: str, models: dict[str, Model], used: dict[str, None],
                   stack: tuple[str, ...]) -> str:
    """A Python expression of the annotation's type: a placeholder named after the argument for text, the first
    value of an enum, a model with its required fields (nested ones too, a few levels deep)."""
    bare = annotation.removesuffix(" | None")
    inner = re.fullmatch(r"list\[(.*)\]", bare)
    if inner:
        return f"[{_example_value(inner.group(1), name, models, used, stack)}]"
    if bare.startswith("dict["):
        return "{}"
    simple = {"str": py_string(f"<{name}>"), "int": "1", "float": "1.0", "bool": "True", "bytes": 'b"..."',
              "Any": "{}"}
    if bare in simple:
        return simple[bare]
    names = model_names_in(bare)
    model = models.get(names[0]) if names and bare == f"models.{names[0]}" else None
    if model is None or model.class_name in stack or len(stack) >= _EXAMPLE_DEPTH:
        return "None"
    used[model.class_name] = None
    if model.kind == "enum":
        return f"{model.class_name}({_literal(model.enum_values[0])})" if model.enum_values else "None"
    args = [
        f"{f.python_name}={_example_value(f.type.annotation, f.python_name, models, used, stack + (model.class_name,))}"
        for f in model.fields if f.required
    ]
    return f"{model.class_name}({', '.join(args)})"


def _literal(value: Any) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return repr(value)
    if isinstance(value, float) and value == value and value not in (float("inf"), float("-inf")):
        return repr(value)
    return py_string(value)


def model_entry(model: Model, type_md: TypeMarkdown, taken_by: tuple[Link, ...], returned_by: tuple[Link, ...],
                used_in: tuple[Link, ...], models: dict[str, Model], package: str) -> ModelEntry:
    fields = tuple(
        FieldEntry(f.python_name, f.wire_name, type_md(f.type.annotation), f.required, f.description)
        for f in model.fields
    )
    return ModelEntry(model, fields, taken_by, returned_by, used_in, model_example(model, models, package))
