from conductor_client.models._base import ConductorModel


class ParserFileOptions(ConductorModel):
    pass
