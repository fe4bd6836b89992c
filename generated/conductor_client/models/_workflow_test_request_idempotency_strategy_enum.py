from conductor_client.models._base import OpenEnum


class WorkflowTestRequestIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of WorkflowTestRequest.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"
