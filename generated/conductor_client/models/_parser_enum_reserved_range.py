from conductor_client.models._base import ConductorModel


class ParserEnumReservedRange(ConductorModel):
    pass
