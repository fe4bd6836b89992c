from conductor_client.models._base import ConductorModel


class AgentProvider(ConductorModel):
    organization: str | None = None
    url: str | None = None
