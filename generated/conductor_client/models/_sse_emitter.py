from conductor_client.models._base import ConductorModel


class SseEmitter(ConductorModel):
    timeout: int | None = None
