from typing import Any, ClassVar, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._schema_def import SchemaDef
from ._task_def_retry_logic_enum import TaskDefRetryLogicEnum
from ._task_def_timeout_policy_enum import TaskDefTimeoutPolicyEnum


class TaskDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    backoff_jitter_ms: int | None = Field(
        default=None, validation_alias="backoffJitterMs", serialization_alias="backoffJitterMs"
    )
    backoff_scale_factor: int | None = Field(
        default=None, validation_alias="backoffScaleFactor", serialization_alias="backoffScaleFactor"
    )
    base_type: str | None = Field(default=None, validation_alias="baseType", serialization_alias="baseType")
    concurrent_exec_limit: int | None = Field(
        default=None, validation_alias="concurrentExecLimit", serialization_alias="concurrentExecLimit"
    )
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    description: str | None = None
    enforce_schema: bool | None = Field(
        default=None, validation_alias="enforceSchema", serialization_alias="enforceSchema"
    )
    execution_name_space: str | None = Field(
        default=None, validation_alias="executionNameSpace", serialization_alias="executionNameSpace"
    )
    input_keys: list[str] | None = Field(default=None, validation_alias="inputKeys", serialization_alias="inputKeys")
    input_schema: SchemaDef | None = Field(
        default=None, validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    input_template: dict[str, Any] | None = Field(
        default=None, validation_alias="inputTemplate", serialization_alias="inputTemplate"
    )
    isolation_group_id: str | None = Field(
        default=None, validation_alias="isolationGroupId", serialization_alias="isolationGroupId"
    )
    max_retry_delay_seconds: int | None = Field(
        default=None, validation_alias="maxRetryDelaySeconds", serialization_alias="maxRetryDelaySeconds"
    )
    name: str | None = None
    output_keys: list[str] | None = Field(default=None, validation_alias="outputKeys", serialization_alias="outputKeys")
    output_schema: SchemaDef | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    owner_app: str | None = Field(default=None, validation_alias="ownerApp", serialization_alias="ownerApp")
    owner_email: str | None = Field(default=None, validation_alias="ownerEmail", serialization_alias="ownerEmail")
    poll_timeout_seconds: int | None = Field(
        default=None, validation_alias="pollTimeoutSeconds", serialization_alias="pollTimeoutSeconds"
    )
    rate_limit_frequency_in_seconds: int | None = Field(
        default=None, validation_alias="rateLimitFrequencyInSeconds", serialization_alias="rateLimitFrequencyInSeconds"
    )
    rate_limit_per_frequency: int | None = Field(
        default=None, validation_alias="rateLimitPerFrequency", serialization_alias="rateLimitPerFrequency"
    )
    response_timeout_seconds: int | None = Field(
        default=None, validation_alias="responseTimeoutSeconds", serialization_alias="responseTimeoutSeconds"
    )
    retry_count: int | None = Field(default=None, validation_alias="retryCount", serialization_alias="retryCount")
    retry_delay_seconds: int | None = Field(
        default=None, validation_alias="retryDelaySeconds", serialization_alias="retryDelaySeconds"
    )
    retry_logic: TaskDefRetryLogicEnum | None = Field(
        default=None, validation_alias="retryLogic", serialization_alias="retryLogic"
    )
    runtime_metadata: list[str] | None = Field(
        default=None, validation_alias="runtimeMetadata", serialization_alias="runtimeMetadata"
    )
    task_status_listener_enabled: bool | None = Field(
        default=None, validation_alias="taskStatusListenerEnabled", serialization_alias="taskStatusListenerEnabled"
    )
    timeout_policy: TaskDefTimeoutPolicyEnum | None = Field(
        default=None, validation_alias="timeoutPolicy", serialization_alias="timeoutPolicy"
    )
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    total_timeout_seconds: int | None = Field(
        default=None, validation_alias="totalTimeoutSeconds", serialization_alias="totalTimeoutSeconds"
    )
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    updated_by: str | None = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            backoff_jitter_ms: int | None = ...,
            backoff_scale_factor: int | None = ...,
            base_type: str | None = ...,
            concurrent_exec_limit: int | None = ...,
            create_time: int | None = ...,
            created_by: str | None = ...,
            description: str | None = ...,
            enforce_schema: bool | None = ...,
            execution_name_space: str | None = ...,
            input_keys: list[str] | None = ...,
            input_schema: SchemaDef | None = ...,
            input_template: dict[str, Any] | None = ...,
            isolation_group_id: str | None = ...,
            max_retry_delay_seconds: int | None = ...,
            output_keys: list[str] | None = ...,
            output_schema: SchemaDef | None = ...,
            owner_app: str | None = ...,
            owner_email: str | None = ...,
            poll_timeout_seconds: int | None = ...,
            rate_limit_frequency_in_seconds: int | None = ...,
            rate_limit_per_frequency: int | None = ...,
            response_timeout_seconds: int | None = ...,
            retry_count: int | None = ...,
            retry_delay_seconds: int | None = ...,
            retry_logic: TaskDefRetryLogicEnum | None = ...,
            runtime_metadata: list[str] | None = ...,
            task_status_listener_enabled: bool | None = ...,
            timeout_policy: TaskDefTimeoutPolicyEnum | None = ...,
            timeout_seconds: int | None = ...,
            total_timeout_seconds: int | None = ...,
            update_time: int | None = ...,
            updated_by: str | None = ...,
        ) -> None: ...
