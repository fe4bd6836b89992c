from conductor_client.models._base import ConductorModel


class ParserNamePart(ConductorModel):
    pass
