"""What user code can observe of each generated model class, read from the generated model modules' syntax trees.

The IR says what a schema is; datamodel-code-generator decides what class it becomes, and the two can differ in
ways user code feels: an object schema with `additionalProperties: {}` and no properties becomes
`RootModel[dict[str, Any]]` (its value is `.root`, no attribute reads), one with properties gets a typed
`__pydantic_extra__`, an enum with a non-string value is a closed `Enum` instead of an `OpenEnum`, and the tool may
define classes the IR never named. So the API surface records the classes as they were generated, from the
modules about to be written (their syntax trees, which the pipeline parses anyway to check them).

Annotations are written in one canonical form, whatever the module wrote: `Optional["X"]`, `Union[X, None]` and
`X | None` are all `X | None`, so that a forward reference quoted in one version and not in the other is no change.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# The bases whose subclasses are enums, and the one that makes a model a root model.
_ENUM_BASES = frozenset({"Enum", "OpenEnum", "IntEnum", "StrEnum", "IntFlag", "Flag"})
_ROOT_BASE = "RootModel"
# What ConductorModel (templates/package/models/_base.py) sets; a class's own model_config may say otherwise.
_INHERITED_EXTRA = "allow"


@dataclass(frozen=True)
class FieldShape:
    name: str
    type: str  # canonical annotation
    required: bool  # construction without it fails (listed in __conductor_required__, or no default)
    alias: str  # the wire name when it differs from `name`, else ""


@dataclass(frozen=True)
class ClassShape:
    name: str
    module: str  # the private module that defines it ("_workflow")
    kind: str  # "object" (a pydantic model with fields), "root" (RootModel[...]), "enum", "value" (not a class)
    bases: tuple[str, ...]  # canonical, as written: ("RequiredFieldsModel",), ("RootModel[dict[str, Any]]",)
    root: str = ""  # a root model's value type
    extra: str = ""  # an object model's policy for fields it does not declare: "allow", "ignore", "forbid"
    extra_values: str = ""  # the type extra values are validated as ("Any" unless `__pydantic_extra__` says)
    fields: tuple[FieldShape, ...] = ()
    members: tuple[tuple[str, Any], ...] = ()  # an enum's (name, value) pairs, in order


def read_shapes(modules: Mapping[str, ast.Module]) -> dict[str, ClassShape]:
    """Every name the model modules define at top level: {name: shape}. `modules`: module name → syntax tree."""
    shapes: dict[str, ClassShape] = {}
    for module, tree in modules.items():
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                shapes[node.name] = _class_shape(node, module)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                for name in _assigned_names(node):
                    shapes[name] = ClassShape(name, module, "value", ())
    return dict(sorted(shapes.items()))


def model_module_trees(files: Mapping[str, str], package: str) -> dict[str, ast.Module]:
    """The model modules among `files` (path → text) parsed: {module name: tree}. Only `models/_*.py`, not the
    hand-written base."""
    prefix = f"{package}/models/_"
    skipped = (f"{package}/models/_base.py", f"{package}/models/__init__.py")  # __init__.py also starts with `_`
    trees = {}
    for path, text in files.items():
        if path.startswith(prefix) and path.endswith(".py") and path not in skipped:
            trees[path[len(prefix) - 1 : -len(".py")]] = ast.parse(text, path)
    return trees


def canonical_annotation(node: ast.expr | None) -> str:
    """The annotation as text in this module's canonical form (see the module docstring)."""
    if node is None:
        return ""
    return ast.unparse(_canonical(node))


def _class_shape(node: ast.ClassDef, module: str) -> ClassShape:
    bases = tuple(canonical_annotation(base) for base in node.bases)
    base_names = {_head(base) for base in node.bases}
    if base_names & _ENUM_BASES:
        members = tuple(
            (target.id, statement.value.value)
            for statement in node.body
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
            for target in statement.targets
            if isinstance(target, ast.Name) and not target.id.startswith("_")
        )
        return ClassShape(node.name, module, "enum", bases, members=members)
    required = _required_names(node)
    fields: list[FieldShape] = []
    extra_values = "Any"
    extra = _INHERITED_EXTRA
    root = ""
    for statement in node.body:
        if isinstance(statement, ast.Assign) and _assigned_names(statement) == ["model_config"]:
            extra = _config_extra(statement.value) or extra
        if not (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)):
            continue
        name = statement.target.id
        annotation = canonical_annotation(statement.annotation)
        if name == "__pydantic_extra__":
            extra_values = _extra_value_type(statement.annotation)
            continue
        if name.startswith("__") or _head(statement.annotation) == "ClassVar":
            continue
        if name == "root" and _ROOT_BASE in base_names:
            root = annotation
            continue
        has_default = statement.value is not None and not _is_required_marker(statement.value)
        fields.append(FieldShape(name, annotation, name in required or not has_default, _alias(statement.value)))
    for base in node.bases:  # `RootModel[X]` without a `root: X` line
        if not root and _head(base) == _ROOT_BASE and isinstance(base, ast.Subscript):
            root = canonical_annotation(base.slice)
    if _ROOT_BASE in base_names:
        return ClassShape(node.name, module, "root", bases, root=root)
    return ClassShape(node.name, module, "object", bases, extra=extra, extra_values=extra_values,
                      fields=tuple(fields))


