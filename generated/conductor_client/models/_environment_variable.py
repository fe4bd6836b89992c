from conductor_client.models._base import ConductorModel


class EnvironmentVariable(ConductorModel):
    name: str | None = None
    value: str | None = None
