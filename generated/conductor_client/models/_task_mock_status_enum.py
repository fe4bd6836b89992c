from conductor_client.models._base import OpenEnum


class TaskMockStatusEnum(OpenEnum):
    """Inline enum of TaskMock.status."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    CANCELED = "CANCELED"
