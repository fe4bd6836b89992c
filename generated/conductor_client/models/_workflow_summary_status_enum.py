from conductor_client.models._base import OpenEnum


class WorkflowSummaryStatusEnum(OpenEnum):
    """Inline enum of WorkflowSummary.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"
