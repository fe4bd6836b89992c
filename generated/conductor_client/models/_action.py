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
    action: ActionActionEnum | None = Field(default=None, validation_alias="action", serialization_alias="action")
    complete_task: TaskDetails | None = Field(
        default=None, validation_alias="complete_task", serialization_alias="complete_task"
    )
    expand_inline_json: bool | None = Field(
        default=None, validation_alias="expandInlineJSON", serialization_alias="expandInlineJSON"
    )
    fail_task: TaskDetails | None = Field(default=None, validation_alias="fail_task", serialization_alias="fail_task")
    start_agent: StartAgent | None = Field(
        default=None, validation_alias="start_agent", serialization_alias="start_agent"
    )
    start_workflow: StartWorkflow | None = Field(
        default=None, validation_alias="start_workflow", serialization_alias="start_workflow"
    )
    terminate_workflow: TerminateWorkflow | None = Field(
        default=None, validation_alias="terminate_workflow", serialization_alias="terminate_workflow"
    )
    update_workflow_variables: UpdateWorkflowVariables | None = Field(
        default=None, validation_alias="update_workflow_variables", serialization_alias="update_workflow_variables"
    )
