from typing import Any

from conductor_client.models._base import ConductorModel


class AgentExtension(ConductorModel):
    description: str | None = None
    params: dict[str, Any] | None = None
    required: bool | None = None
    uri: str | None = None
