from conductor_client.models._base import ConductorModel


class ParserFieldOptions(ConductorModel):
    pass
