from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._action_action_enum import ActionActionEnum
from ._start_agent import StartAgent
from ._start_workflow import StartWorkflow
from ._task_details import TaskDetails
from ._terminate_workflow import TerminateWorkflow
from ._update_workflow_variables import UpdateWorkflowVariables


class Action(ConductorModel):
    action: ActionActionEnum | None = None
    complete_task: TaskDetails | None = None
    expand_inline_json: bool | None = Field(
        default=None, validation_alias="expandInlineJSON", serialization_alias="expandInlineJSON"
    )
    fail_task: TaskDetails | None = None
    start_agent: StartAgent | None = None
    start_workflow: StartWorkflow | None = None
    terminate_workflow: TerminateWorkflow | None = None
    update_workflow_variables: UpdateWorkflowVariables | None = None
