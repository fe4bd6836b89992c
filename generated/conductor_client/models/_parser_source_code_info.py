from conductor_client.models._base import ConductorModel


class ParserSourceCodeInfo(ConductorModel):
    pass
