from conductor_client.models._base import ConductorModel


class ParserMethodDescriptorProto(ConductorModel):
    pass
