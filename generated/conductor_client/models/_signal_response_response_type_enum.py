from conductor_client.models._base import OpenEnum


class SignalResponseResponseTypeEnum(OpenEnum):
    """Inline enum of SignalResponse.responseType."""

    TARGET_WORKFLOW = "TARGET_WORKFLOW"
    BLOCKING_WORKFLOW = "BLOCKING_WORKFLOW"
    BLOCKING_TASK = "BLOCKING_TASK"
    BLOCKING_TASK_INPUT = "BLOCKING_TASK_INPUT"
