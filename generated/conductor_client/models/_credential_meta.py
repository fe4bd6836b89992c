from conductor_client.models._base import ConductorModel


class CredentialMeta(ConductorModel):
    created_at: str | None = None
    name: str | None = None
    partial: str | None = None
    updated_at: str | None = None
