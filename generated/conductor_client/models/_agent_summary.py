from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class AgentSummary(ConductorModel):
    checksum: str | None = Field(None, alias="checksum")
    create_time: int | None = Field(None, alias="createTime")
    description: str | None = Field(None, alias="description")
    failure_workflow: str | None = Field(None, alias="failureWorkflow")
    input_parameters: list[str] | None = Field(None, alias="inputParameters")
    name: str | None = Field(None, alias="name")
    output_parameters: dict[str, Any] | None = Field(None, alias="outputParameters")
    owner_email: str | None = Field(None, alias="ownerEmail")
    restartable: bool | None = Field(None, alias="restartable")
    schema_version: int | None = Field(None, alias="schemaVersion")
    tags: list[str] | None = Field(None, alias="tags")
    timeout_policy: str | None = Field(None, alias="timeoutPolicy")
    timeout_seconds: int | None = Field(None, alias="timeoutSeconds")
    type: str | None = Field(None, alias="type")
    update_time: int | None = Field(None, alias="updateTime")
    version: int | None = Field(None, alias="version")
    workflow_status_listener_enabled: bool | None = Field(None, alias="workflowStatusListenerEnabled")
