from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._schema_def import SchemaDef
from ._task_def_retry_logic_enum import TaskDefRetryLogicEnum
from ._task_def_timeout_policy_enum import TaskDefTimeoutPolicyEnum


class TaskDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("timeout_seconds",)
    backoff_jitter_ms: int | None = Field(None, alias="backoffJitterMs")
    backoff_scale_factor: int | None = Field(None, alias="backoffScaleFactor")
    base_type: str | None = Field(None, alias="baseType")
    concurrent_exec_limit: int | None = Field(None, alias="concurrentExecLimit")
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    description: str | None = Field(None, alias="description")
    enforce_schema: bool | None = Field(None, alias="enforceSchema")
    execution_name_space: str | None = Field(None, alias="executionNameSpace")
    input_keys: list[str] | None = Field(None, alias="inputKeys")
    input_schema: SchemaDef | None = Field(None, alias="inputSchema")
    input_template: dict[str, Any] | None = Field(None, alias="inputTemplate")
    isolation_group_id: str | None = Field(None, alias="isolationGroupId")
    max_retry_delay_seconds: int | None = Field(None, alias="maxRetryDelaySeconds")
    name: str | None = Field(None, alias="name")
    output_keys: list[str] | None = Field(None, alias="outputKeys")
    output_schema: SchemaDef | None = Field(None, alias="outputSchema")
    owner_app: str | None = Field(None, alias="ownerApp")
    owner_email: str | None = Field(None, alias="ownerEmail")
    poll_timeout_seconds: int | None = Field(None, alias="pollTimeoutSeconds")
    rate_limit_frequency_in_seconds: int | None = Field(None, alias="rateLimitFrequencyInSeconds")
    rate_limit_per_frequency: int | None = Field(None, alias="rateLimitPerFrequency")
    response_timeout_seconds: int | None = Field(None, alias="responseTimeoutSeconds")
    retry_count: int | None = Field(None, alias="retryCount")
    retry_delay_seconds: int | None = Field(None, alias="retryDelaySeconds")
    retry_logic: TaskDefRetryLogicEnum | None = Field(None, alias="retryLogic")
    runtime_metadata: list[str] | None = Field(None, alias="runtimeMetadata")
    task_status_listener_enabled: bool | None = Field(None, alias="taskStatusListenerEnabled")
    timeout_policy: TaskDefTimeoutPolicyEnum | None = Field(None, alias="timeoutPolicy")
    timeout_seconds: Optional[int] = Field(None, alias="timeoutSeconds")
    total_timeout_seconds: int | None = Field(None, alias="totalTimeoutSeconds")
    update_time: int | None = Field(None, alias="updateTime")
    updated_by: str | None = Field(None, alias="updatedBy")
