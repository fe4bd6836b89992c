from typing import Any

from conductor_client.models._base import ConductorModel


class AgentCardSignature(ConductorModel):
    header: dict[str, Any] | None = None
    protected: str | None = None
    signature: str | None = None
