from conductor_client.models._base import ConductorModel


class ParserOneofDescriptorProto(ConductorModel):
    pass
