from conductor_client.models._base import ConductorModel


class ParserMessageOptions(ConductorModel):
    pass
