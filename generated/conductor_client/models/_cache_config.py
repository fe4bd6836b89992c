from conductor_client.models._base import ConductorModel
from pydantic import Field


class CacheConfig(ConductorModel):
    key: str | None = None
    ttl_in_second: int | None = Field(default=None, validation_alias="ttlInSecond", serialization_alias="ttlInSecond")
