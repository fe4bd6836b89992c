from conductor_client.models._base import OpenEnum


class MethodOptionsOrBuilderIdempotencyLevelEnum(OpenEnum):
    """Inline enum of MethodOptionsOrBuilder.idempotencyLevel."""

    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"
