from conductor_client.models._base import OpenEnum


class ActionActionEnum(OpenEnum):
    """Inline enum of Action.action."""

    start_workflow = "start_workflow"
    complete_task = "complete_task"
    fail_task = "fail_task"
    terminate_workflow = "terminate_workflow"
    update_workflow_variables = "update_workflow_variables"
    start_agent = "start_agent"
