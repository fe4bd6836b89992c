from conductor_client.models._base import ConductorModel


class ParserEnumDescriptorProto(ConductorModel):
    pass
