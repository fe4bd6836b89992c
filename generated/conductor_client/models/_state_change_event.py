from typing import Any, ClassVar

from conductor_client.models._base import RequiredFieldsModel


class StateChangeEvent(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("type",)
    payload: dict[str, Any] | None = None
    type: str | None = None
