from conductor_client.models._base import ConductorModel


class ParserUninterpretedOption(ConductorModel):
    pass
