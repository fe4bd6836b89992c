from conductor_client.models._base import OpenEnum


class WorkflowStatusEnum(OpenEnum):
    """Inline enum of Workflow.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"
