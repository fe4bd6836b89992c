from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._cache_config import CacheConfig
from ._state_change_event import StateChangeEvent
from ._sub_workflow_params import SubWorkflowParams
from ._task_def import TaskDef
from ._workflow_task_join_mode_enum import WorkflowTaskJoinModeEnum
from ._workflow_task_workflow_task_type_enum import WorkflowTaskWorkflowTaskTypeEnum


class WorkflowTask(ConductorModel):
    async_complete: Optional[bool] = Field(None, alias="asyncComplete")
    cache_config: Optional[CacheConfig] = Field(None, alias="cacheConfig")
    case_expression: Optional[str] = Field(None, alias="caseExpression", deprecated=True)
    case_value_param: Optional[str] = Field(None, alias="caseValueParam", deprecated=True)
    decision_cases: Optional[dict[str, list["WorkflowTask"]]] = Field(None, alias="decisionCases")
    default_case: Optional[list["WorkflowTask"]] = Field(None, alias="defaultCase")
    default_exclusive_join_task: Optional[list[str]] = Field(None, alias="defaultExclusiveJoinTask")
    description: Optional[str] = Field(None, alias="description")
    dynamic_fork_join_tasks_param: Optional[str] = Field(None, alias="dynamicForkJoinTasksParam", deprecated=True)
    dynamic_fork_tasks_input_param_name: Optional[str] = Field(None, alias="dynamicForkTasksInputParamName")
    dynamic_fork_tasks_param: Optional[str] = Field(None, alias="dynamicForkTasksParam")
    dynamic_task_name_param: Optional[str] = Field(None, alias="dynamicTaskNameParam")
    evaluator_type: Optional[str] = Field(None, alias="evaluatorType")
    expression: Optional[str] = Field(None, alias="expression")
    fork_tasks: Optional[list[list["WorkflowTask"]]] = Field(None, alias="forkTasks")
    input_parameters: Optional[dict[str, Any]] = Field(None, alias="inputParameters")
    items: Optional[str] = Field(None, alias="items")
    join_mode: Optional[WorkflowTaskJoinModeEnum] = Field(None, alias="joinMode")
    join_on: Optional[list[str]] = Field(None, alias="joinOn")
    join_status: Optional[str] = Field(None, alias="joinStatus")
    loop_condition: Optional[str] = Field(None, alias="loopCondition")
    loop_over: Optional[list["WorkflowTask"]] = Field(None, alias="loopOver")
    metadata: Optional[dict[str, Any]] = Field(None, alias="metadata")
    name: Optional[str] = Field(None, alias="name")
    on_state_change: Optional[dict[str, list[StateChangeEvent]]] = Field(None, alias="onStateChange")
    optional: Optional[bool] = Field(None, alias="optional")
    permissive: Optional[bool] = Field(None, alias="permissive")
    rate_limited: Optional[bool] = Field(None, alias="rateLimited")
    retry_count: Optional[int] = Field(None, alias="retryCount")
    script_expression: Optional[str] = Field(None, alias="scriptExpression")
    sink: Optional[str] = Field(None, alias="sink")
    start_delay: Optional[int] = Field(None, alias="startDelay")
    sub_workflow_param: Optional[SubWorkflowParams] = Field(None, alias="subWorkflowParam")
    task_definition: Optional[TaskDef] = Field(None, alias="taskDefinition")
    task_reference_name: Optional[str] = Field(None, alias="taskReferenceName")
    type: Optional[str] = Field(None, alias="type")
    workflow_task_type: Optional[WorkflowTaskWorkflowTaskTypeEnum] = Field(None, alias="workflowTaskType")
