"""Base classes in the style of the generated ``models/_base.py``."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator
from typing_extensions import Self


class ConductorModel(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True, serialize_by_alias=True)


DECODE_CONTEXT: dict[str, Any] = {"conductor_decode": True}


class RequiredFieldsModel(ConductorModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _required_fields_given(self, info: ValidationInfo) -> Self:
        if isinstance(info.context, dict) and info.context.get("conductor_decode"):
            return self
        missing = [name for name in self.__conductor_required__ if getattr(self, name) is None]
        if missing:
            raise ValueError(f"missing required field(s): {', '.join(missing)}")
        return self
