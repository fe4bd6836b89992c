from typing import Any, ClassVar, Optional, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._cache_config import CacheConfig
from ._state_change_event import StateChangeEvent
from ._sub_workflow_params import SubWorkflowParams
from ._task_def import TaskDef
from ._workflow_task_join_mode_enum import WorkflowTaskJoinModeEnum
from ._workflow_task_workflow_task_type_enum import WorkflowTaskWorkflowTaskTypeEnum


class WorkflowTask(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name", "task_reference_name")
    async_complete: Optional[bool] = Field(
        default=None, validation_alias="asyncComplete", serialization_alias="asyncComplete"
    )
    cache_config: Optional[CacheConfig] = Field(
        default=None, validation_alias="cacheConfig", serialization_alias="cacheConfig"
    )
    case_expression: Optional[str] = Field(
        default=None, validation_alias="caseExpression", serialization_alias="caseExpression", deprecated=True
    )
    case_value_param: Optional[str] = Field(
        default=None, validation_alias="caseValueParam", serialization_alias="caseValueParam", deprecated=True
    )
    decision_cases: Optional[dict[str, list["WorkflowTask"]]] = Field(
        default=None, validation_alias="decisionCases", serialization_alias="decisionCases"
    )
    default_case: Optional[list["WorkflowTask"]] = Field(
        default=None, validation_alias="defaultCase", serialization_alias="defaultCase"
    )
    default_exclusive_join_task: Optional[list[str]] = Field(
        default=None, validation_alias="defaultExclusiveJoinTask", serialization_alias="defaultExclusiveJoinTask"
    )
    description: Optional[str] = None
    dynamic_fork_join_tasks_param: Optional[str] = Field(
        default=None,
        validation_alias="dynamicForkJoinTasksParam",
        serialization_alias="dynamicForkJoinTasksParam",
        deprecated=True,
    )
    dynamic_fork_tasks_input_param_name: Optional[str] = Field(
        default=None,
        validation_alias="dynamicForkTasksInputParamName",
        serialization_alias="dynamicForkTasksInputParamName",
    )
    dynamic_fork_tasks_param: Optional[str] = Field(
        default=None, validation_alias="dynamicForkTasksParam", serialization_alias="dynamicForkTasksParam"
    )
    dynamic_task_name_param: Optional[str] = Field(
        default=None, validation_alias="dynamicTaskNameParam", serialization_alias="dynamicTaskNameParam"
    )
    evaluator_type: Optional[str] = Field(
        default=None, validation_alias="evaluatorType", serialization_alias="evaluatorType"
    )
    expression: Optional[str] = None
    fork_tasks: Optional[list[list["WorkflowTask"]]] = Field(
        default=None, validation_alias="forkTasks", serialization_alias="forkTasks"
    )
    input_parameters: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="inputParameters", serialization_alias="inputParameters"
    )
    items: Optional[str] = None
    join_mode: Optional[WorkflowTaskJoinModeEnum] = Field(
        default=None, validation_alias="joinMode", serialization_alias="joinMode"
    )
    join_on: Optional[list[str]] = Field(default=None, validation_alias="joinOn", serialization_alias="joinOn")
    join_status: Optional[str] = Field(default=None, validation_alias="joinStatus", serialization_alias="joinStatus")
    loop_condition: Optional[str] = Field(
        default=None, validation_alias="loopCondition", serialization_alias="loopCondition"
    )
    loop_over: Optional[list["WorkflowTask"]] = Field(
        default=None, validation_alias="loopOver", serialization_alias="loopOver"
    )
    metadata: Optional[dict[str, Any]] = None
    name: str | None = None
    on_state_change: Optional[dict[str, list[StateChangeEvent]]] = Field(
        default=None, validation_alias="onStateChange", serialization_alias="onStateChange"
    )
    optional: Optional[bool] = None
    permissive: Optional[bool] = None
    rate_limited: Optional[bool] = Field(
        default=None, validation_alias="rateLimited", serialization_alias="rateLimited"
    )
    retry_count: Optional[int] = Field(default=None, validation_alias="retryCount", serialization_alias="retryCount")
    script_expression: Optional[str] = Field(
        default=None, validation_alias="scriptExpression", serialization_alias="scriptExpression"
    )
    sink: Optional[str] = None
    start_delay: Optional[int] = Field(default=None, validation_alias="startDelay", serialization_alias="startDelay")
    sub_workflow_param: Optional[SubWorkflowParams] = Field(
        default=None, validation_alias="subWorkflowParam", serialization_alias="subWorkflowParam"
    )
    task_definition: Optional[TaskDef] = Field(
        default=None, validation_alias="taskDefinition", serialization_alias="taskDefinition"
    )
    task_reference_name: str | None = Field(
        default=None, validation_alias="taskReferenceName", serialization_alias="taskReferenceName"
    )
    type: Optional[str] = None
    workflow_task_type: Optional[WorkflowTaskWorkflowTaskTypeEnum] = Field(
        default=None, validation_alias="workflowTaskType", serialization_alias="workflowTaskType"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            task_reference_name: str,
            async_complete: Optional[bool] = ...,
            cache_config: Optional[CacheConfig] = ...,
            case_expression: Optional[str] = ...,
            case_value_param: Optional[str] = ...,
            decision_cases: Optional[dict[str, list["WorkflowTask"]]] = ...,
            default_case: Optional[list["WorkflowTask"]] = ...,
            default_exclusive_join_task: Optional[list[str]] = ...,
            description: Optional[str] = ...,
            dynamic_fork_join_tasks_param: Optional[str] = ...,
            dynamic_fork_tasks_input_param_name: Optional[str] = ...,
            dynamic_fork_tasks_param: Optional[str] = ...,
            dynamic_task_name_param: Optional[str] = ...,
            evaluator_type: Optional[str] = ...,
            expression: Optional[str] = ...,
            fork_tasks: Optional[list[list["WorkflowTask"]]] = ...,
            input_parameters: Optional[dict[str, Any]] = ...,
            items: Optional[str] = ...,
            join_mode: Optional[WorkflowTaskJoinModeEnum] = ...,
            join_on: Optional[list[str]] = ...,
            join_status: Optional[str] = ...,
            loop_condition: Optional[str] = ...,
            loop_over: Optional[list["WorkflowTask"]] = ...,
            metadata: Optional[dict[str, Any]] = ...,
            on_state_change: Optional[dict[str, list[StateChangeEvent]]] = ...,
            optional: Optional[bool] = ...,
            permissive: Optional[bool] = ...,
            rate_limited: Optional[bool] = ...,
            retry_count: Optional[int] = ...,
            script_expression: Optional[str] = ...,
            sink: Optional[str] = ...,
            start_delay: Optional[int] = ...,
            sub_workflow_param: Optional[SubWorkflowParams] = ...,
            task_definition: Optional[TaskDef] = ...,
            type: Optional[str] = ...,
            workflow_task_type: Optional[WorkflowTaskWorkflowTaskTypeEnum] = ...,
        ) -> None: ...
