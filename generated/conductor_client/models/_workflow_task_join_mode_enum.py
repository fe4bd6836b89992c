from conductor_client.models._base import OpenEnum


class WorkflowTaskJoinModeEnum(OpenEnum):
    """Inline enum of WorkflowTask.joinMode."""

    SYNC = "SYNC"
    ASYNC = "ASYNC"
