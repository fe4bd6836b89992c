from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class StateChangeEvent(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("type",)
    payload: dict[str, Any] | None = None
    type: Optional[str] = None
