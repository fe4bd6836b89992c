"""What user code can see of a generated package, by importing it: run as a script, in its own process.

    python introspect_package.py FOLDER PACKAGE [PACKAGE...]   → JSON on standard output, {package: view}

A view: `models` (every name `models` exports: bases, fields with their annotation, required-ness and alias, the
policy for extra fields, enum members, a root model's type), `api` (each API group class: the signature of every
public method) and `client` (each attribute of ConductorClient and AsyncConductorClient: the group class it
gives). Annotations are written in one form (`X | None`, forward references by name) so that two packages
compare on what they mean. This reads the package as a user would, never the generator's own records: it is the
oracle the diff is checked against (test_oracle.py).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import sys
import types
import typing
from typing import Any, ForwardRef, Union, get_args, get_origin


def annotation_text(value: Any) -> str:
    if value is type(None) or value is None:
        return "None"
    if isinstance(value, ForwardRef):
        return value.__forward_arg__
    if isinstance(value, str):
        return value
    if value is Any:
        return "Any"
    origin = get_origin(value)
    if origin is Union or origin is types.UnionType:
        return " | ".join(annotation_text(arg) for arg in get_args(value))
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in get_args(value))}]"
    if origin is not None:
        name = getattr(origin, "__name__", repr(origin))
        return f"{name}[{', '.join(annotation_text(arg) for arg in get_args(value))}]"
    return str(getattr(value, "__name__", repr(value)))


def extra_value_type(annotation: Any) -> str:
    """What pydantic validates each undeclared field's value as: X of `__pydantic_extra__: dict[str, X]`, else Any."""
    if isinstance(annotation, str):
        return annotation  # not expected (the model modules import no annotations lazily): shown as written
    for option in get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,):
        if get_origin(option) is dict and len(get_args(option)) == 2:
            return annotation_text(get_args(option)[1])
    return "Any"


def model_view(value: Any) -> dict[str, Any]:
    if not isinstance(value, type):
        return {"kind": "value", "repr": repr(value)}
    # RequiredFieldsModel is ConductorModel plus the list of required fields, seen here as each field's required
    # flag: the two bases are one to user code.
    view: dict[str, Any] = {"bases": ["ConductorModel" if base.__name__ == "RequiredFieldsModel" else base.__name__
                                      for base in value.__bases__]}
    if issubclass(value, enum.Enum):
        view["members"] = [[member.name, member.value] for member in value]
        return view
    fields = getattr(value, "model_fields", None)
    if isinstance(fields, dict):
        required = set(getattr(value, "__conductor_required__", ()))
        view["fields"] = {
            name: [annotation_text(info.annotation), info.is_required() or name in required,
                   str(info.validation_alias or info.alias or "")]
            for name, info in fields.items()
        }
        view["extra"] = str(value.model_config.get("extra"))
        view["extra_values"] = extra_value_type(inspect.get_annotations(value).get("__pydantic_extra__"))
    return view


def api_view(package: str) -> dict[str, dict[str, str]]:
    api = importlib.import_module(f"{package}.api")
    classes: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(api.__path__):
        module = importlib.import_module(f"{package}.api.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or name.startswith("_"):
                continue
            classes[f"{info.name}.{name}"] = {
                method: str(inspect.signature(function))
                for method, function in inspect.getmembers(cls, inspect.isfunction)
                if not method.startswith("_")
            }
    return classes


def client_view(package: str) -> dict[str, str]:
    client = importlib.import_module(f"{package}.client")
    attributes: dict[str, str] = {}
    for class_name in ("ConductorClient", "AsyncConductorClient"):
        cls = getattr(client, class_name)
        for name, member in vars(cls).items():
            function = getattr(member, "func", None) or getattr(member, "fget", None)
            if function is not None and not name.startswith("_"):
                attributes[f"{class_name}.{name}"] = str(function.__annotations__.get("return", ""))
    return attributes


def package_view(package: str) -> dict[str, Any]:
    models = importlib.import_module(f"{package}.models")
    return {
        "models": {name: model_view(getattr(models, name)) for name in models.__all__},
        "api": api_view(package),
        "client": client_view(package),
    }


def main(argv: list[str]) -> int:
    folder, packages = argv[0], argv[1:]
    sys.path.insert(0, folder)
    json.dump({package: package_view(package) for package in packages}, sys.stdout, default=repr, sort_keys=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
