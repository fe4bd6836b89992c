from conductor_client.models._base import OpenEnum


class WorkflowStatusStatusEnum(OpenEnum):
    """Inline enum of WorkflowStatus.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"
