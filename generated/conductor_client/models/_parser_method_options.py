from conductor_client.models._base import ConductorModel


class ParserMethodOptions(ConductorModel):
    pass
