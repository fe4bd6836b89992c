from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._action_action_enum import ActionActionEnum
from ._start_agent import StartAgent
from ._start_workflow import StartWorkflow
from ._task_details import TaskDetails
from ._terminate_workflow import TerminateWorkflow
from ._update_workflow_variables import UpdateWorkflowVariables


class Action(ConductorModel):
    action: ActionActionEnum | None = Field(None, alias="action")
    complete_task: TaskDetails | None = Field(None, alias="complete_task")
    expand_inline_json: bool | None = Field(None, alias="expandInlineJSON")
    fail_task: TaskDetails | None = Field(None, alias="fail_task")
    start_agent: StartAgent | None = Field(None, alias="start_agent")
    start_workflow: StartWorkflow | None = Field(None, alias="start_workflow")
    terminate_workflow: TerminateWorkflow | None = Field(None, alias="terminate_workflow")
    update_workflow_variables: UpdateWorkflowVariables | None = Field(None, alias="update_workflow_variables")
