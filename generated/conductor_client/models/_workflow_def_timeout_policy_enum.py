from conductor_client.models._base import OpenEnum


class WorkflowDefTimeoutPolicyEnum(OpenEnum):
    """Inline enum of WorkflowDef.timeoutPolicy."""

    TIME_OUT_WF = "TIME_OUT_WF"
    ALERT_ONLY = "ALERT_ONLY"
