from conductor_client.models._base import ConductorModel


class ExternalStorageLocation(ConductorModel):
    path: str | None = None
    uri: str | None = None
