from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CacheConfig(ConductorModel):
    key: str | None = None
    ttl_in_second: int | None = Field(default=None, validation_alias="ttlInSecond", serialization_alias="ttlInSecond")
