from conductor_client.models._base import OpenEnum


class WorkflowModelStatusEnum(OpenEnum):
    """Inline enum of WorkflowModel.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"
