from conductor_client.models._base import ConductorModel


class ParserEnumValueOptions(ConductorModel):
    pass
