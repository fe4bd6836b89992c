from conductor_client.models._base import ConductorModel


class ParserEditionDefault(ConductorModel):
    pass
