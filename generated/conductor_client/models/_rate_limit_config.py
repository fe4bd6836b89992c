from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._rate_limit_config_policy_enum import RateLimitConfigPolicyEnum


class RateLimitConfig(ConductorModel):
    concurrent_exec_limit: int | None = Field(
        default=None, validation_alias="concurrentExecLimit", serialization_alias="concurrentExecLimit"
    )
    policy: RateLimitConfigPolicyEnum | None = None
    rate_limit_key: str | None = Field(
        default=None, validation_alias="rateLimitKey", serialization_alias="rateLimitKey"
    )
