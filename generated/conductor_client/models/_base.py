"""Base classes of every generated model.

Decoding is liberal, construction is strict: a server answer may omit a field the spec calls required (older
servers do: it reads as None, and such fields are typed `X | None`), carry enum values or fields this package
has never seen (newer servers do), and still decode; unknown fields are kept and written back. A model built by
user code must have the fields the server requires (the spec's `required`, corrected by what the server
enforces: a definition without `timeoutSeconds` loads, one without `name` does not), nested models included.

The check of required fields is kept out of validation on purpose: a model validator is a Python call for every
model instance, which would make decoding a large answer (a workflow with hundreds of tasks) markedly slower.
Decoding therefore runs entirely inside pydantic-core, and the check runs where user code builds a model: the
constructor and ``model_validate*`` called without ``DECODE_CONTEXT``; and once more on a request body before
it is sent (``check_before_sending``), for a model decoded, built with ``model_construct`` or changed since.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

# Passed as the validation context when decoding a server's answer (the runtime does); anything else — a model
# built or validated by user code — is held to the spec's required fields.
DECODE_CONTEXT: dict[str, Any] = {"conductor_decode": True}


class ConductorModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,  # a class is built on first use, so importing the models stays cheap
        protected_namespaces=(),
        use_enum_values=False,
    )

    # Type checkers see pydantic's own signatures (the constructor takes the fields by name): these wrappers only
    # add the required-fields check at run time.
    if not TYPE_CHECKING:

        def __init__(self, /, **data: Any) -> None:
            super().__init__(**data)
            _raise_if_missing(self)

        # Tells pydantic this constructor only forwards to validation, so that validation (decoding included)
        # builds instances without calling it: the check stays out of decoding.
        __init__.__pydantic_base_init__ = True

        @classmethod
        def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
            return _checked(super().model_validate(obj, *args, **kwargs), kwargs)

        @classmethod
        def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Any:
            return _checked(super().model_validate_json(json_data, *args, **kwargs), kwargs)

        @classmethod
        def model_validate_strings(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
            return _checked(super().model_validate_strings(obj, *args, **kwargs), kwargs)


class RequiredFieldsModel(ConductorModel):
    """A model with fields the server requires (their Python names in ``__conductor_required__``)."""

    __conductor_required__: ClassVar[tuple[str, ...]] = ()


def check_before_sending(body: object) -> None:
    """Raise pydantic's ``ValidationError`` naming every field the server requires that ``body`` lacks: a model,
    or a list or tuple of models (what request bodies are); anything else is the caller's to get right."""
    items = body if isinstance(body, (list, tuple)) else (body,)
    for index, item in enumerate(items):
        if isinstance(item, ConductorModel):
            missing: list[tuple[str | int, ...]] = []
            _find_missing(item, (index,) if items is body else (), missing)
            if missing:
                _raise_missing(type(item).__name__, missing)


def _checked(model: ConductorModel, options: dict[str, Any]) -> ConductorModel:
    context = options.get("context")
    if not (isinstance(context, dict) and context.get("conductor_decode")):
        _raise_if_missing(model)
    return model


def _raise_if_missing(model: ConductorModel) -> None:
    missing: list[tuple[str | int, ...]] = []
    _find_missing(model, (), missing)
    if missing:
        _raise_missing(type(model).__name__, missing)


def _raise_missing(title: str, missing: list[tuple[str | int, ...]]) -> None:
    from pydantic_core import ValidationError

    raise ValidationError.from_exception_data(
        title, [{"type": "missing", "loc": loc, "input": None} for loc in missing]
    )


def _find_missing(value: Any, loc: tuple[str | int, ...], missing: list[tuple[str | int, ...]]) -> None:
    if isinstance(value, ConductorModel):
        cls = type(value)
        fields = value.__dict__  # the field values (extras live elsewhere); faster than getattr on large bodies
        for name in getattr(cls, "__conductor_required__", ()):
            if fields.get(name) is None:
                missing.append((*loc, name))
        for name in _fields_with_models(cls):
            item = fields.get(name)
            if item is not None:
                _find_missing(item, (*loc, name), missing)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            if item is not None and not isinstance(item, (str, int, float)):
                _find_missing(item, (*loc, index), missing)
    elif isinstance(value, dict):
        for key, item in value.items():
            if item is not None and not isinstance(item, (str, int, float)):
                _find_missing(item, (*loc, key), missing)


_FIELDS_WITH_MODELS: dict[type, tuple[str, ...]] = {}


def _fields_with_models(cls: type[ConductorModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type can hold a model: only those are walked (a free-form ``dict[str, Any]``
    input of a megabyte is not)."""
    names = _FIELDS_WITH_MODELS.get(cls)
    if names is None:
        names = _FIELDS_WITH_MODELS[cls] = tuple(
            name for name, field in cls.model_fields.items() if _can_hold_model(field.annotation)
        )
    return names


def _can_hold_model(annotation: Any) -> bool:
    from typing import ForwardRef, get_args

    if isinstance(annotation, (str, ForwardRef)):
        return True  # not resolved: walk it rather than miss a model
    if isinstance(annotation, type) and issubclass(annotation, ConductorModel):
        return True
    return any(_can_hold_model(arg) for arg in get_args(annotation))


class OpenEnum(str, Enum):
    """A string enum that accepts values it does not list: they become members made on the fly."""

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
