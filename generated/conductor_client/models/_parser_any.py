from conductor_client.models._base import ConductorModel


class ParserAny(ConductorModel):
    pass
