from conductor_client.models._base import ConductorModel


class ParserOneofOptions(ConductorModel):
    pass
