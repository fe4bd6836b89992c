from conductor_client.models._base import ConductorModel


class ParserExtensionRangeOptions(ConductorModel):
    pass
