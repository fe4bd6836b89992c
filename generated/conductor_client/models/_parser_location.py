from conductor_client.models._base import ConductorModel


class ParserLocation(ConductorModel):
    pass
