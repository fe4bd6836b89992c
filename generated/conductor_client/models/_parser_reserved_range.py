from conductor_client.models._base import ConductorModel


class ParserReservedRange(ConductorModel):
    pass
