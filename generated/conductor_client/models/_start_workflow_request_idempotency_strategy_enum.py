from conductor_client.models._base import OpenEnum


class StartWorkflowRequestIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of StartWorkflowRequest.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"
