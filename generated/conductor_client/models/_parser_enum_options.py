from conductor_client.models._base import ConductorModel


class ParserEnumOptions(ConductorModel):
    pass
