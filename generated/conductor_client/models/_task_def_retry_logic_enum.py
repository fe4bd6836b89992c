from conductor_client.models._base import OpenEnum


class TaskDefRetryLogicEnum(OpenEnum):
    """Inline enum of TaskDef.retryLogic."""

    FIXED = "FIXED"
    EXPONENTIAL_BACKOFF = "EXPONENTIAL_BACKOFF"
    LINEAR_BACKOFF = "LINEAR_BACKOFF"
