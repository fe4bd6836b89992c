from typing import Any, ClassVar, Optional

from conductor_client.models._base import RequiredFieldsModel


class StateChangeEvent(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("type",)
    payload: dict[str, Any] | None = None
    type: Optional[str] = None
