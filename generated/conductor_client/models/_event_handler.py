from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._action import Action


class EventHandler(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("actions",)
    actions: Optional[list[Action]] = Field(None, alias="actions")
    active: bool | None = Field(None, alias="active")
    condition: str | None = Field(None, alias="condition")
    evaluator_type: str | None = Field(None, alias="evaluatorType")
    event: str | None = Field(None, alias="event")
    name: str | None = Field(None, alias="name")
