"""Model classes from `components.schemas`: class names, hoisted inline enums and objects, field names."""

from __future__ import annotations

import copy
from typing import Any, Literal

from ..diagnostics import Diagnostics, json_pointer
from ..json_fields import list_at
from ..spec.refs import iter_objects
from ..spec.schemas import iter_schemas
from . import naming
from .model import Model, ModelField
from .required import RequiredFields
from .types import SCHEMA_PREFIX, TypeMapper

# A hoisted inline enum is always named `{Owner}{Field}Enum` (`Workflow.status` → `WorkflowStatusEnum`), never
# `{Owner}{Field}`: that name may be a component in one server version and free in another (`WorkflowStatus`
# is a schema in 3.32, not in 3.21), and the class must keep one name across versions.
_OBJECT_SUFFIXES = ("Object",)


class ModelPlan:
    """Decides the class of every component schema and of every inline enum or object inside one."""

    def __init__(self, schemas: dict[str, Any], diags: Diagnostics, required: RequiredFields | None = None) -> None:
        self._diags = diags
        self._required = required or RequiredFields()
        self.class_of: dict[str, str] = {}  # component schema name → class name
        self._taken: set[str] = set()
        # Exact names first, so that a schema literally called `AnyModel` keeps its name and `Any` moves aside.
        ordered = sorted(schemas, key=lambda name: (naming.class_name(name) != name, name))
        for schema_name in ordered:
            self.class_of[schema_name] = naming.unique(naming.class_name(schema_name), self._taken)
        self.schemas: dict[str, Any] = {}  # class name → schema, refs rewritten to class names
        self.models: list[Model] = []
        self.field_names: dict[str, str] = {}
        # Field types are read after refs are rewritten to class names, so this mapper looks classes up by name.
        self._mapper = TypeMapper(self._class_named, lambda why: None)
        for schema_name in schemas:  # document order: output follows the spec
            self._add(self.class_of[schema_name], schema_name, schemas[schema_name], json_pointer(
                "components", "schemas", schema_name), hoisted_from="")

    def class_for_ref(self, ref: str) -> str | None:
        if not ref.startswith(SCHEMA_PREFIX):
            return None
        return self.class_of.get(ref[len(SCHEMA_PREFIX):].replace("~1", "/").replace("~0", "~"))

    def _class_named(self, ref: str) -> str | None:
        name = ref[len(SCHEMA_PREFIX):] if ref.startswith(SCHEMA_PREFIX) else ""
        return name if name in self._taken else None

    def _add(self, cls: str, schema_name: str, schema: Any, pointer: str, hoisted_from: str) -> None:
        if not hoisted_from:  # a hoisted schema is part of one whose refs were rewritten already
            schema = copy.deepcopy(schema) if isinstance(schema, dict) else {}
            self._rewrite_refs(schema)
            _drop_constraints(schema)
        description = str(schema.get("description") or schema.get("title") or "")
        if isinstance(schema.get("enum"), list):
            self.schemas[cls] = schema
            self.models.append(Model(schema_name, cls, "enum", pointer, description,
                                     enum_values=tuple(schema["enum"]), hoisted_from=hoisted_from))
            return
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            kind: Literal["object", "alias"] = "object" if schema.get("type") in ("object", None) and "items" not in schema else "alias"
            self.schemas[cls] = schema
            self.models.append(Model(schema_name, cls, kind, pointer, description, hoisted_from=hoisted_from))
            return
        # What the server requires, not what the spec says (required.py); the tool reads the corrected list too.
        spec_required = list_at(schema, "required")
        required = self._required.required(schema_name, spec_required, [str(wire) for wire in properties])
        if required != spec_required:
            if required:
                schema["required"] = required
            else:
                schema.pop("required", None)
        fields: list[ModelField] = []
        used: set[str] = set()
        for wire, prop in list(properties.items()):
            prop_pointer = f"{pointer}/properties/{json_pointer(wire)[1:]}"
            prop = self._hoist(cls, str(wire), prop, prop_pointer)
            properties[wire] = prop
            python = naming.unique(naming.field_name(str(wire)), used, ("_",))
            if python != wire:  # the same name needs no alias (and no longer line for black to format)
                self.field_names[f"{cls}.{wire}"] = python
            fields.append(ModelField(str(wire), python, self._mapper.map(prop), wire in required,
                                     str(prop.get("description", "")) if isinstance(prop, dict) else ""))
        self.schemas[cls] = schema
        self.models.append(Model(schema_name, cls, "object", pointer, description, tuple(fields),
                                 hoisted_from=hoisted_from))

    def _hoist(self, owner: str, wire: str, prop: Any, pointer: str) -> Any:
        """Give an inline enum or object (or an array of one) a class of its own; return the property to keep."""
        if not isinstance(prop, dict):
            return prop
        target = prop
        if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
            target = prop["items"]
        is_enum = isinstance(target.get("enum"), list) and "$ref" not in target
        is_object = isinstance(target.get("properties"), dict) and target.get("properties") and "$ref" not in target
        if not (is_enum or is_object):
            return prop
        base = owner + naming.pascal_case(wire) + ("Item" if target is not prop else "") + ("Enum" if is_enum else "")
        cls = naming.unique(naming.class_name(base), self._taken, () if is_enum else _OBJECT_SUFFIXES)
        self._add(cls, cls, target, pointer, hoisted_from=f"{owner}.{wire}")
        ref = {"$ref": SCHEMA_PREFIX + cls}
        if target is prop:
            keep = {k: v for k, v in prop.items() if k in ("description", "nullable", "readOnly", "writeOnly")}
            return {**ref, **keep} if keep else ref
        return {**prop, "items": ref}

    def _rewrite_refs(self, node: Any) -> None:
        for _where, item in iter_objects(node):
            ref = item.get("$ref")
            if isinstance(ref, str):
                cls = self.class_for_ref(ref)
                if cls is not None:
                    item["$ref"] = SCHEMA_PREFIX + cls


# Value constraints are the server's to enforce. In the models they would make decoding fail on an answer a
# newer server sends (`schemaVersion: 3` where the spec said at most 2), so they are left out.
_CONSTRAINTS = frozenset({
    "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
})


def _drop_constraints(schema: Any) -> None:
    for node in iter_schemas(schema):
        for key in _CONSTRAINTS & node.keys():
            del node[key]
