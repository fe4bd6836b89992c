from conductor_client.models._base import OpenEnum


class MethodOptionsIdempotencyLevelEnum(OpenEnum):
    """Inline enum of MethodOptions.idempotencyLevel."""

    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"
