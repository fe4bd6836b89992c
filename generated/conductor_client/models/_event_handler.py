from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._action import Action


class EventHandler(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("actions",)
    actions: Optional[list[Action]] = Field(default=None, validation_alias="actions", serialization_alias="actions")
    active: bool | None = Field(default=None, validation_alias="active", serialization_alias="active")
    condition: str | None = Field(default=None, validation_alias="condition", serialization_alias="condition")
    evaluator_type: str | None = Field(
        default=None, validation_alias="evaluatorType", serialization_alias="evaluatorType"
    )
    event: str | None = Field(default=None, validation_alias="event", serialization_alias="event")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
