from typing import Any

from conductor_client.models._base import ConductorModel


class StateChangeEvent(ConductorModel):
    payload: dict[str, Any] | None = None
    type: str | None = None
