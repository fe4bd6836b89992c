from conductor_client.models._base import ConductorModel


class ParserDeclaration(ConductorModel):
    pass
