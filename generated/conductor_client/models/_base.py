"""Base classes of every generated model.

Decoding is liberal, construction is strict: a server answer may omit a field the spec calls required (older
servers do: it reads as None, and such fields are typed `X | None`), carry enum values or fields this package has never seen (newer servers do), and
still decode; unknown fields are kept and written back. A model built by user code must have its required
fields.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator
from typing_extensions import Self


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


# Passed as the validation context when decoding a server's answer (the runtime does); anything else — a model
# built or validated by user code — is held to the spec's required fields.
DECODE_CONTEXT: dict[str, Any] = {"conductor_decode": True}


class RequiredFieldsModel(ConductorModel):
    """A model with fields the spec requires. Only classes that have such fields pay for the check."""

    __conductor_required__: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _required_fields_given(self, info: ValidationInfo) -> Self:
        if isinstance(info.context, dict) and info.context.get("conductor_decode"):
            return self
        missing = [name for name in self.__conductor_required__ if getattr(self, name) is None]
        if missing:
            raise ValueError(f"missing required field(s): {', '.join(missing)}")
        return self


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
