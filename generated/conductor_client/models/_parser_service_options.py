from conductor_client.models._base import ConductorModel


class ParserServiceOptions(ConductorModel):
    pass
