from conductor_client.models._base import ConductorModel


class ParserServiceDescriptorProto(ConductorModel):
    pass
