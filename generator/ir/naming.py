"""Python names from wire names: deterministic, valid, and never shadowing anything they must not.

Every function here is pure: the same wire name gives the same Python name in every server version, which is
what keeps user code working across upgrades.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from .python_words import BUILTIN_NAMES, HARD_KEYWORDS

_SUFFIX = re.compile(r"_\d+$")
_CAMEL_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")
MAX_NAME = 80

# Names a generated method's body or signature uses itself.
METHOD_RESERVED = frozenset({"self", "timeout", "models", "Any"})
# Attributes of pydantic's BaseModel (v2 and the v1 names it still carries) that a field must not replace.
MODEL_RESERVED = frozenset(
    {"copy", "dict", "json", "schema", "schema_json", "construct", "validate", "fields", "parse_obj", "parse_raw",
     "parse_file", "from_orm", "update_forward_refs", "model_config", "model_fields", "model_computed_fields",
     "model_extra", "model_fields_set", "model_construct", "model_copy", "model_dump", "model_dump_json",
     "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
     "model_validate_json", "model_validate_strings",
     "self"}  # the first parameter of the constructor type checkers see (templates/models/pydantic_v2/BaseModel.jinja2)
)
# Names the models module imports or defines; a class of the same name would shadow them.
CLASS_RESERVED = frozenset(
    {"Any", "Optional", "Union", "List", "Dict", "Literal", "ClassVar", "Annotated", "BaseModel", "Field",
     "ConfigDict", "RootModel", "AwareDatetime", "NaiveDatetime", "Enum", "ConductorModel", "OpenEnum", "annotations",
     "AnyUrl", "EmailStr", "UUID", "Decimal", "date", "datetime", "time", "timedelta", "conint", "constr", "confloat"}
) | frozenset(name for name in BUILTIN_NAMES if name[:1].isupper() or name.islower())


def ascii_words(text: str) -> list[str]:
    """Split any text into lower-case ASCII words, at camelCase humps and at anything not a letter or digit."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    spaced = _CAMEL_BOUNDARY_2.sub(r"\1 \2", _CAMEL_BOUNDARY_1.sub(r"\1 \2", folded))
    return [word.lower() for word in _NON_WORD.split(spaced) if word]


def snake_case(text: str) -> str:
    return "_".join(ascii_words(text))[:MAX_NAME].rstrip("_")


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in ascii_words(text))[:MAX_NAME]


def strip_springdoc_suffix(operation_id: str) -> str:
    """`startWorkflow_1` → `startWorkflow`: springdoc renumbers these suffixes between releases."""
    return _SUFFIX.sub("", operation_id)


def safe_identifier(name: str, *, fallback: str, avoid: Iterable[str] = ()) -> str:
    """Make `name` a valid identifier that is not a keyword and not in `avoid`: append `_` where needed.

    A name that is empty becomes `fallback`; one that starts with a digit gets `fallback_` in front. Keywords come
    from a fixed list (python_words.py), never from the running interpreter, and soft keywords are kept as they are.
    """
    avoid = frozenset(avoid)
    if not name:
        name = fallback
    elif name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in HARD_KEYWORDS or name in avoid:
        name += "_"
    assert name.isidentifier(), name
    return name


def parameter_name(wire_name: str) -> str:
    return safe_identifier(snake_case(wire_name), fallback="param", avoid=BUILTIN_NAMES | METHOD_RESERVED)


# Type names written in model annotations: a field of that name would change what the annotation means
# (datamodel-code-generator renames such fields itself; deciding it here keeps the IR's names the real ones).
ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "set", "frozenset", "tuple",
                              "object", "date", "datetime", "time", "timedelta", "decimal", "uuid"})


def field_name(wire_name: str) -> str:
    # snake_case never yields a leading underscore, which pydantic would take for a private attribute.
    return safe_identifier(snake_case(wire_name), fallback="field", avoid=MODEL_RESERVED | ANNOTATION_NAMES)


def class_name(schema_name: str) -> str:
    name = pascal_case(schema_name)
    if not name:
        name = "Model"
    elif name[0].isdigit():
        name = "Model" + name
    if name in CLASS_RESERVED or name in HARD_KEYWORDS:
        name += "Model"
    return name


def unique(name: str, taken: set[str], suffixes: Iterable[str] = ()) -> str:
    """The first of `name`, `name + suffix` for each suffix, then `name2`, `name3`… that is not taken."""
    candidates = [name] + [name + suffix for suffix in suffixes]
    for candidate in candidates:
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    number = 2
    while f"{name}{number}" in taken:
        number += 1
    taken.add(f"{name}{number}")
    return f"{name}{number}"


def constant_name(python_name: str) -> str:
    return "_" + python_name.upper().rstrip("_")
