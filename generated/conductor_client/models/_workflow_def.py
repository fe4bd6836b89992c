from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._cache_config import CacheConfig
from ._rate_limit_config import RateLimitConfig
from ._schema_def import SchemaDef
from ._workflow_def_timeout_policy_enum import WorkflowDefTimeoutPolicyEnum
from ._workflow_task import WorkflowTask


class WorkflowDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = (
        "tasks",
        "timeout_seconds",
    )
    cache_config: CacheConfig | None = Field(None, alias="cacheConfig")
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    description: str | None = Field(None, alias="description")
    enforce_schema: bool | None = Field(None, alias="enforceSchema")
    failure_workflow: str | None = Field(None, alias="failureWorkflow")
    failure_workflow_version: int | None = Field(None, alias="failureWorkflowVersion")
    input_parameters: list[str] | None = Field(None, alias="inputParameters")
    input_schema: SchemaDef | None = Field(None, alias="inputSchema")
    input_template: dict[str, Any] | None = Field(None, alias="inputTemplate")
    masked_fields: list[str] | None = Field(None, alias="maskedFields")
    metadata: dict[str, Any] | None = Field(None, alias="metadata")
    name: str | None = Field(None, alias="name")
    output_parameters: dict[str, Any] | None = Field(None, alias="outputParameters")
    output_schema: SchemaDef | None = Field(None, alias="outputSchema")
    owner_app: str | None = Field(None, alias="ownerApp")
    owner_email: str | None = Field(None, alias="ownerEmail")
    rate_limit_config: RateLimitConfig | None = Field(None, alias="rateLimitConfig")
    restartable: bool | None = Field(None, alias="restartable")
    schema_version: int | None = Field(None, alias="schemaVersion")
    tasks: Optional[list[WorkflowTask]] = Field(None, alias="tasks")
    timeout_policy: WorkflowDefTimeoutPolicyEnum | None = Field(None, alias="timeoutPolicy")
    timeout_seconds: Optional[int] = Field(None, alias="timeoutSeconds")
    update_time: int | None = Field(None, alias="updateTime")
    updated_by: str | None = Field(None, alias="updatedBy")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    version: int | None = Field(None, alias="version")
    workflow_status_listener_enabled: bool | None = Field(None, alias="workflowStatusListenerEnabled")
    workflow_status_listener_sink: str | None = Field(None, alias="workflowStatusListenerSink")
