"""Base classes of every generated model.

Decoding is liberal, construction is strict: a server answer may omit a field the spec calls required (older
servers do), carry enum values or fields this package has never seen (newer servers do), and still decode —
unknown fields are kept and written back. A model built by user code must have its required fields.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError


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

    __conductor_required__: ClassVar[tuple[str, ...]] = ()

    def __init__(self, /, **data: Any) -> None:
        missing = [name for name in self.__conductor_required__ if not _given(type(self), name, data)]
        if missing:
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [{"type": "missing", "loc": (name,), "input": data} for name in missing],
            )
        super().__init__(**data)


def not_sent() -> Any:
    """The value of a required field that a server answer left out: None (typed Any, so mypy accepts it)."""
    return None


def _given(cls: type[BaseModel], name: str, data: dict[str, Any]) -> bool:
    if data.get(name) is not None:
        return True
    alias = cls.model_fields[name].alias
    return alias is not None and data.get(alias) is not None


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
