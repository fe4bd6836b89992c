from conductor_client.models._base import ConductorModel


class ParserEnumValueDescriptorProto(ConductorModel):
    pass
