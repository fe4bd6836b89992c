from conductor_client.models._base import OpenEnum


class WorkflowModelPreviousStatusEnum(OpenEnum):
    """Inline enum of WorkflowModel.previousStatus."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"
