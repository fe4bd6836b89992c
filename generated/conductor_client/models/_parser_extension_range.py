from conductor_client.models._base import ConductorModel


class ParserExtensionRange(ConductorModel):
    pass
