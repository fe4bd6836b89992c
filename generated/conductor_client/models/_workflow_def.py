from typing import Any, ClassVar, TYPE_CHECKING

from conductor_client.models._base import RequiredFieldsModel
from pydantic import Field

from ._cache_config import CacheConfig
from ._rate_limit_config import RateLimitConfig
from ._schema_def import SchemaDef
from ._workflow_def_timeout_policy_enum import WorkflowDefTimeoutPolicyEnum
from ._workflow_task import WorkflowTask


class WorkflowDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name", "tasks")
    cache_config: CacheConfig | None = Field(
        default=None, validation_alias="cacheConfig", serialization_alias="cacheConfig"
    )
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    description: str | None = None
    enforce_schema: bool | None = Field(
        default=None, validation_alias="enforceSchema", serialization_alias="enforceSchema"
    )
    failure_workflow: str | None = Field(
        default=None, validation_alias="failureWorkflow", serialization_alias="failureWorkflow"
    )
    failure_workflow_version: int | None = Field(
        default=None, validation_alias="failureWorkflowVersion", serialization_alias="failureWorkflowVersion"
    )
    input_parameters: list[str] | None = Field(
        default=None, validation_alias="inputParameters", serialization_alias="inputParameters"
    )
    input_schema: SchemaDef | None = Field(
        default=None, validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    input_template: dict[str, Any] | None = Field(
        default=None, validation_alias="inputTemplate", serialization_alias="inputTemplate"
    )
    masked_fields: list[str] | None = Field(
        default=None, validation_alias="maskedFields", serialization_alias="maskedFields"
    )
    metadata: dict[str, Any] | None = None
    name: str | None = None
    output_parameters: dict[str, Any] | None = Field(
        default=None, validation_alias="outputParameters", serialization_alias="outputParameters"
    )
    output_schema: SchemaDef | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    owner_app: str | None = Field(default=None, validation_alias="ownerApp", serialization_alias="ownerApp")
    owner_email: str | None = Field(default=None, validation_alias="ownerEmail", serialization_alias="ownerEmail")
    rate_limit_config: RateLimitConfig | None = Field(
        default=None, validation_alias="rateLimitConfig", serialization_alias="rateLimitConfig"
    )
    restartable: bool | None = None
    schema_version: int | None = Field(
        default=None, validation_alias="schemaVersion", serialization_alias="schemaVersion"
    )
    tasks: list[WorkflowTask] | None = None
    timeout_policy: WorkflowDefTimeoutPolicyEnum | None = Field(
        default=None, validation_alias="timeoutPolicy", serialization_alias="timeoutPolicy"
    )
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    updated_by: str | None = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")
    variables: dict[str, Any] | None = None
    version: int | None = None
    workflow_status_listener_enabled: bool | None = Field(
        default=None,
        validation_alias="workflowStatusListenerEnabled",
        serialization_alias="workflowStatusListenerEnabled",
    )
    workflow_status_listener_sink: str | None = Field(
        default=None, validation_alias="workflowStatusListenerSink", serialization_alias="workflowStatusListenerSink"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            tasks: list[WorkflowTask],
            cache_config: CacheConfig | None = ...,
            create_time: int | None = ...,
            created_by: str | None = ...,
            description: str | None = ...,
            enforce_schema: bool | None = ...,
            failure_workflow: str | None = ...,
            failure_workflow_version: int | None = ...,
            input_parameters: list[str] | None = ...,
            input_schema: SchemaDef | None = ...,
            input_template: dict[str, Any] | None = ...,
            masked_fields: list[str] | None = ...,
            metadata: dict[str, Any] | None = ...,
            output_parameters: dict[str, Any] | None = ...,
            output_schema: SchemaDef | None = ...,
            owner_app: str | None = ...,
            owner_email: str | None = ...,
            rate_limit_config: RateLimitConfig | None = ...,
            restartable: bool | None = ...,
            schema_version: int | None = ...,
            timeout_policy: WorkflowDefTimeoutPolicyEnum | None = ...,
            timeout_seconds: int | None = ...,
            update_time: int | None = ...,
            updated_by: str | None = ...,
            variables: dict[str, Any] | None = ...,
            version: int | None = ...,
            workflow_status_listener_enabled: bool | None = ...,
            workflow_status_listener_sink: str | None = ...,
        ) -> None: ...
