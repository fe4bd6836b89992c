"""Hypothesis strategies for whole OpenAPI 3.0 / 3.1 documents whose every name and text is hostile.

The documents are valid OpenAPI (the generator must turn them into a package): hostile text goes everywhere
the format allows any string; where it does not (3.1 component names, path templates), the names are as odd as
the format allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hypothesis import strategies as st

from generator.ir import naming
from hostile_text import COLLIDING, hostile_name, hostile_text
from hostile_bugs import OPEN

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
_COMPONENT_31 = re.compile(r"^[a-zA-Z0-9._-]+$")
_PYDANTIC_NAMES = {"not_sent"}  # snake_cased names that hit "pydantic-field-names"


@dataclass(frozen=True)
class Avoid:
    """The triggers of open bugs (hostile_bugs.OPEN) the property tests keep away from. All False = no mercy."""

    model_docstrings: bool = "model-docstrings" in OPEN
    tag_docstring_chars: bool = "api-init-tag-docstring" in OPEN
    pydantic_field_names: bool = "pydantic-field-names" in OPEN
    no_schemas: bool = "no-component-schemas" in OPEN
    builtin_field_names: bool = "ir-field-name-mismatch" in OPEN
    integer_enums: bool = "integer-enum" in OPEN
    byte_format: bool = "required-bytes-dump" in OPEN
    self_reference: bool = "model-rebuild-call" in OPEN


def pick(draw, items):  # noqa: ANN001,ANN201
    """One of `items`: an index drawn from a cached strategy, cheaper than a new sampled_from every time."""
    items = list(items)
    return items[draw(st.integers(0, len(items) - 1))]


def _pointer_part(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def schema_ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_PREFIX + _pointer_part(name)}


def json_values(max_leaves: int = 6) -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                        st.floats(allow_nan=False, allow_infinity=False), hostile_text)
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(hostile_name, inner, max_size=3)),
                        max_leaves=max_leaves)


def _no_template_chars(text: str) -> str:
    return text.replace("{", "(").replace("}", ")").replace("/", "|")


_FORMAT_FIELD = str.maketrans({c: "_" for c in ":![].#?"})


def _template_name(text: str) -> str:
    """A `{name}` for a path template: hostile, but what openapi-spec-validator's template parser (Python's
    str.format grammar) reads as one plain field, and without the `#` and `?` OpenAPI 3.1 forbids there."""
    return _no_template_chars(text).translate(_FORMAT_FIELD)


def _component_name_ok(v31: bool):  # noqa: ANN202
    def ok(name: str) -> bool:
        if "%" in name:  # in a $ref, `a%20b` is percent-decoded to `a b` (RFC 3986): another name
            return False
        return bool(_COMPONENT_31.match(name)) if v31 else True

    return ok


component_names_31 = st.one_of(
    st.sampled_from([n for n in COLLIDING if _COMPONENT_31.match(n)] + ["None", "Any", "BaseModel", "Field",
                                                                           "RootModel", "Enum", "str", "Model",
                                                                           "1abc", "___", "...", "-", "a.b-c_d"]),
    st.from_regex(_COMPONENT_31, fullmatch=True).filter(lambda s: len(s) <= 30),
)


_EXAMPLES = json_values()
_KINDS = st.sampled_from(("string", "string", "integer", "number", "boolean", "enum", "array", "int-enum"))
_KINDS_NO_INT_ENUM = st.sampled_from(("string", "string", "integer", "number", "boolean", "enum", "array"))
_FORMATS = st.sampled_from((None, None, "date-time", "date", "uuid", "byte", "password", "hostname"))
_ENUM_VALUES = st.lists(hostile_text, min_size=1, max_size=5, unique=True)
_INT_ENUM_VALUES = st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=4, unique=True)


@lru_cache(maxsize=None)
def scalar_property(avoid: Avoid, v31: bool) -> st.SearchStrategy[dict[str, object]]:
    return _scalar_property(avoid, v31)


@st.composite
def _scalar_property(draw, avoid: Avoid, v31: bool) -> dict[str, object]:  # noqa: ANN001
    kind = draw(_KINDS_NO_INT_ENUM if avoid.integer_enums else _KINDS)
    prop: dict[str, object]
    if kind == "string":
        prop = {"type": "string"}
        if draw(st.booleans()):
            prop["default"] = draw(hostile_text)
        fmt = draw(_FORMATS)
        if fmt == "byte" and avoid.byte_format:
            fmt = None
        if fmt and "default" not in prop:
            prop["format"] = fmt
    elif kind == "integer":
        prop = {"type": "integer"}
        if draw(st.booleans()):
            prop["default"] = draw(st.integers(-(2**63), 2**63))
    elif kind == "number":
        prop = {"type": "number"}
        if draw(st.booleans()):
            prop["default"] = draw(st.floats(allow_nan=False, allow_infinity=False))
    elif kind == "boolean":
        prop = {"type": "boolean"}
        if draw(st.booleans()):
            prop["default"] = draw(st.booleans())
    elif kind == "enum":  # inline: hoisted into a class of its own
        prop = {"type": "string", "enum": draw(_ENUM_VALUES)}
    elif kind == "int-enum":
        prop = {"type": "integer", "enum": draw(_INT_ENUM_VALUES)}
    else:
        prop = {"type": "array", "items": {"type": "string"}}
    if draw(st.booleans()):
        example = draw(hostile_text if prop.get("type") == "string" and "enum" not in prop else _EXAMPLES)
        if v31:
            prop["examples"] = [example]
        else:
            prop["example"] = example
    if not avoid.model_docstrings and draw(st.booleans()):
        prop["description"] = draw(hostile_text)
    if draw(st.integers(0, 4)) == 0:
        if v31:
            prop["type"] = [prop["type"], "null"]
            if "enum" in prop:
                prop["enum"] = [*prop["enum"], None]
        else:
            prop["nullable"] = True
    return prop


@lru_cache(maxsize=None)
def property_names(avoid: Avoid) -> st.SearchStrategy[list[str]]:
    return st.lists(hostile_name.filter(_property_name_ok(avoid)), max_size=6, unique=True)


def _property_name_ok(avoid: Avoid):  # noqa: ANN202
    def ok(name: str) -> bool:
        snake = naming.snake_case(name)
        if avoid.pydantic_field_names and (snake.startswith("model_") or snake in _PYDANTIC_NAMES):
            return False
        if avoid.builtin_field_names and snake in naming.BUILTIN_NAMES:
            return False
        return True

    return ok


@lru_cache(maxsize=None)
def component_names(v31: bool, low: int, high: int) -> st.SearchStrategy[list[str]]:
    names_strategy = component_names_31 if v31 else st.one_of(hostile_name, component_names_31)
    return st.lists(names_strategy.filter(_component_name_ok(v31)), min_size=low, max_size=high, unique=True)


_SCHEMA_KINDS = st.sampled_from(("object", "object", "object", "enum", "alias", "array"))
_SCHEMA_ENUM_VALUES = st.lists(hostile_text, min_size=1, max_size=6, unique=True)


@st.composite
def _components(draw, avoid: Avoid, v31: bool, with_models: bool) -> dict[str, dict[str, object]]:  # noqa: ANN001
    low = 1 if avoid.no_schemas else 0
    high = 4 if with_models else 2
    names = draw(component_names(v31, low, high))
    schemas: dict[str, dict[str, object]] = {}
    for name in names:
        kind = draw(_SCHEMA_KINDS)
        if kind == "enum":
            values = draw(_SCHEMA_ENUM_VALUES)
            schema: dict[str, object] = {"type": "string", "enum": values}
        elif kind == "alias":
            schema = {"type": "string"}
        elif kind == "array":
            schema = {"type": "array", "items": {"type": "string"}}
        else:
            props: dict[str, object] = {}
            for prop_name in draw(property_names(avoid)):
                if schemas and draw(st.integers(0, 3)) == 0:  # a reference to an earlier schema
                    target = pick(draw, sorted(schemas))
                    props[prop_name] = schema_ref(target)
                elif not avoid.self_reference and draw(st.integers(0, 7)) == 0:  # recursion: legal, must generate
                    props[prop_name] = {"type": "array", "items": schema_ref(name)}
                else:
                    props[prop_name] = draw(scalar_property(avoid, v31))
            schema = {"type": "object", "properties": props}
            required = [n for n in props if draw(st.integers(0, 2)) == 0]
            if required:
                schema["required"] = required
        if not avoid.model_docstrings:
            if draw(st.booleans()):
                schema["description"] = draw(hostile_text)
            if draw(st.integers(0, 3)) == 0:
                schema["title"] = draw(hostile_text)
        schemas[name] = schema
    return schemas


tag_names_strategy = st.one_of(hostile_name, st.sampled_from(COLLIDING), hostile_text)


@lru_cache(maxsize=None)
def tag_names(avoid: Avoid) -> st.SearchStrategy[str]:
    if not avoid.tag_docstring_chars:
        return tag_names_strategy
    return tag_names_strategy.filter(lambda tag: '"' not in tag and "\\" not in tag)


_PARAM_KINDS = st.sampled_from(("string", "integer", "boolean", "array", "enum"))
_PARAM_ENUM_VALUES = st.lists(hostile_text, min_size=1, max_size=3, unique=True)
_LOCATIONS = st.sampled_from(("query", "query", "header"))
_MEDIA = st.sampled_from(("application/json", "application/json", "text/plain", "application/octet-stream", None))
_ANSWERS = st.sampled_from(("model", "list", "text", "none", "map"))
_STATUS = st.sampled_from(("200", "201", "204", "default"))


@st.composite
def _parameter(draw) -> dict[str, object]:  # noqa: ANN001
    name = draw(hostile_name)
    param: dict[str, object] = {"name": name, "in": draw(_LOCATIONS)}
    kind = draw(_PARAM_KINDS)
    schema: dict[str, object]
    if kind == "string":
        schema = {"type": "string"}
        if draw(st.booleans()):
            schema["default"] = draw(hostile_text)
    elif kind == "integer":
        schema = {"type": "integer"}
        if draw(st.booleans()):
            schema["default"] = draw(st.integers(-(2**70), 2**70))
    elif kind == "boolean":
        schema = {"type": "boolean", "default": draw(st.booleans())}
    elif kind == "array":
        schema = {"type": "array", "items": {"type": "string"}}
    else:
        schema = {"type": "string", "enum": draw(_PARAM_ENUM_VALUES)}
    param["schema"] = schema
    if draw(st.booleans()):
        param["required"] = True
    if draw(st.booleans()):
        param["description"] = draw(hostile_text)
    return param


parameters = _parameter()


@st.composite
def _path(draw) -> tuple[str, list[str]]:  # noqa: ANN001
    """A path key: literal segments of hostile text and `{name}` templates with hostile names."""
    segments: list[str] = []
    names: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.integers(0, 2)) == 0:
            name = _template_name(draw(hostile_name)) or "id"
            if name in names:
                continue
            names.append(name)
            segments.append("{" + name + "}")
        else:
            segments.append(_no_template_chars(draw(hostile_text)))
    return "/" + "/".join(segments), names


paths_strategy = _path()


@lru_cache(maxsize=None)
def components(avoid: Avoid, v31: bool, with_models: bool) -> st.SearchStrategy[dict[str, dict[str, object]]]:
    return _components(avoid, v31, with_models)


@st.composite
def openapi_documents(draw, *, with_models: bool = False, avoid: Avoid = Avoid()) -> dict[str, object]:  # noqa: ANN001,B008
    v31 = draw(st.booleans())
    info: dict[str, object] = {"title": draw(hostile_text), "version": draw(hostile_text)}
    if draw(st.booleans()):
        info["description"] = draw(hostile_text)
    doc: dict[str, object] = {"openapi": "3.1.0" if v31 else "3.0.3", "info": info}

    tag_strategy = tag_names(avoid)
    tags = draw(st.lists(tag_strategy, max_size=4, unique=True))
    if tags and draw(st.booleans()):
        doc["tags"] = [{"name": t, **({"description": draw(hostile_text)} if draw(st.booleans()) else {})}
                       for t in tags]
    schemas = draw(components(avoid, v31, with_models))
    if schemas:
        doc["components"] = {"schemas": schemas}

    paths: dict[str, dict[str, object]] = {}
    operation_ids: set[str] = set()
    for _ in range(draw(st.integers(1, 4))):
        path, template_names = draw(paths_strategy)
        item = paths.setdefault(path, {})
        method = pick(draw, [m for m in HTTP_METHODS if m not in item] or ["get"])
        if method in item:
            continue
        op: dict[str, object] = {}
        op_id = draw(st.one_of(st.none(), hostile_name))
        if op_id is not None and op_id not in operation_ids:
            operation_ids.add(op_id)
            op["operationId"] = op_id
        if draw(st.booleans()):
            op["summary"] = draw(hostile_text)
        if draw(st.booleans()):
            op["description"] = draw(hostile_text)
        if draw(st.booleans()):
            op["deprecated"] = True
        choice = draw(st.integers(0, 3))
        if choice == 1 and tags:
            op["tags"] = [pick(draw, tags)]
        elif choice == 2:
            op["tags"] = [draw(tag_strategy)]
        params: list[dict[str, object]] = []
        for name in template_names:
            p: dict[str, object] = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            if draw(st.booleans()):
                p["description"] = draw(hostile_text)
            params.append(p)
        seen = {("path", n) for n in template_names}
        for _ in range(draw(st.integers(0, 4))):
            p = draw(parameters)
            if (p["in"], p["name"]) not in seen:
                seen.add((p["in"], p["name"]))
                params.append(p)
        if params and draw(st.integers(0, 4)) == 0 and all(p["in"] == "path" for p in params[:1]):
            item["parameters"] = params[:1]  # declared on the path item, shared by its operations
            params = params[1:]
        if params:
            op["parameters"] = params
        if method in ("post", "put", "patch") and draw(st.booleans()):
            body_schema: dict[str, object] = schema_ref(pick(draw, sorted(schemas))) if schemas and \
                draw(st.booleans()) else {"type": "object"}
            media = draw(_MEDIA)
            if media is None:
                media = draw(hostile_text)
            if media.startswith("text/"):
                body_schema = {"type": "string"}
            body: dict[str, object] = {"content": {media: {"schema": body_schema}}}
            if draw(st.booleans()):
                body["required"] = True
            if draw(st.booleans()):
                body["description"] = draw(hostile_text)
            op["requestBody"] = body
        response: dict[str, object] = {"description": draw(hostile_text)}
        answer = draw(_ANSWERS)
        if answer == "model" and schemas:
            response["content"] = {"application/json": {"schema": schema_ref(pick(draw, sorted(schemas)))}}
        elif answer == "list" and schemas:
            response["content"] = {"application/json": {"schema": {
                "type": "array", "items": schema_ref(pick(draw, sorted(schemas)))}}}
        elif answer == "text":
            response["content"] = {"text/plain": {"schema": {"type": "string"}}}
        elif answer == "map":
            response["content"] = {"application/json": {"schema": {"type": "object",
                                                                    "additionalProperties": {"type": "integer"}}}}
        op["responses"] = {draw(_STATUS): response}
        item[method] = op
    doc["paths"] = paths
    return doc
