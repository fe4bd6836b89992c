from conductor_client.models._base import OpenEnum


class RateLimitConfigPolicyEnum(OpenEnum):
    """Inline enum of RateLimitConfig.policy."""

    QUEUE = "QUEUE"
    REJECT = "REJECT"
