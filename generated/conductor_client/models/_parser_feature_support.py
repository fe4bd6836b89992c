from conductor_client.models._base import ConductorModel


class ParserFeatureSupport(ConductorModel):
    pass