def _required_names(node: ast.ClassDef) -> set[str]:
    for statement in node.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        if statement.target.id == "__conductor_required__" and statement.value is not None:
            value = statement.value
            if isinstance(value, (ast.Tuple, ast.List)):
                return {e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return set()


def _assigned_names(node: ast.Assign | ast.AnnAssign) -> list[str]:
    targets: Iterable[ast.expr] = node.targets if isinstance(node, ast.Assign) else [node.target]
    return [t.id for t in targets if isinstance(t, ast.Name)]


def _is_required_marker(value: ast.expr) -> bool:
    """`...` or `Field(...)`: pydantic requires the field."""
    if isinstance(value, ast.Constant) and value.value is Ellipsis:
        return True
    if isinstance(value, ast.Call) and value.args:
        first = value.args[0]
        return isinstance(first, ast.Constant) and first.value is Ellipsis
    return False


def _alias(value: ast.expr | None) -> str:
    if isinstance(value, ast.Call):
        for keyword in value.keywords:
            if keyword.arg in ("alias", "validation_alias") and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
    return ""


def _config_extra(value: ast.expr) -> str:
    if isinstance(value, ast.Call):
        for keyword in value.keywords:
            if keyword.arg == "extra" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
    if isinstance(value, ast.Dict):
        for key, item in zip(value.keys, value.values):
            if isinstance(key, ast.Constant) and key.value == "extra" and isinstance(item, ast.Constant):
                return str(item.value)
    return ""


def _extra_value_type(annotation: ast.expr) -> str:
    """`dict[str, X] | None` → "X": pydantic validates every extra value as X."""
    node = _canonical(annotation)
    options = _union_members(node)
    for option in options:
        if isinstance(option, ast.Subscript) and _head(option) in ("dict", "Dict"):
            args = option.slice.elts if isinstance(option.slice, ast.Tuple) else [option.slice]
            if len(args) == 2:
                return ast.unparse(args[1])
    return "Any"


def _head(node: ast.expr) -> str:
    """The name a (possibly subscripted or dotted) expression starts from: `RootModel[...]` → "RootModel"."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    return [node]


def _canonical(node: ast.expr) -> ast.expr:
    """`Optional[X]`/`Union[...]` → `|`, quoted forward references unquoted, `typing.X` → `X`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            parsed = ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return node
        return _canonical(parsed)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("typing", "t"):
        return ast.Name(node.attr, ast.Load())
    if isinstance(node, ast.Subscript):
        head = _head(node)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        canonical_args = [_canonical(arg) for arg in args]
        if head == "Optional" and len(canonical_args) == 1:
            return _or([canonical_args[0], ast.Constant(None)])
        if head == "Union":
            return _or(canonical_args)
        value = _canonical(node.value)
        sliced: ast.expr = ast.Tuple(canonical_args, ast.Load()) if isinstance(node.slice, ast.Tuple) else canonical_args[0]
        return ast.Subscript(value, sliced, ast.Load())
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _or([_canonical(member) for member in _union_members(node)])
    if isinstance(node, (ast.List, ast.Tuple)):
        return type(node)([_canonical(e) for e in node.elts], ast.Load())
    return node


def _or(members: list[ast.expr]) -> ast.expr:
    flat: list[ast.expr] = []
    seen: set[str] = set()
    for member in members:
        for part in _union_members(member):
            text = ast.unparse(part)
            if text not in seen:
                seen.add(text)
                flat.append(part)
    result = flat[0]
    for part in flat[1:]:
        result = ast.BinOp(result, ast.BitOr(), part)
    return result
