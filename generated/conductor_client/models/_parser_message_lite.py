from conductor_client.models._base import ConductorModel


class ParserMessageLite(ConductorModel):
    pass
