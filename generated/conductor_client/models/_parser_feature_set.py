from conductor_client.models._base import ConductorModel


class ParserFeatureSet(ConductorModel):
    pass
