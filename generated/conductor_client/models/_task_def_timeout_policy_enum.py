from conductor_client.models._base import OpenEnum


class TaskDefTimeoutPolicyEnum(OpenEnum):
    """Inline enum of TaskDef.timeoutPolicy."""

    RETRY = "RETRY"
    TIME_OUT_WF = "TIME_OUT_WF"
    ALERT_ONLY = "ALERT_ONLY"
