from conductor_client.models._base import OpenEnum


class WorkflowScheduleExecutionModelStateEnum(OpenEnum):
    """Inline enum of WorkflowScheduleExecutionModel.state."""

    POLLED = "POLLED"
    FAILED = "FAILED"
    EXECUTED = "EXECUTED"
