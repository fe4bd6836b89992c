from conductor_client.models._base import ConductorModel


class ParserMessage(ConductorModel):
    pass
