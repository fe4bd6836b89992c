from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class AgentSummary(ConductorModel):
    checksum: str | None = None
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    description: str | None = None
    failure_workflow: str | None = Field(
        default=None, validation_alias="failureWorkflow", serialization_alias="failureWorkflow"
    )
    input_parameters: list[str] | None = Field(
        default=None, validation_alias="inputParameters", serialization_alias="inputParameters"
    )
    name: str | None = None
    output_parameters: dict[str, Any] | None = Field(
        default=None, validation_alias="outputParameters", serialization_alias="outputParameters"
    )
    owner_email: str | None = Field(default=None, validation_alias="ownerEmail", serialization_alias="ownerEmail")
    restartable: bool | None = None
    schema_version: int | None = Field(
        default=None, validation_alias="schemaVersion", serialization_alias="schemaVersion"
    )
    tags: list[str] | None = None
    timeout_policy: str | None = Field(
        default=None, validation_alias="timeoutPolicy", serialization_alias="timeoutPolicy"
    )
    timeout_seconds: int | None = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    type: str | None = None
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    version: int | None = None
    workflow_status_listener_enabled: bool | None = Field(
        default=None,
        validation_alias="workflowStatusListenerEnabled",
        serialization_alias="workflowStatusListenerEnabled",
    )
