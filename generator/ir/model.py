"""Plain typed dataclasses: what the templates receive (see templates/README.md for the contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ParamLocation = Literal["path", "query", "header", "cookie"]
ReturnKind = Literal["json", "any_json", "text", "bytes", "empty"]
ModelKind = Literal["object", "enum", "alias"]


@dataclass(frozen=True)
class PyType:
    """A Python type as the generated code writes it.

    `annotation` is written in API modules, where models are reached as `models.X`; `resolver` is the same type
    for the runtime, written in terms of `m` (the models module, imported lazily) and the helpers of
    `_runtime/typeexpr.py` — `list_of(m.Task)`.
    """

    annotation: str
    resolver: str
    uses_models: bool = False
    loose: bool = False  # typed as Any or dict because the schema could not be typed precisely

    @property
    def is_collection(self) -> bool:
        """A list or a map (the runtime reads an empty answer for one as ``[]`` or ``{}``)."""
        return self.resolver.startswith(("list_of(", "dict_of("))

    def optional(self) -> PyType:
        if self.annotation == "Any" or self.annotation.endswith("| None"):
            return self
        return PyType(f"{self.annotation} | None", f"optional_of({self.resolver})", self.uses_models, self.loose)


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    python_name: str
    location: ParamLocation
    type: PyType
    required: bool
    description: str = ""
    server_default: str = ""  # the spec's default, for the docstring only (the server applies it)


@dataclass(frozen=True)
class RequestBody:
    python_name: str
    media_type: str
    type: PyType
    required: bool
    description: str = ""


@dataclass(frozen=True)
class Returns:
    kind: ReturnKind
    type: PyType
    media_type: str = ""


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    python_name: str
    constant_name: str
    group_attribute: str
    summary: str
    description: str
    deprecated: bool
    path_params: tuple[Parameter, ...]
    other_params: tuple[Parameter, ...]
    body: RequestBody | None
    returns: Returns
    retry_safe: bool
    pointer: str

    @property
    def key(self) -> str:
        """Identity across server versions: the HTTP method and the path template."""
        return f"{self.method} {self.path}"

    @property
    def all_params(self) -> tuple[Parameter, ...]:
        return self.path_params + self.other_params


@dataclass(frozen=True)
class ApiGroup:
    tag: str
    attribute: str
    module: str
    class_name: str
    async_class_name: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class ModelField:
    wire_name: str
    python_name: str
    type: PyType
    required: bool
    description: str = ""


@dataclass(frozen=True)
class Model:
    schema_name: str
    class_name: str
    kind: ModelKind
    pointer: str
    description: str = ""
    fields: tuple[ModelField, ...] = ()
    enum_values: tuple[Any, ...] = ()
    hoisted_from: str = ""  # "Workflow.status" for an inline enum or object given a class of its own


@dataclass(frozen=True)
class Auth:
    """How requests carry the token the runtime gets from ``POST /api/token``."""

    header_name: str  # the header that carries the token
    scheme_name: str = ""  # the security scheme it was read from; "" when the document declares none
    pointer: str = ""  # that scheme's JSON pointer


@dataclass(frozen=True)
class Ir:
    title: str
    api_version: str
    openapi_version: str
    package_name: str
    groups: tuple[ApiGroup, ...]
    models: tuple[Model, ...]
    auth: Auth
    # The schemas handed to datamodel-code-generator, keyed by the class names decided here, with every
    # inline enum and inline object already hoisted under its decided name.
    model_schemas: dict[str, Any] = field(default_factory=dict)
    # "ClassName.wireName" → python field name, so datamodel-code-generator uses the names decided here.
    field_names: dict[str, str] = field(default_factory=dict)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for group in self.groups for op in group.operations)
