from conductor_client.models._base import ConductorModel


class ParserDescriptorProto(ConductorModel):
    pass
