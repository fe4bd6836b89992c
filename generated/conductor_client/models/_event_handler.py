from typing import ClassVar, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._action import Action


class EventHandler(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("actions", "event", "name")
    actions: list[Action] | None = None
    active: bool | None = None
    condition: str | None = None
    evaluator_type: str | None = Field(
        default=None, validation_alias="evaluatorType", serialization_alias="evaluatorType"
    )
    event: str | None = None
    name: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            actions: list[Action],
            event: str,
            name: str,
            active: bool | None = ...,
            condition: str | None = ...,
            evaluator_type: str | None = ...,
        ) -> None: ...
