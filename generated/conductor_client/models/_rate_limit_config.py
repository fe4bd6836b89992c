from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._rate_limit_config_policy_enum import RateLimitConfigPolicyEnum


class RateLimitConfig(ConductorModel):
    concurrent_exec_limit: int | None = Field(
        default=None, validation_alias="concurrentExecLimit", serialization_alias="concurrentExecLimit"
    )
    policy: RateLimitConfigPolicyEnum | None = None
    rate_limit_key: str | None = Field(
        default=None, validation_alias="rateLimitKey", serialization_alias="rateLimitKey"
    )
