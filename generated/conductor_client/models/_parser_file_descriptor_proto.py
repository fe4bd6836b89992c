from conductor_client.models._base import ConductorModel


class ParserFileDescriptorProto(ConductorModel):
    pass
