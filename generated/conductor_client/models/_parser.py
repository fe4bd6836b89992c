from conductor_client.models._base import ConductorModel


class Parser(ConductorModel):
    pass
