from conductor_client.models._base import OpenEnum


class SubWorkflowParamsIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of SubWorkflowParams.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"
