from conductor_client.models._base import ConductorModel


class JsonNode(ConductorModel):
    pass
