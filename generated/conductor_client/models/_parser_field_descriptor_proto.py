from conductor_client.models._base import ConductorModel


class ParserFieldDescriptorProto(ConductorModel):
    pass
