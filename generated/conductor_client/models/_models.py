from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class A2AAgentCardRequest(ConductorModel):
    agent_type: str | None = Field(None, alias="agentType")
    agent_url: str | None = Field(None, alias="agentUrl")
    allow_raw_prompts: bool | None = Field(None, alias="allowRawPrompts")
    frequency_penalty: float | None = Field(None, alias="frequencyPenalty")
    headers: dict[str, str] | None = Field(None, alias="headers")
    integration_name: str | None = Field(None, alias="integrationName")
    integration_names: dict[str, str] | None = Field(None, alias="integrationNames")
    llm_provider: str | None = Field(None, alias="llmProvider")
    max_results: int | None = Field(None, alias="maxResults")
    max_tokens: int | None = Field(None, alias="maxTokens")
    model: str | None = Field(None, alias="model")
    presence_penalty: float | None = Field(None, alias="presencePenalty")
    prompt: str | None = Field(None, alias="prompt")
    prompt_variables: dict[str, Any] | None = Field(None, alias="promptVariables")
    prompt_version: int | None = Field(None, alias="promptVersion")
    stop_words: list[str] | None = Field(None, alias="stopWords")
    temperature: float | None = Field(None, alias="temperature")
    top_k: int | None = Field(None, alias="topK")
    top_p: float | None = Field(None, alias="topP")


class ActionActionEnum(OpenEnum):
    """Inline enum of Action.action."""

    start_workflow = "start_workflow"
    complete_task = "complete_task"
    fail_task = "fail_task"
    terminate_workflow = "terminate_workflow"
    update_workflow_variables = "update_workflow_variables"
    start_agent = "start_agent"


class AgentCardSignature(ConductorModel):
    header: dict[str, Any] | None = Field(None, alias="header")
    protected: str | None = Field(None, alias="protected")
    signature: str | None = Field(None, alias="signature")


class AgentConfigStrategyEnum(OpenEnum):
    """Inline enum of AgentConfig.strategy."""

    handoff = "handoff"
    sequential = "sequential"
    parallel = "parallel"
    router = "router"
    round_robin = "round_robin"
    random = "random"
    swarm = "swarm"
    manual = "manual"
    plan_execute = "plan_execute"


class AgentExtension(ConductorModel):
    description: str | None = Field(None, alias="description")
    params: dict[str, Any] | None = Field(None, alias="params")
    required: bool | None = Field(None, alias="required")
    uri: str | None = Field(None, alias="uri")


class AgentCapabilities(ConductorModel):
    extended_agent_card: bool | None = Field(None, alias="extendedAgentCard")
    extensions: list[AgentExtension] | None = Field(None, alias="extensions")
    push_notifications: bool | None = Field(None, alias="pushNotifications")
    state_transition_history: bool | None = Field(None, alias="stateTransitionHistory")
    streaming: bool | None = Field(None, alias="streaming")


class AgentInterface(ConductorModel):
    protocol_binding: str | None = Field(None, alias="protocolBinding")
    protocol_version: str | None = Field(None, alias="protocolVersion")
    tenant: str | None = Field(None, alias="tenant")
    transport: str | None = Field(None, alias="transport")
    url: str | None = Field(None, alias="url")


class AgentProvider(ConductorModel):
    organization: str | None = Field(None, alias="organization")
    url: str | None = Field(None, alias="url")


class AgentSkill(ConductorModel):
    description: str | None = Field(None, alias="description")
    examples: list[str] | None = Field(None, alias="examples")
    id: str | None = Field(None, alias="id")
    input_modes: list[str] | None = Field(None, alias="inputModes")
    name: str | None = Field(None, alias="name")
    output_modes: list[str] | None = Field(None, alias="outputModes")
    security_requirements: list[dict[str, Any]] | None = Field(None, alias="securityRequirements")
    tags: list[str] | None = Field(None, alias="tags")


class AgentCard(ConductorModel):
    additional_interfaces: list[AgentInterface] | None = Field(None, alias="additionalInterfaces")
    capabilities: AgentCapabilities | None = Field(None, alias="capabilities")
    default_input_modes: list[str] | None = Field(None, alias="defaultInputModes")
    default_output_modes: list[str] | None = Field(None, alias="defaultOutputModes")
    description: str | None = Field(None, alias="description")
    documentation_url: str | None = Field(None, alias="documentationUrl")
    icon_url: str | None = Field(None, alias="iconUrl")
    name: str | None = Field(None, alias="name")
    preferred_transport: str | None = Field(None, alias="preferredTransport")
    protocol_version: str | None = Field(None, alias="protocolVersion")
    provider: AgentProvider | None = Field(None, alias="provider")
    security: list[dict[str, list[str]]] | None = Field(None, alias="security")
    security_requirements: list[dict[str, Any]] | None = Field(None, alias="securityRequirements")
    security_schemes: dict[str, Any] | None = Field(None, alias="securitySchemes")
    signatures: list[AgentCardSignature] | None = Field(None, alias="signatures")
    skills: list[AgentSkill] | None = Field(None, alias="skills")
    supported_interfaces: list[AgentInterface] | None = Field(None, alias="supportedInterfaces")
    supports_authenticated_extended_card: bool | None = Field(None, alias="supportsAuthenticatedExtendedCard")
    supports_extended_agent_card: bool | None = Field(None, alias="supportsExtendedAgentCard")
    url: str | None = Field(None, alias="url")
    version: str | None = Field(None, alias="version")


class A2AAgentCardResult(ConductorModel):
    agent_card: AgentCard | None = Field(None, alias="agentCard")


class AgentStartResponse(ConductorModel):
    agent_name: str | None = Field(None, alias="agentName")
    execution_id: str | None = Field(None, alias="executionId")
    required_workers: list[str] | None = Field(None, alias="requiredWorkers")


class AgentStatusResponse(ConductorModel):
    end_time: int | None = Field(None, alias="endTime")
    execution_id: str | None = Field(None, alias="executionId")
    is_complete: bool | None = Field(None, alias="isComplete")
    is_running: bool | None = Field(None, alias="isRunning")
    is_waiting: bool | None = Field(None, alias="isWaiting")
    output: dict[str, Any] | None = Field(None, alias="output")
    pending_tool: dict[str, Any] | None = Field(None, alias="pendingTool")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    start_time: int | None = Field(None, alias="startTime")
    status: str | None = Field(None, alias="status")


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


class AggregateTokenUsage(ConductorModel):
    completion_tokens: int | None = Field(None, alias="completionTokens")
    prompt_tokens: int | None = Field(None, alias="promptTokens")
    total_tokens: int | None = Field(None, alias="totalTokens")


class BulkResponse(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(None, alias="bulkErrorResults")
    bulk_successful_results: list[dict[str, Any]] | None = Field(None, alias="bulkSuccessfulResults")


class BulkResponseString(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(None, alias="bulkErrorResults")
    bulk_successful_results: list[str] | None = Field(None, alias="bulkSuccessfulResults")


class ByteString(ConductorModel):
    empty: bool | None = Field(None, alias="empty")
    valid_utf8: bool | None = Field(None, alias="validUtf8")


class CacheConfig(ConductorModel):
    key: str | None = Field(None, alias="key")
    ttl_in_second: int | None = Field(None, alias="ttlInSecond")


class CallbackConfig(ConductorModel):
    position: str | None = Field(None, alias="position")
    task_name: str | None = Field(None, alias="taskName")


class CliConfig(ConductorModel):
    allow_shell: bool | None = Field(None, alias="allowShell")
    allowed_commands: list[str] | None = Field(None, alias="allowedCommands")
    enabled: bool | None = Field(None, alias="enabled")
    timeout: int | None = Field(None, alias="timeout")


class CodeExecutionConfig(ConductorModel):
    allowed_commands: list[str] | None = Field(None, alias="allowedCommands")
    allowed_languages: list[str] | None = Field(None, alias="allowedLanguages")
    enabled: bool | None = Field(None, alias="enabled")
    timeout: int | None = Field(None, alias="timeout")


class CompileResponse(ConductorModel):
    required_workers: list[str] | None = Field(None, alias="requiredWorkers")
    workflow_def: dict[str, Any] | None = Field(None, alias="workflowDef")


class CreateTrackingWorkflowRequest(ConductorModel):
    input: dict[str, Any] | None = Field(None, alias="input")
    parent_workflow_id: str | None = Field(None, alias="parentWorkflowId")
    parent_workflow_task_id: str | None = Field(None, alias="parentWorkflowTaskId")
    workflow_name: str | None = Field(None, alias="workflowName")


class CreateTrackingWorkflowResponse(ConductorModel):
    execution_id: str | None = Field(None, alias="executionId")


class CredentialMeta(ConductorModel):
    created_at: str | None = Field(None, alias="created_at")
    name: str | None = Field(None, alias="name")
    partial: str | None = Field(None, alias="partial")
    updated_at: str | None = Field(None, alias="updated_at")


class CronSchedule(ConductorModel):
    cron_expression: str | None = Field(None, alias="cronExpression")
    zone_id: str | None = Field(None, alias="zoneId")


class CurrentTask(ConductorModel):
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    status: str | None = Field(None, alias="status")
    task_ref_name: str | None = Field(None, alias="taskRefName")
    task_type: str | None = Field(None, alias="taskType")


class AgentExecutionDetail(ConductorModel):
    agent_name: str | None = Field(None, alias="agentName")
    current_task: CurrentTask | None = Field(None, alias="currentTask")
    execution_id: str | None = Field(None, alias="executionId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    status: str | None = Field(None, alias="status")
    version: int | None = Field(None, alias="version")


class DependencyList(ConductorModel):
    empty: bool | None = None
    first: str | None = None
    last: str | None = None


class DescriptorProtoOrBuilderVisibilityEnum(OpenEnum):
    """Inline enum of DescriptorProtoOrBuilder.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"


class DescriptorProtoVisibilityEnum(OpenEnum):
    """Inline enum of DescriptorProto.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"


class EditionDefaultEditionEnum(OpenEnum):
    """Inline enum of EditionDefault.edition."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class EditionDefaultOrBuilderEditionEnum(OpenEnum):
    """Inline enum of EditionDefaultOrBuilder.edition."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class EnumDescriptorProtoOrBuilderVisibilityEnum(OpenEnum):
    """Inline enum of EnumDescriptorProtoOrBuilder.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"


class EnumDescriptorProtoVisibilityEnum(OpenEnum):
    """Inline enum of EnumDescriptorProto.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"


class EnvironmentVariable(ConductorModel):
    name: str | None = Field(None, alias="name")
    value: str | None = Field(None, alias="value")


class ExecutionMetadata(ConductorModel):
    additional_context: dict[str, Any] | None = Field(None, alias="additionalContext")
    additional_context_map: dict[str, Any] | None = Field(None, alias="additionalContextMap")
    client_receive_time: int | None = Field(None, alias="clientReceiveTime")
    client_send_time: int | None = Field(None, alias="clientSendTime")
    empty: bool | None = Field(None, alias="empty")
    execution_duration: int | None = Field(None, alias="executionDuration")
    execution_end_time: int | None = Field(None, alias="executionEndTime")
    execution_start_time: int | None = Field(None, alias="executionStartTime")
    poll_network_latency: int | None = Field(None, alias="pollNetworkLatency")
    server_send_time: int | None = Field(None, alias="serverSendTime")
    update_network_latency: int | None = Field(None, alias="updateNetworkLatency")


class ExtensionRangeOptionsOrBuilderVerificationEnum(OpenEnum):
    """Inline enum of ExtensionRangeOptionsOrBuilder.verification."""

    DECLARATION = "DECLARATION"
    UNVERIFIED = "UNVERIFIED"


class ExtensionRangeOptionsVerificationEnum(OpenEnum):
    """Inline enum of ExtensionRangeOptions.verification."""

    DECLARATION = "DECLARATION"
    UNVERIFIED = "UNVERIFIED"


class ExternalStorageLocation(ConductorModel):
    path: str | None = Field(None, alias="path")
    uri: str | None = Field(None, alias="uri")


class FeatureSetDefaultSymbolVisibilityEnum(OpenEnum):
    """Inline enum of FeatureSet.defaultSymbolVisibility."""

    DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"
    EXPORT_ALL = "EXPORT_ALL"
    EXPORT_TOP_LEVEL = "EXPORT_TOP_LEVEL"
    LOCAL_ALL = "LOCAL_ALL"
    STRICT = "STRICT"


class FeatureSetEnforceNamingStyleEnum(OpenEnum):
    """Inline enum of FeatureSet.enforceNamingStyle."""

    ENFORCE_NAMING_STYLE_UNKNOWN = "ENFORCE_NAMING_STYLE_UNKNOWN"
    STYLE2024 = "STYLE2024"
    STYLE_LEGACY = "STYLE_LEGACY"


class FeatureSetEnumTypeEnum(OpenEnum):
    """Inline enum of FeatureSet.enumType."""

    ENUM_TYPE_UNKNOWN = "ENUM_TYPE_UNKNOWN"
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class FeatureSetFieldPresenceEnum(OpenEnum):
    """Inline enum of FeatureSet.fieldPresence."""

    FIELD_PRESENCE_UNKNOWN = "FIELD_PRESENCE_UNKNOWN"
    EXPLICIT = "EXPLICIT"
    IMPLICIT = "IMPLICIT"
    LEGACY_REQUIRED = "LEGACY_REQUIRED"


class FeatureSetJsonFormatEnum(OpenEnum):
    """Inline enum of FeatureSet.jsonFormat."""

    JSON_FORMAT_UNKNOWN = "JSON_FORMAT_UNKNOWN"
    ALLOW = "ALLOW"
    LEGACY_BEST_EFFORT = "LEGACY_BEST_EFFORT"


class FeatureSetMessageEncodingEnum(OpenEnum):
    """Inline enum of FeatureSet.messageEncoding."""

    MESSAGE_ENCODING_UNKNOWN = "MESSAGE_ENCODING_UNKNOWN"
    LENGTH_PREFIXED = "LENGTH_PREFIXED"
    DELIMITED = "DELIMITED"


class FeatureSetOrBuilderDefaultSymbolVisibilityEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.defaultSymbolVisibility."""

    DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"
    EXPORT_ALL = "EXPORT_ALL"
    EXPORT_TOP_LEVEL = "EXPORT_TOP_LEVEL"
    LOCAL_ALL = "LOCAL_ALL"
    STRICT = "STRICT"


class FeatureSetOrBuilderEnforceNamingStyleEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.enforceNamingStyle."""

    ENFORCE_NAMING_STYLE_UNKNOWN = "ENFORCE_NAMING_STYLE_UNKNOWN"
    STYLE2024 = "STYLE2024"
    STYLE_LEGACY = "STYLE_LEGACY"


class FeatureSetOrBuilderEnumTypeEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.enumType."""

    ENUM_TYPE_UNKNOWN = "ENUM_TYPE_UNKNOWN"
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class FeatureSetOrBuilderFieldPresenceEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.fieldPresence."""

    FIELD_PRESENCE_UNKNOWN = "FIELD_PRESENCE_UNKNOWN"
    EXPLICIT = "EXPLICIT"
    IMPLICIT = "IMPLICIT"
    LEGACY_REQUIRED = "LEGACY_REQUIRED"


class FeatureSetOrBuilderJsonFormatEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.jsonFormat."""

    JSON_FORMAT_UNKNOWN = "JSON_FORMAT_UNKNOWN"
    ALLOW = "ALLOW"
    LEGACY_BEST_EFFORT = "LEGACY_BEST_EFFORT"


class FeatureSetOrBuilderMessageEncodingEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.messageEncoding."""

    MESSAGE_ENCODING_UNKNOWN = "MESSAGE_ENCODING_UNKNOWN"
    LENGTH_PREFIXED = "LENGTH_PREFIXED"
    DELIMITED = "DELIMITED"


class FeatureSetOrBuilderRepeatedFieldEncodingEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.repeatedFieldEncoding."""

    REPEATED_FIELD_ENCODING_UNKNOWN = "REPEATED_FIELD_ENCODING_UNKNOWN"
    PACKED = "PACKED"
    EXPANDED = "EXPANDED"


class FeatureSetOrBuilderUtf8ValidationEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.utf8Validation."""

    UTF8_VALIDATION_UNKNOWN = "UTF8_VALIDATION_UNKNOWN"
    VERIFY = "VERIFY"
    NONE = "NONE"


class FeatureSetRepeatedFieldEncodingEnum(OpenEnum):
    """Inline enum of FeatureSet.repeatedFieldEncoding."""

    REPEATED_FIELD_ENCODING_UNKNOWN = "REPEATED_FIELD_ENCODING_UNKNOWN"
    PACKED = "PACKED"
    EXPANDED = "EXPANDED"


class FeatureSetUtf8ValidationEnum(OpenEnum):
    """Inline enum of FeatureSet.utf8Validation."""

    UTF8_VALIDATION_UNKNOWN = "UTF8_VALIDATION_UNKNOWN"
    VERIFY = "VERIFY"
    NONE = "NONE"


class FeatureSupportEditionDeprecatedEnum(OpenEnum):
    """Inline enum of FeatureSupport.editionDeprecated."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FeatureSupportEditionIntroducedEnum(OpenEnum):
    """Inline enum of FeatureSupport.editionIntroduced."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FeatureSupportEditionRemovedEnum(OpenEnum):
    """Inline enum of FeatureSupport.editionRemoved."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FeatureSupportOrBuilderEditionDeprecatedEnum(OpenEnum):
    """Inline enum of FeatureSupportOrBuilder.editionDeprecated."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FeatureSupportOrBuilderEditionIntroducedEnum(OpenEnum):
    """Inline enum of FeatureSupportOrBuilder.editionIntroduced."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FeatureSupportOrBuilderEditionRemovedEnum(OpenEnum):
    """Inline enum of FeatureSupportOrBuilder.editionRemoved."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FieldDescriptorJavaTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.javaType."""

    INT = "INT"
    LONG = "LONG"
    FLOAT = "FLOAT"
    DOUBLE = "DOUBLE"
    BOOLEAN = "BOOLEAN"
    STRING = "STRING"
    BYTE_STRING = "BYTE_STRING"
    ENUM = "ENUM"
    MESSAGE = "MESSAGE"


class FieldDescriptorLiteJavaTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.liteJavaType."""

    INT = "INT"
    LONG = "LONG"
    FLOAT = "FLOAT"
    DOUBLE = "DOUBLE"
    BOOLEAN = "BOOLEAN"
    STRING = "STRING"
    BYTE_STRING = "BYTE_STRING"
    ENUM = "ENUM"
    MESSAGE = "MESSAGE"


class FieldDescriptorLiteTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.liteType."""

    DOUBLE = "DOUBLE"
    FLOAT = "FLOAT"
    INT64 = "INT64"
    UINT64 = "UINT64"
    INT32 = "INT32"
    FIXED64 = "FIXED64"
    FIXED32 = "FIXED32"
    BOOL = "BOOL"
    STRING = "STRING"
    GROUP = "GROUP"
    MESSAGE = "MESSAGE"
    BYTES = "BYTES"
    UINT32 = "UINT32"
    ENUM = "ENUM"
    SFIXED32 = "SFIXED32"
    SFIXED64 = "SFIXED64"
    SINT32 = "SINT32"
    SINT64 = "SINT64"


class FieldDescriptorProtoLabelEnum(OpenEnum):
    """Inline enum of FieldDescriptorProto.label."""

    LABEL_OPTIONAL = "LABEL_OPTIONAL"
    LABEL_REPEATED = "LABEL_REPEATED"
    LABEL_REQUIRED = "LABEL_REQUIRED"


class FieldDescriptorProtoOrBuilderLabelEnum(OpenEnum):
    """Inline enum of FieldDescriptorProtoOrBuilder.label."""

    LABEL_OPTIONAL = "LABEL_OPTIONAL"
    LABEL_REPEATED = "LABEL_REPEATED"
    LABEL_REQUIRED = "LABEL_REQUIRED"


class FieldDescriptorProtoOrBuilderTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptorProtoOrBuilder.type."""

    TYPE_DOUBLE = "TYPE_DOUBLE"
    TYPE_FLOAT = "TYPE_FLOAT"
    TYPE_INT64 = "TYPE_INT64"
    TYPE_UINT64 = "TYPE_UINT64"
    TYPE_INT32 = "TYPE_INT32"
    TYPE_FIXED64 = "TYPE_FIXED64"
    TYPE_FIXED32 = "TYPE_FIXED32"
    TYPE_BOOL = "TYPE_BOOL"
    TYPE_STRING = "TYPE_STRING"
    TYPE_GROUP = "TYPE_GROUP"
    TYPE_MESSAGE = "TYPE_MESSAGE"
    TYPE_BYTES = "TYPE_BYTES"
    TYPE_UINT32 = "TYPE_UINT32"
    TYPE_ENUM = "TYPE_ENUM"
    TYPE_SFIXED32 = "TYPE_SFIXED32"
    TYPE_SFIXED64 = "TYPE_SFIXED64"
    TYPE_SINT32 = "TYPE_SINT32"
    TYPE_SINT64 = "TYPE_SINT64"


class FieldDescriptorProtoTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptorProto.type."""

    TYPE_DOUBLE = "TYPE_DOUBLE"
    TYPE_FLOAT = "TYPE_FLOAT"
    TYPE_INT64 = "TYPE_INT64"
    TYPE_UINT64 = "TYPE_UINT64"
    TYPE_INT32 = "TYPE_INT32"
    TYPE_FIXED64 = "TYPE_FIXED64"
    TYPE_FIXED32 = "TYPE_FIXED32"
    TYPE_BOOL = "TYPE_BOOL"
    TYPE_STRING = "TYPE_STRING"
    TYPE_GROUP = "TYPE_GROUP"
    TYPE_MESSAGE = "TYPE_MESSAGE"
    TYPE_BYTES = "TYPE_BYTES"
    TYPE_UINT32 = "TYPE_UINT32"
    TYPE_ENUM = "TYPE_ENUM"
    TYPE_SFIXED32 = "TYPE_SFIXED32"
    TYPE_SFIXED64 = "TYPE_SFIXED64"
    TYPE_SINT32 = "TYPE_SINT32"
    TYPE_SINT64 = "TYPE_SINT64"


class FieldDescriptorTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.type."""

    DOUBLE = "DOUBLE"
    FLOAT = "FLOAT"
    INT64 = "INT64"
    UINT64 = "UINT64"
    INT32 = "INT32"
    FIXED64 = "FIXED64"
    FIXED32 = "FIXED32"
    BOOL = "BOOL"
    STRING = "STRING"
    GROUP = "GROUP"
    MESSAGE = "MESSAGE"
    BYTES = "BYTES"
    UINT32 = "UINT32"
    ENUM = "ENUM"
    SFIXED32 = "SFIXED32"
    SFIXED64 = "SFIXED64"
    SINT32 = "SINT32"
    SINT64 = "SINT64"


class FieldOptionsCtypeEnum(OpenEnum):
    """Inline enum of FieldOptions.ctype."""

    STRING = "STRING"
    CORD = "CORD"
    STRING_PIECE = "STRING_PIECE"


class FieldOptionsJstypeEnum(OpenEnum):
    """Inline enum of FieldOptions.jstype."""

    JS_NORMAL = "JS_NORMAL"
    JS_STRING = "JS_STRING"
    JS_NUMBER = "JS_NUMBER"


class FieldOptionsOrBuilderCtypeEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.ctype."""

    STRING = "STRING"
    CORD = "CORD"
    STRING_PIECE = "STRING_PIECE"


class FieldOptionsOrBuilderJstypeEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.jstype."""

    JS_NORMAL = "JS_NORMAL"
    JS_STRING = "JS_STRING"
    JS_NUMBER = "JS_NUMBER"


class FieldOptionsOrBuilderRetentionEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.retention."""

    RETENTION_UNKNOWN = "RETENTION_UNKNOWN"
    RETENTION_RUNTIME = "RETENTION_RUNTIME"
    RETENTION_SOURCE = "RETENTION_SOURCE"


class FieldOptionsOrBuilderTargetsListItemEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.targetsList."""

    TARGET_TYPE_UNKNOWN = "TARGET_TYPE_UNKNOWN"
    TARGET_TYPE_FILE = "TARGET_TYPE_FILE"
    TARGET_TYPE_EXTENSION_RANGE = "TARGET_TYPE_EXTENSION_RANGE"
    TARGET_TYPE_MESSAGE = "TARGET_TYPE_MESSAGE"
    TARGET_TYPE_FIELD = "TARGET_TYPE_FIELD"
    TARGET_TYPE_ONEOF = "TARGET_TYPE_ONEOF"
    TARGET_TYPE_ENUM = "TARGET_TYPE_ENUM"
    TARGET_TYPE_ENUM_ENTRY = "TARGET_TYPE_ENUM_ENTRY"
    TARGET_TYPE_SERVICE = "TARGET_TYPE_SERVICE"
    TARGET_TYPE_METHOD = "TARGET_TYPE_METHOD"


class FieldOptionsRetentionEnum(OpenEnum):
    """Inline enum of FieldOptions.retention."""

    RETENTION_UNKNOWN = "RETENTION_UNKNOWN"
    RETENTION_RUNTIME = "RETENTION_RUNTIME"
    RETENTION_SOURCE = "RETENTION_SOURCE"


class FieldOptionsTargetsListItemEnum(OpenEnum):
    """Inline enum of FieldOptions.targetsList."""

    TARGET_TYPE_UNKNOWN = "TARGET_TYPE_UNKNOWN"
    TARGET_TYPE_FILE = "TARGET_TYPE_FILE"
    TARGET_TYPE_EXTENSION_RANGE = "TARGET_TYPE_EXTENSION_RANGE"
    TARGET_TYPE_MESSAGE = "TARGET_TYPE_MESSAGE"
    TARGET_TYPE_FIELD = "TARGET_TYPE_FIELD"
    TARGET_TYPE_ONEOF = "TARGET_TYPE_ONEOF"
    TARGET_TYPE_ENUM = "TARGET_TYPE_ENUM"
    TARGET_TYPE_ENUM_ENTRY = "TARGET_TYPE_ENUM_ENTRY"
    TARGET_TYPE_SERVICE = "TARGET_TYPE_SERVICE"
    TARGET_TYPE_METHOD = "TARGET_TYPE_METHOD"


class FileDescriptorProtoEditionEnum(OpenEnum):
    """Inline enum of FileDescriptorProto.edition."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"


class FileOptionsOptimizeForEnum(OpenEnum):
    """Inline enum of FileOptions.optimizeFor."""

    SPEED = "SPEED"
    CODE_SIZE = "CODE_SIZE"
    LITE_RUNTIME = "LITE_RUNTIME"


class FileOptionsOrBuilderOptimizeForEnum(OpenEnum):
    """Inline enum of FileOptionsOrBuilder.optimizeFor."""

    SPEED = "SPEED"
    CODE_SIZE = "CODE_SIZE"
    LITE_RUNTIME = "LITE_RUNTIME"


class GuardrailConfig(ConductorModel):
    guardrail_type: str | None = Field(None, alias="guardrailType")
    max_retries: int | None = Field(None, alias="maxRetries")
    max_tokens: int | None = Field(None, alias="maxTokens")
    message: str | None = Field(None, alias="message")
    mode: str | None = Field(None, alias="mode")
    model: str | None = Field(None, alias="model")
    name: str | None = Field(None, alias="name")
    on_fail: str | None = Field(None, alias="onFail")
    patterns: list[str] | None = Field(None, alias="patterns")
    policy: str | None = Field(None, alias="policy")
    position: str | None = Field(None, alias="position")
    task_name: str | None = Field(None, alias="taskName")


class HandoffConfig(ConductorModel):
    result_contains: str | None = Field(None, alias="resultContains")
    target: str | None = Field(None, alias="target")
    task_name: str | None = Field(None, alias="taskName")
    text: str | None = Field(None, alias="text")
    tool_name: str | None = Field(None, alias="toolName")
    type: str | None = Field(None, alias="type")


class Health(ConductorModel):
    details: dict[str, Any] | None = Field(None, alias="details")
    error_message: str | None = Field(None, alias="errorMessage")
    healthy: bool | None = Field(None, alias="healthy")


class HealthCheckStatus(ConductorModel):
    health_results: list[Health] | None = Field(None, alias="healthResults")
    healthy: bool | None = Field(None, alias="healthy")
    suppressed_health_results: list[Health] | None = Field(None, alias="suppressedHealthResults")


class InjectTaskResponse(ConductorModel):
    task_id: str | None = Field(None, alias="taskId")


class InspectResult(ConductorModel):
    error: str | None = Field(None, alias="error")
    stats: dict[str, Any] | None = Field(None, alias="stats")
    warnings: list[str] | None = Field(None, alias="warnings")
    workflow_def: dict[str, Any] | None = Field(None, alias="workflowDef")


class JsonNode(ConductorModel):
    pass


class LeadingDetachedCommentsList(ConductorModel):
    empty: bool | None = None
    first: str | None = None
    last: str | None = None


class MemoryConfig(ConductorModel):
    max_messages: int | None = Field(None, alias="maxMessages")
    messages: list[dict[str, Any]] | None = Field(None, alias="messages")


class MethodOptionsIdempotencyLevelEnum(OpenEnum):
    """Inline enum of MethodOptions.idempotencyLevel."""

    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"


class MethodOptionsOrBuilderIdempotencyLevelEnum(OpenEnum):
    """Inline enum of MethodOptionsOrBuilder.idempotencyLevel."""

    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"


class OptionDependencyList(ConductorModel):
    empty: bool | None = None
    first: str | None = None
    last: str | None = None


class OutputTypeConfig(ConductorModel):
    class_name: str | None = Field(None, alias="className")
    schema_: dict[str, Any] | None = Field(None, alias="schema")


class Parser(ConductorModel):
    pass


class ParserAny(ConductorModel):
    pass


class ParserDeclaration(ConductorModel):
    pass


class ParserDescriptorProto(ConductorModel):
    pass


class ParserEditionDefault(ConductorModel):
    pass


class ParserEnumDescriptorProto(ConductorModel):
    pass


class ParserEnumOptions(ConductorModel):
    pass


class ParserEnumReservedRange(ConductorModel):
    pass


class ParserEnumValueDescriptorProto(ConductorModel):
    pass


class ParserEnumValueOptions(ConductorModel):
    pass


class ParserExtensionRange(ConductorModel):
    pass


class ParserExtensionRangeOptions(ConductorModel):
    pass


class ParserFeatureSet(ConductorModel):
    pass


class ParserFeatureSupport(ConductorModel):
    pass


class ParserFieldDescriptorProto(ConductorModel):
    pass


class ParserFieldOptions(ConductorModel):
    pass


class ParserFileDescriptorProto(ConductorModel):
    pass


class ParserFileOptions(ConductorModel):
    pass


class ParserLocation(ConductorModel):
    pass


class ParserMessage(ConductorModel):
    pass


class ParserMessageLite(ConductorModel):
    pass


class MessageLite(ConductorModel):
    default_instance_for_type: Optional["MessageLite"] = Field(None, alias="defaultInstanceForType")
    initialized: Optional[bool] = Field(None, alias="initialized")
    parser_for_type: Optional[ParserMessageLite] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")


class ParserMessageOptions(ConductorModel):
    pass


class ParserMethodDescriptorProto(ConductorModel):
    pass


class ParserMethodOptions(ConductorModel):
    pass


class ParserNamePart(ConductorModel):
    pass


class ParserOneofDescriptorProto(ConductorModel):
    pass


class ParserOneofOptions(ConductorModel):
    pass


class ParserReservedRange(ConductorModel):
    pass


class ParserServiceDescriptorProto(ConductorModel):
    pass


class ParserServiceOptions(ConductorModel):
    pass


class ParserSourceCodeInfo(ConductorModel):
    pass


class ParserUninterpretedOption(ConductorModel):
    pass


class PollData(ConductorModel):
    domain: str | None = Field(None, alias="domain")
    last_poll_time: int | None = Field(None, alias="lastPollTime")
    queue_name: str | None = Field(None, alias="queueName")
    worker_id: str | None = Field(None, alias="workerId")


class PrefillToolCallConfig(ConductorModel):
    arguments: dict[str, Any] | None = Field(None, alias="arguments")
    tool_name: str | None = Field(None, alias="toolName")


class RateLimitConfigPolicyEnum(OpenEnum):
    """Inline enum of RateLimitConfig.policy."""

    QUEUE = "QUEUE"
    REJECT = "REJECT"


class RateLimitConfig(ConductorModel):
    concurrent_exec_limit: int | None = Field(None, alias="concurrentExecLimit")
    policy: RateLimitConfigPolicyEnum | None = Field(None, alias="policy")
    rate_limit_key: str | None = Field(None, alias="rateLimitKey")


class RerunWorkflowRequest(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    re_run_from_task_id: str | None = Field(None, alias="reRunFromTaskId")
    re_run_from_workflow_id: str | None = Field(None, alias="reRunFromWorkflowId")
    task_input: dict[str, Any] | None = Field(None, alias="taskInput")
    workflow_input: dict[str, Any] | None = Field(None, alias="workflowInput")


class ReservedNameList(ConductorModel):
    empty: bool | None = None
    first: str | None = None
    last: str | None = None


class SchemaDefTypeEnum(OpenEnum):
    """Inline enum of SchemaDef.type."""

    JSON = "JSON"
    AVRO = "AVRO"
    PROTOBUF = "PROTOBUF"


class SchemaDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
        "version",
    )
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    data: dict[str, Any] | None = Field(None, alias="data")
    external_ref: str | None = Field(None, alias="externalRef")
    name: Optional[str] = Field(None, alias="name")
    owner_app: str | None = Field(None, alias="ownerApp")
    type: Optional[SchemaDefTypeEnum] = Field(None, alias="type")
    update_time: int | None = Field(None, alias="updateTime")
    updated_by: str | None = Field(None, alias="updatedBy")
    version: Optional[int] = Field(None, alias="version")


class SignalResponseResponseTypeEnum(OpenEnum):
    """Inline enum of SignalResponse.responseType."""

    TARGET_WORKFLOW = "TARGET_WORKFLOW"
    BLOCKING_WORKFLOW = "BLOCKING_WORKFLOW"
    BLOCKING_TASK = "BLOCKING_TASK"
    BLOCKING_TASK_INPUT = "BLOCKING_TASK_INPUT"


class SignalResponse(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    request_id: str | None = Field(None, alias="requestId")
    response_type: SignalResponseResponseTypeEnum | None = Field(None, alias="responseType")
    signal_timeout: bool | None = Field(None, alias="signalTimeout")
    target_workflow_id: str | None = Field(None, alias="targetWorkflowId")
    target_workflow_status: str | None = Field(None, alias="targetWorkflowStatus")
    workflow_id: str | None = Field(None, alias="workflowId")


class SkipTaskRequest(ConductorModel):
    task_input: dict[str, Any] | None = Field(None, alias="taskInput")
    task_output: dict[str, Any] | None = Field(None, alias="taskOutput")


class SseEmitter(ConductorModel):
    timeout: int | None = Field(None, alias="timeout")


class StartAgent(ConductorModel):
    context: dict[str, Any] | None = Field(None, alias="context")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    media: list[str] | None = Field(None, alias="media")
    name: str | None = Field(None, alias="name")
    prompt: str | None = Field(None, alias="prompt")
    session_id: str | None = Field(None, alias="sessionId")
    version: int | None = Field(None, alias="version")


class StartWorkflow(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    input: dict[str, Any] | None = Field(None, alias="input")
    name: str | None = Field(None, alias="name")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")


class StartWorkflowRequestIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of StartWorkflowRequest.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"


class StateChangeEvent(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("type",)
    payload: dict[str, Any] | None = Field(None, alias="payload")
    type: Optional[str] = Field(None, alias="type")


class SubWorkflowParam(ConductorModel):
    execution_id: str | None = Field(None, alias="executionId")
    name: str | None = Field(None, alias="name")
    version: int | None = Field(None, alias="version")


class InjectTaskRequest(ConductorModel):
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    status: str | None = Field(None, alias="status")
    sub_workflow_param: SubWorkflowParam | None = Field(None, alias="subWorkflowParam")
    task_def_name: str | None = Field(None, alias="taskDefName")
    type: str | None = Field(None, alias="type")


class SubWorkflowParamsIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of SubWorkflowParams.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"


class SubWorkflowParams(ConductorModel):
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    idempotency_strategy: SubWorkflowParamsIdempotencyStrategyEnum | None = Field(None, alias="idempotencyStrategy")
    name: str | None = Field(None, alias="name")
    priority: dict[str, Any] | None = Field(None, alias="priority")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")
    workflow_definition: dict[str, Any] | None = Field(None, alias="workflowDefinition")


class TaskDefRetryLogicEnum(OpenEnum):
    """Inline enum of TaskDef.retryLogic."""

    FIXED = "FIXED"
    EXPONENTIAL_BACKOFF = "EXPONENTIAL_BACKOFF"
    LINEAR_BACKOFF = "LINEAR_BACKOFF"


class TaskDefTimeoutPolicyEnum(OpenEnum):
    """Inline enum of TaskDef.timeoutPolicy."""

    RETRY = "RETRY"
    TIME_OUT_WF = "TIME_OUT_WF"
    ALERT_ONLY = "ALERT_ONLY"


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


class TaskDetail(ConductorModel):
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    status: str | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    task_type: str | None = Field(None, alias="taskType")


class TaskDetails(ConductorModel):
    output: dict[str, Any] | None = Field(None, alias="output")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    task_id: str | None = Field(None, alias="taskId")
    task_ref_name: str | None = Field(None, alias="taskRefName")
    workflow_id: str | None = Field(None, alias="workflowId")


class TaskExecLog(ConductorModel):
    created_time: int | None = Field(None, alias="createdTime")
    log: str | None = Field(None, alias="log")
    task_id: str | None = Field(None, alias="taskId")


class TaskMockStatusEnum(OpenEnum):
    """Inline enum of TaskMock.status."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    CANCELED = "CANCELED"


class TaskMock(ConductorModel):
    execution_time: int | None = Field(None, alias="executionTime")
    output: dict[str, Any] | None = Field(None, alias="output")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    status: TaskMockStatusEnum | None = Field(None, alias="status")


class TaskModelStatusEnum(OpenEnum):
    """Inline enum of TaskModel.status."""

    IN_PROGRESS = "IN_PROGRESS"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS"
    SCHEDULED = "SCHEDULED"
    TIMED_OUT = "TIMED_OUT"
    SKIPPED = "SKIPPED"


class TaskResultStatusEnum(OpenEnum):
    """Inline enum of TaskResult.status."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    CANCELED = "CANCELED"


class TaskResult(ConductorModel):
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    execution_metadata: ExecutionMetadata | None = Field(None, alias="executionMetadata")
    extend_lease: bool | None = Field(None, alias="extendLease")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    logs: list[TaskExecLog] | None = Field(None, alias="logs")
    or_create_execution_metadata: ExecutionMetadata | None = Field(None, alias="orCreateExecutionMetadata")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    status: TaskResultStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    supports_cancellation: bool | None = Field(None, alias="supportsCancellation")
    task_id: str | None = Field(None, alias="taskId")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")


class TaskStatusEnum(OpenEnum):
    """Inline enum of Task.status."""

    IN_PROGRESS = "IN_PROGRESS"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS"
    SCHEDULED = "SCHEDULED"
    TIMED_OUT = "TIMED_OUT"
    SKIPPED = "SKIPPED"


class TaskSummaryStatusEnum(OpenEnum):
    """Inline enum of TaskSummary.status."""

    IN_PROGRESS = "IN_PROGRESS"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    FAILED_WITH_TERMINAL_ERROR = "FAILED_WITH_TERMINAL_ERROR"
    COMPLETED = "COMPLETED"
    COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS"
    SCHEDULED = "SCHEDULED"
    TIMED_OUT = "TIMED_OUT"
    SKIPPED = "SKIPPED"


class TaskSummary(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: str | None = Field(None, alias="endTime")
    execution_time: int | None = Field(None, alias="executionTime")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    input: str | None = Field(None, alias="input")
    output: str | None = Field(None, alias="output")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    scheduled_time: str | None = Field(None, alias="scheduledTime")
    start_time: str | None = Field(None, alias="startTime")
    status: TaskSummaryStatusEnum | None = Field(None, alias="status")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: str | None = Field(None, alias="updateTime")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_type: str | None = Field(None, alias="workflowType")


class SearchResultTaskSummary(ConductorModel):
    results: list[TaskSummary] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class TerminateWorkflow(ConductorModel):
    termination_reason: str | None = Field(None, alias="terminationReason")
    workflow_id: str | None = Field(None, alias="workflowId")


class TerminationConfig(ConductorModel):
    case_sensitive: Optional[bool] = Field(None, alias="caseSensitive")
    conditions: Optional[list["TerminationConfig"]] = Field(None, alias="conditions")
    max_completion_tokens: Optional[int] = Field(None, alias="maxCompletionTokens")
    max_messages: Optional[int] = Field(None, alias="maxMessages")
    max_prompt_tokens: Optional[int] = Field(None, alias="maxPromptTokens")
    max_total_tokens: Optional[int] = Field(None, alias="maxTotalTokens")
    stop_message: Optional[str] = Field(None, alias="stopMessage")
    text: Optional[str] = Field(None, alias="text")
    type: Optional[str] = Field(None, alias="type")


class ThinkingConfig(ConductorModel):
    budget_tokens: int | None = Field(None, alias="budgetTokens")
    enabled: bool | None = Field(None, alias="enabled")


class TokenUsage(ConductorModel):
    completion_tokens: int | None = Field(None, alias="completionTokens")
    prompt_tokens: int | None = Field(None, alias="promptTokens")
    total_tokens: int | None = Field(None, alias="totalTokens")


class AgentRun(ConductorModel):
    agent_name: str | None = Field(None, alias="agentName")
    end_time: int | None = Field(None, alias="endTime")
    execution_id: str | None = Field(None, alias="executionId")
    input: dict[str, Any] | None = Field(None, alias="input")
    output: dict[str, Any] | None = Field(None, alias="output")
    start_time: int | None = Field(None, alias="startTime")
    status: str | None = Field(None, alias="status")
    tasks: list[TaskDetail] | None = Field(None, alias="tasks")
    token_usage: TokenUsage | None = Field(None, alias="tokenUsage")
    version: int | None = Field(None, alias="version")


class ToolConfig(ConductorModel):
    approval_required: bool | None = Field(None, alias="approvalRequired")
    config: dict[str, Any] | None = Field(None, alias="config")
    description: str | None = Field(None, alias="description")
    guardrails: list[GuardrailConfig] | None = Field(None, alias="guardrails")
    input_schema: dict[str, Any] | None = Field(None, alias="inputSchema")
    max_calls: int | None = Field(None, alias="maxCalls")
    name: str | None = Field(None, alias="name")
    output_schema: dict[str, Any] | None = Field(None, alias="outputSchema")
    stateful: bool | None = Field(None, alias="stateful")
    timeout_seconds: int | None = Field(None, alias="timeoutSeconds")
    tool_type: str | None = Field(None, alias="toolType")


class UnknownFieldSet(ConductorModel):
    default_instance_for_type: Optional["UnknownFieldSet"] = Field(None, alias="defaultInstanceForType")
    empty: Optional[bool] = Field(None, alias="empty")
    initialized: Optional[bool] = Field(None, alias="initialized")
    parser_for_type: Optional[Parser] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    serialized_size_as_message_set: Optional[int] = Field(None, alias="serializedSizeAsMessageSet")


class Declaration(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Declaration"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional["Descriptor"] = Field(None, alias="descriptorForType")
    full_name: Optional[str] = Field(None, alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(None, alias="fullNameBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    number: Optional[int] = Field(None, alias="number")
    parser_for_type: Optional[ParserDeclaration] = Field(None, alias="parserForType")
    repeated: Optional[bool] = Field(None, alias="repeated")
    reserved: Optional[bool] = Field(None, alias="reserved")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type: Optional[str] = Field(None, alias="type")
    type_bytes: Optional[ByteString] = Field(None, alias="typeBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class DeclarationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional["Descriptor"] = Field(None, alias="descriptorForType")
    full_name: Optional[str] = Field(None, alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(None, alias="fullNameBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    number: Optional[int] = Field(None, alias="number")
    repeated: Optional[bool] = Field(None, alias="repeated")
    reserved: Optional[bool] = Field(None, alias="reserved")
    type: Optional[str] = Field(None, alias="type")
    type_bytes: Optional[ByteString] = Field(None, alias="typeBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Descriptor(ConductorModel):
    containing_type: Optional["Descriptor"] = Field(None, alias="containingType")
    enum_types: Optional[list["EnumDescriptor"]] = Field(None, alias="enumTypes")
    extendable: Optional[bool] = Field(None, alias="extendable")
    extensions: Optional[list["FieldDescriptor"]] = Field(None, alias="extensions")
    fields_: Optional[list["FieldDescriptor"]] = Field(None, alias="fields")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    nested_types: Optional[list["Descriptor"]] = Field(None, alias="nestedTypes")
    oneofs: Optional[list["OneofDescriptor"]] = Field(None, alias="oneofs")
    options: Optional["MessageOptions"] = Field(None, alias="options")
    proto: Optional["DescriptorProto"] = Field(None, alias="proto")
    real_oneofs: Optional[list["OneofDescriptor"]] = Field(None, alias="realOneofs")


class DescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["DescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        None, alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        None, alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(None, alias="extensionRangeCount")
    extension_range_list: Optional[list["ExtensionRange"]] = Field(None, alias="extensionRangeList")
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        None, alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(None, alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="fieldList")
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(None, alias="fieldOrBuilderList")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    nested_type_count: Optional[int] = Field(None, alias="nestedTypeCount")
    nested_type_list: Optional[list["DescriptorProto"]] = Field(None, alias="nestedTypeList")
    nested_type_or_builder_list: Optional[list["DescriptorProtoOrBuilder"]] = Field(
        None, alias="nestedTypeOrBuilderList"
    )
    oneof_decl_count: Optional[int] = Field(None, alias="oneofDeclCount")
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(None, alias="oneofDeclList")
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        None, alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserDescriptorProto] = Field(None, alias="parserForType")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str] | ReservedNameList] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["ReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    visibility: Optional[DescriptorProtoVisibilityEnum] = Field(None, alias="visibility")


class DescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        None, alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        None, alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(None, alias="extensionRangeCount")
    extension_range_list: Optional[list["ExtensionRange"]] = Field(None, alias="extensionRangeList")
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        None, alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(None, alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="fieldList")
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(None, alias="fieldOrBuilderList")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    nested_type_count: Optional[int] = Field(None, alias="nestedTypeCount")
    nested_type_list: Optional[list[DescriptorProto]] = Field(None, alias="nestedTypeList")
    oneof_decl_count: Optional[int] = Field(None, alias="oneofDeclCount")
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(None, alias="oneofDeclList")
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        None, alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["ReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    visibility: Optional[DescriptorProtoOrBuilderVisibilityEnum] = Field(None, alias="visibility")


class EditionDefault(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EditionDefault"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[EditionDefaultEditionEnum] = Field(None, alias="edition")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEditionDefault] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[str] = Field(None, alias="value")
    value_bytes: Optional[ByteString] = Field(None, alias="valueBytes")


class EditionDefaultOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[EditionDefaultOrBuilderEditionEnum] = Field(None, alias="edition")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[str] = Field(None, alias="value")
    value_bytes: Optional[ByteString] = Field(None, alias="valueBytes")


class EnumDescriptor(ConductorModel):
    closed: Optional[bool] = Field(None, alias="closed")
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    proto: Optional["EnumDescriptorProto"] = Field(None, alias="proto")
    values: Optional[list["EnumValueDescriptor"]] = Field(None, alias="values")


class EnumDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserEnumDescriptorProto] = Field(None, alias="parserForType")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str] | ReservedNameList] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value_count: Optional[int] = Field(None, alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(None, alias="valueList")
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(None, alias="valueOrBuilderList")
    visibility: Optional[EnumDescriptorProtoVisibilityEnum] = Field(None, alias="visibility")


class EnumDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value_count: Optional[int] = Field(None, alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(None, alias="valueList")
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(None, alias="valueOrBuilderList")
    visibility: Optional[EnumDescriptorProtoOrBuilderVisibilityEnum] = Field(None, alias="visibility")


class EnumOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    allow_alias: Optional[bool] = Field(None, alias="allowAlias")
    default_instance_for_type: Optional["EnumOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    allow_alias: Optional[bool] = Field(None, alias="allowAlias")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumReservedRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumReservedRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumReservedRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueDescriptor(ConductorModel):
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    proto: Optional["EnumValueDescriptorProto"] = Field(None, alias="proto")
    type: Optional[EnumDescriptor] = Field(None, alias="type")


class EnumValueDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumValueDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserEnumValueDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["EnumValueOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    feature_support: Optional["FeatureSupport"] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(None, alias="featureSupportOrBuilder")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumValueOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    feature_support: Optional["FeatureSupport"] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(None, alias="featureSupportOrBuilder")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ExtensionRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ExtensionRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    options: Optional["ExtensionRangeOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ExtensionRangeOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserExtensionRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ExtensionRangeOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    declaration_count: Optional[int] = Field(None, alias="declarationCount")
    declaration_list: Optional[list[Declaration]] = Field(None, alias="declarationList")
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(None, alias="declarationOrBuilderList")
    default_instance_for_type: Optional["ExtensionRangeOptions"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserExtensionRangeOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    verification: Optional[ExtensionRangeOptionsVerificationEnum] = Field(None, alias="verification")


class ExtensionRangeOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    declaration_count: Optional[int] = Field(None, alias="declarationCount")
    declaration_list: Optional[list[Declaration]] = Field(None, alias="declarationList")
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(None, alias="declarationOrBuilderList")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    verification: Optional[ExtensionRangeOptionsOrBuilderVerificationEnum] = Field(None, alias="verification")


class ExtensionRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    options: Optional[ExtensionRangeOptions] = Field(None, alias="options")
    options_or_builder: Optional[ExtensionRangeOptionsOrBuilder] = Field(None, alias="optionsOrBuilder")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FeatureSet(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["FeatureSet"] = Field(None, alias="defaultInstanceForType")
    default_symbol_visibility: Optional[FeatureSetDefaultSymbolVisibilityEnum] = Field(
        None, alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enforce_naming_style: Optional[FeatureSetEnforceNamingStyleEnum] = Field(None, alias="enforceNamingStyle")
    enum_type: Optional[FeatureSetEnumTypeEnum] = Field(None, alias="enumType")
    field_presence: Optional[FeatureSetFieldPresenceEnum] = Field(None, alias="fieldPresence")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_format: Optional[FeatureSetJsonFormatEnum] = Field(None, alias="jsonFormat")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_encoding: Optional[FeatureSetMessageEncodingEnum] = Field(None, alias="messageEncoding")
    parser_for_type: Optional[ParserFeatureSet] = Field(None, alias="parserForType")
    repeated_field_encoding: Optional[FeatureSetRepeatedFieldEncodingEnum] = Field(None, alias="repeatedFieldEncoding")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    utf8_validation: Optional[FeatureSetUtf8ValidationEnum] = Field(None, alias="utf8Validation")


class FeatureSetOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    default_symbol_visibility: Optional[FeatureSetOrBuilderDefaultSymbolVisibilityEnum] = Field(
        None, alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enforce_naming_style: Optional[FeatureSetOrBuilderEnforceNamingStyleEnum] = Field(None, alias="enforceNamingStyle")
    enum_type: Optional[FeatureSetOrBuilderEnumTypeEnum] = Field(None, alias="enumType")
    field_presence: Optional[FeatureSetOrBuilderFieldPresenceEnum] = Field(None, alias="fieldPresence")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_format: Optional[FeatureSetOrBuilderJsonFormatEnum] = Field(None, alias="jsonFormat")
    message_encoding: Optional[FeatureSetOrBuilderMessageEncodingEnum] = Field(None, alias="messageEncoding")
    repeated_field_encoding: Optional[FeatureSetOrBuilderRepeatedFieldEncodingEnum] = Field(
        None, alias="repeatedFieldEncoding"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    utf8_validation: Optional[FeatureSetOrBuilderUtf8ValidationEnum] = Field(None, alias="utf8Validation")


class FeatureSupport(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FeatureSupport"] = Field(None, alias="defaultInstanceForType")
    deprecation_warning: Optional[str] = Field(None, alias="deprecationWarning")
    deprecation_warning_bytes: Optional[ByteString] = Field(None, alias="deprecationWarningBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_deprecated: Optional[FeatureSupportEditionDeprecatedEnum] = Field(None, alias="editionDeprecated")
    edition_introduced: Optional[FeatureSupportEditionIntroducedEnum] = Field(None, alias="editionIntroduced")
    edition_removed: Optional[FeatureSupportEditionRemovedEnum] = Field(None, alias="editionRemoved")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserFeatureSupport] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FeatureSupportOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecation_warning: Optional[str] = Field(None, alias="deprecationWarning")
    deprecation_warning_bytes: Optional[ByteString] = Field(None, alias="deprecationWarningBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_deprecated: Optional[FeatureSupportOrBuilderEditionDeprecatedEnum] = Field(None, alias="editionDeprecated")
    edition_introduced: Optional[FeatureSupportOrBuilderEditionIntroducedEnum] = Field(None, alias="editionIntroduced")
    edition_removed: Optional[FeatureSupportOrBuilderEditionRemovedEnum] = Field(None, alias="editionRemoved")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldDescriptor(ConductorModel):
    containing_oneof: Optional["OneofDescriptor"] = Field(None, alias="containingOneof")
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    default_value: Optional[dict[str, Any]] = Field(None, alias="defaultValue")
    enum_type: Optional[EnumDescriptor] = Field(None, alias="enumType")
    extension: Optional[bool] = Field(None, alias="extension")
    extension_scope: Optional[Descriptor] = Field(None, alias="extensionScope")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    java_type: Optional[FieldDescriptorJavaTypeEnum] = Field(None, alias="javaType")
    json_name: Optional[str] = Field(None, alias="jsonName")
    lite_java_type: Optional[FieldDescriptorLiteJavaTypeEnum] = Field(None, alias="liteJavaType")
    lite_type: Optional[FieldDescriptorLiteTypeEnum] = Field(None, alias="liteType")
    map_field: Optional[bool] = Field(None, alias="mapField")
    message_type: Optional[Descriptor] = Field(None, alias="messageType")
    name: Optional[str] = Field(None, alias="name")
    number: Optional[int] = Field(None, alias="number")
    optional: Optional[bool] = Field(None, alias="optional", deprecated=True)
    options: Optional["FieldOptions"] = Field(None, alias="options")
    packable: Optional[bool] = Field(None, alias="packable")
    packed: Optional[bool] = Field(None, alias="packed")
    proto: Optional["FieldDescriptorProto"] = Field(None, alias="proto")
    real_containing_oneof: Optional["OneofDescriptor"] = Field(None, alias="realContainingOneof")
    repeated: Optional[bool] = Field(None, alias="repeated")
    required: Optional[bool] = Field(None, alias="required")
    type: Optional[FieldDescriptorTypeEnum] = Field(None, alias="type")


class FieldDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FieldDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    default_value: Optional[str] = Field(None, alias="defaultValue")
    default_value_bytes: Optional[ByteString] = Field(None, alias="defaultValueBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    extendee: Optional[str] = Field(None, alias="extendee")
    extendee_bytes: Optional[ByteString] = Field(None, alias="extendeeBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_name: Optional[str] = Field(None, alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(None, alias="jsonNameBytes")
    label: Optional[FieldDescriptorProtoLabelEnum] = Field(None, alias="label")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    oneof_index: Optional[int] = Field(None, alias="oneofIndex")
    options: Optional["FieldOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserFieldDescriptorProto] = Field(None, alias="parserForType")
    proto3_optional: Optional[bool] = Field(None, alias="proto3Optional")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type: Optional[FieldDescriptorProtoTypeEnum] = Field(None, alias="type")
    type_name: Optional[str] = Field(None, alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(None, alias="typeNameBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    default_value: Optional[str] = Field(None, alias="defaultValue")
    default_value_bytes: Optional[ByteString] = Field(None, alias="defaultValueBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    extendee: Optional[str] = Field(None, alias="extendee")
    extendee_bytes: Optional[ByteString] = Field(None, alias="extendeeBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_name: Optional[str] = Field(None, alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(None, alias="jsonNameBytes")
    label: Optional[FieldDescriptorProtoOrBuilderLabelEnum] = Field(None, alias="label")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    oneof_index: Optional[int] = Field(None, alias="oneofIndex")
    options: Optional["FieldOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    proto3_optional: Optional[bool] = Field(None, alias="proto3Optional")
    type: Optional[FieldDescriptorProtoOrBuilderTypeEnum] = Field(None, alias="type")
    type_name: Optional[str] = Field(None, alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(None, alias="typeNameBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    ctype: Optional[FieldOptionsCtypeEnum] = Field(None, alias="ctype")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["FieldOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_defaults_count: Optional[int] = Field(None, alias="editionDefaultsCount")
    edition_defaults_list: Optional[list[EditionDefault]] = Field(None, alias="editionDefaultsList")
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        None, alias="editionDefaultsOrBuilderList"
    )
    feature_support: Optional[FeatureSupport] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(None, alias="featureSupportOrBuilder")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    jstype: Optional[FieldOptionsJstypeEnum] = Field(None, alias="jstype")
    lazy: Optional[bool] = Field(None, alias="lazy")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    packed: Optional[bool] = Field(None, alias="packed")
    parser_for_type: Optional[ParserFieldOptions] = Field(None, alias="parserForType")
    retention: Optional[FieldOptionsRetentionEnum] = Field(None, alias="retention")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    targets_count: Optional[int] = Field(None, alias="targetsCount")
    targets_list: Optional[list[FieldOptionsTargetsListItemEnum]] = Field(None, alias="targetsList")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    unverified_lazy: Optional[bool] = Field(None, alias="unverifiedLazy")
    weak: Optional[bool] = Field(None, alias="weak")


class FieldOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    ctype: Optional[FieldOptionsOrBuilderCtypeEnum] = Field(None, alias="ctype")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_defaults_count: Optional[int] = Field(None, alias="editionDefaultsCount")
    edition_defaults_list: Optional[list[EditionDefault]] = Field(None, alias="editionDefaultsList")
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        None, alias="editionDefaultsOrBuilderList"
    )
    feature_support: Optional[FeatureSupport] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(None, alias="featureSupportOrBuilder")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    jstype: Optional[FieldOptionsOrBuilderJstypeEnum] = Field(None, alias="jstype")
    lazy: Optional[bool] = Field(None, alias="lazy")
    packed: Optional[bool] = Field(None, alias="packed")
    retention: Optional[FieldOptionsOrBuilderRetentionEnum] = Field(None, alias="retention")
    targets_count: Optional[int] = Field(None, alias="targetsCount")
    targets_list: Optional[list[FieldOptionsOrBuilderTargetsListItemEnum]] = Field(None, alias="targetsList")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    unverified_lazy: Optional[bool] = Field(None, alias="unverifiedLazy")
    weak: Optional[bool] = Field(None, alias="weak")


class FileDescriptor(ConductorModel):
    dependencies: Optional[list["FileDescriptor"]] = Field(None, alias="dependencies")
    enum_types: Optional[list[EnumDescriptor]] = Field(None, alias="enumTypes")
    extensions: Optional[list[FieldDescriptor]] = Field(None, alias="extensions")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    message_types: Optional[list[Descriptor]] = Field(None, alias="messageTypes")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["FileOptions"] = Field(None, alias="options")
    package: Optional[str] = Field(None, alias="package")
    proto: Optional["FileDescriptorProto"] = Field(None, alias="proto")
    public_dependencies: Optional[list["FileDescriptor"]] = Field(None, alias="publicDependencies")
    services: Optional[list["ServiceDescriptor"]] = Field(None, alias="services")


class FileDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FileDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    dependency_count: Optional[int] = Field(None, alias="dependencyCount")
    dependency_list: Optional[list[str] | DependencyList] = Field(None, alias="dependencyList")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[FileDescriptorProtoEditionEnum] = Field(None, alias="edition")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list[EnumDescriptorProto]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list[EnumDescriptorProtoOrBuilder]] = Field(None, alias="enumTypeOrBuilderList")
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list[FieldDescriptorProto]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list[FieldDescriptorProtoOrBuilder]] = Field(
        None, alias="extensionOrBuilderList"
    )
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_type_count: Optional[int] = Field(None, alias="messageTypeCount")
    message_type_list: Optional[list[DescriptorProto]] = Field(None, alias="messageTypeList")
    message_type_or_builder_list: Optional[list[DescriptorProtoOrBuilder]] = Field(
        None, alias="messageTypeOrBuilderList"
    )
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    option_dependency_count: Optional[int] = Field(None, alias="optionDependencyCount")
    option_dependency_list: Optional[list[str] | OptionDependencyList] = Field(None, alias="optionDependencyList")
    options: Optional["FileOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FileOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    package: Optional[str] = Field(None, alias="package")
    package_bytes: Optional[ByteString] = Field(None, alias="packageBytes")
    parser_for_type: Optional[ParserFileDescriptorProto] = Field(None, alias="parserForType")
    public_dependency_count: Optional[int] = Field(None, alias="publicDependencyCount")
    public_dependency_list: Optional[list[int]] = Field(None, alias="publicDependencyList")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    service_count: Optional[int] = Field(None, alias="serviceCount")
    service_list: Optional[list["ServiceDescriptorProto"]] = Field(None, alias="serviceList")
    service_or_builder_list: Optional[list["ServiceDescriptorProtoOrBuilder"]] = Field(
        None, alias="serviceOrBuilderList"
    )
    source_code_info: Optional["SourceCodeInfo"] = Field(None, alias="sourceCodeInfo")
    source_code_info_or_builder: Optional["SourceCodeInfoOrBuilder"] = Field(None, alias="sourceCodeInfoOrBuilder")
    syntax: Optional[str] = Field(None, alias="syntax")
    syntax_bytes: Optional[ByteString] = Field(None, alias="syntaxBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    weak_dependency_count: Optional[int] = Field(None, alias="weakDependencyCount")
    weak_dependency_list: Optional[list[int]] = Field(None, alias="weakDependencyList")


class FileOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    cc_enable_arenas: Optional[bool] = Field(None, alias="ccEnableArenas")
    cc_generic_services: Optional[bool] = Field(None, alias="ccGenericServices")
    csharp_namespace: Optional[str] = Field(None, alias="csharpNamespace")
    csharp_namespace_bytes: Optional[ByteString] = Field(None, alias="csharpNamespaceBytes")
    default_instance_for_type: Optional["FileOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    go_package: Optional[str] = Field(None, alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(None, alias="goPackageBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    java_generate_equals_and_hash: Optional[bool] = Field(None, alias="javaGenerateEqualsAndHash", deprecated=True)
    java_generic_services: Optional[bool] = Field(None, alias="javaGenericServices")
    java_multiple_files: Optional[bool] = Field(None, alias="javaMultipleFiles")
    java_outer_classname: Optional[str] = Field(None, alias="javaOuterClassname")
    java_outer_classname_bytes: Optional[ByteString] = Field(None, alias="javaOuterClassnameBytes")
    java_package: Optional[str] = Field(None, alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(None, alias="javaPackageBytes")
    java_string_check_utf8: Optional[bool] = Field(None, alias="javaStringCheckUtf8")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    objc_class_prefix: Optional[str] = Field(None, alias="objcClassPrefix")
    objc_class_prefix_bytes: Optional[ByteString] = Field(None, alias="objcClassPrefixBytes")
    optimize_for: Optional[FileOptionsOptimizeForEnum] = Field(None, alias="optimizeFor")
    parser_for_type: Optional[ParserFileOptions] = Field(None, alias="parserForType")
    php_class_prefix: Optional[str] = Field(None, alias="phpClassPrefix")
    php_class_prefix_bytes: Optional[ByteString] = Field(None, alias="phpClassPrefixBytes")
    php_metadata_namespace: Optional[str] = Field(None, alias="phpMetadataNamespace")
    php_metadata_namespace_bytes: Optional[ByteString] = Field(None, alias="phpMetadataNamespaceBytes")
    php_namespace: Optional[str] = Field(None, alias="phpNamespace")
    php_namespace_bytes: Optional[ByteString] = Field(None, alias="phpNamespaceBytes")
    py_generic_services: Optional[bool] = Field(None, alias="pyGenericServices")
    ruby_package: Optional[str] = Field(None, alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(None, alias="rubyPackageBytes")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    swift_prefix: Optional[str] = Field(None, alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(None, alias="swiftPrefixBytes")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FileOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    cc_enable_arenas: Optional[bool] = Field(None, alias="ccEnableArenas")
    cc_generic_services: Optional[bool] = Field(None, alias="ccGenericServices")
    csharp_namespace: Optional[str] = Field(None, alias="csharpNamespace")
    csharp_namespace_bytes: Optional[ByteString] = Field(None, alias="csharpNamespaceBytes")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    go_package: Optional[str] = Field(None, alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(None, alias="goPackageBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    java_generate_equals_and_hash: Optional[bool] = Field(None, alias="javaGenerateEqualsAndHash", deprecated=True)
    java_generic_services: Optional[bool] = Field(None, alias="javaGenericServices")
    java_multiple_files: Optional[bool] = Field(None, alias="javaMultipleFiles")
    java_outer_classname: Optional[str] = Field(None, alias="javaOuterClassname")
    java_outer_classname_bytes: Optional[ByteString] = Field(None, alias="javaOuterClassnameBytes")
    java_package: Optional[str] = Field(None, alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(None, alias="javaPackageBytes")
    java_string_check_utf8: Optional[bool] = Field(None, alias="javaStringCheckUtf8")
    objc_class_prefix: Optional[str] = Field(None, alias="objcClassPrefix")
    objc_class_prefix_bytes: Optional[ByteString] = Field(None, alias="objcClassPrefixBytes")
    optimize_for: Optional[FileOptionsOrBuilderOptimizeForEnum] = Field(None, alias="optimizeFor")
    php_class_prefix: Optional[str] = Field(None, alias="phpClassPrefix")
    php_class_prefix_bytes: Optional[ByteString] = Field(None, alias="phpClassPrefixBytes")
    php_metadata_namespace: Optional[str] = Field(None, alias="phpMetadataNamespace")
    php_metadata_namespace_bytes: Optional[ByteString] = Field(None, alias="phpMetadataNamespaceBytes")
    php_namespace: Optional[str] = Field(None, alias="phpNamespace")
    php_namespace_bytes: Optional[ByteString] = Field(None, alias="phpNamespaceBytes")
    py_generic_services: Optional[bool] = Field(None, alias="pyGenericServices")
    ruby_package: Optional[str] = Field(None, alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(None, alias="rubyPackageBytes")
    swift_prefix: Optional[str] = Field(None, alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(None, alias="swiftPrefixBytes")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Location(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Location"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    leading_comments: Optional[str] = Field(None, alias="leadingComments")
    leading_comments_bytes: Optional[ByteString] = Field(None, alias="leadingCommentsBytes")
    leading_detached_comments_count: Optional[int] = Field(None, alias="leadingDetachedCommentsCount")
    leading_detached_comments_list: Optional[list[str] | LeadingDetachedCommentsList] = Field(
        None, alias="leadingDetachedCommentsList"
    )
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserLocation] = Field(None, alias="parserForType")
    path_count: Optional[int] = Field(None, alias="pathCount")
    path_list: Optional[list[int]] = Field(None, alias="pathList")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    span_count: Optional[int] = Field(None, alias="spanCount")
    span_list: Optional[list[int]] = Field(None, alias="spanList")
    trailing_comments: Optional[str] = Field(None, alias="trailingComments")
    trailing_comments_bytes: Optional[ByteString] = Field(None, alias="trailingCommentsBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class LocationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    leading_comments: Optional[str] = Field(None, alias="leadingComments")
    leading_comments_bytes: Optional[ByteString] = Field(None, alias="leadingCommentsBytes")
    leading_detached_comments_count: Optional[int] = Field(None, alias="leadingDetachedCommentsCount")
    leading_detached_comments_list: Optional[list[str]] = Field(None, alias="leadingDetachedCommentsList")
    path_count: Optional[int] = Field(None, alias="pathCount")
    path_list: Optional[list[int]] = Field(None, alias="pathList")
    span_count: Optional[int] = Field(None, alias="spanCount")
    span_list: Optional[list[int]] = Field(None, alias="spanList")
    trailing_comments: Optional[str] = Field(None, alias="trailingComments")
    trailing_comments_bytes: Optional[ByteString] = Field(None, alias="trailingCommentsBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Message(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: MessageLite | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    parser_for_type: ParserMessage | None = Field(None, alias="parserForType")
    serialized_size: int | None = Field(None, alias="serializedSize")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class MessageOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["MessageOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    map_entry: Optional[bool] = Field(None, alias="mapEntry")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_set_wire_format: Optional[bool] = Field(None, alias="messageSetWireFormat")
    no_standard_descriptor_accessor: Optional[bool] = Field(None, alias="noStandardDescriptorAccessor")
    parser_for_type: Optional[ParserMessageOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MessageOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    map_entry: Optional[bool] = Field(None, alias="mapEntry")
    message_set_wire_format: Optional[bool] = Field(None, alias="messageSetWireFormat")
    no_standard_descriptor_accessor: Optional[bool] = Field(None, alias="noStandardDescriptorAccessor")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodDescriptor(ConductorModel):
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    input_type: Optional[Descriptor] = Field(None, alias="inputType")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    output_type: Optional[Descriptor] = Field(None, alias="outputType")
    proto: Optional["MethodDescriptorProto"] = Field(None, alias="proto")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    service: Optional["ServiceDescriptor"] = Field(None, alias="service")


class MethodDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    default_instance_for_type: Optional["MethodDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    input_type: Optional[str] = Field(None, alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(None, alias="inputTypeBytes")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    output_type: Optional[str] = Field(None, alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(None, alias="outputTypeBytes")
    parser_for_type: Optional[ParserMethodDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    input_type: Optional[str] = Field(None, alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(None, alias="inputTypeBytes")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    output_type: Optional[str] = Field(None, alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(None, alias="outputTypeBytes")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["MethodOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    idempotency_level: Optional[MethodOptionsIdempotencyLevelEnum] = Field(None, alias="idempotencyLevel")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserMethodOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    idempotency_level: Optional[MethodOptionsOrBuilderIdempotencyLevelEnum] = Field(None, alias="idempotencyLevel")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class NamePart(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["NamePart"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    is_extension: Optional[bool] = Field(None, alias="isExtension")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name_part: Optional[str] = Field(None, alias="namePart")
    name_part_bytes: Optional[ByteString] = Field(None, alias="namePartBytes")
    parser_for_type: Optional[ParserNamePart] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class NamePartOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    is_extension: bool | None = Field(None, alias="isExtension")
    name_part: str | None = Field(None, alias="namePart")
    name_part_bytes: ByteString | None = Field(None, alias="namePartBytes")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class OneofDescriptor(ConductorModel):
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    field_count: Optional[int] = Field(None, alias="fieldCount")
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    proto: Optional["OneofDescriptorProto"] = Field(None, alias="proto")


class OneofDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["OneofDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserOneofDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["OneofOptions"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserOneofOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ReservedRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserReservedRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ReservedRangeOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    end: int | None = Field(None, alias="end")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    start: int | None = Field(None, alias="start")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class ServiceDescriptor(ConductorModel):
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    methods: Optional[list[MethodDescriptor]] = Field(None, alias="methods")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    proto: Optional["ServiceDescriptorProto"] = Field(None, alias="proto")


class ServiceDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ServiceDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    method_count: Optional[int] = Field(None, alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(None, alias="methodList")
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(None, alias="methodOrBuilderList")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserServiceDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    method_count: Optional[int] = Field(None, alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(None, alias="methodList")
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(None, alias="methodOrBuilderList")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["ServiceOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserServiceOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class SourceCodeInfo(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["SourceCodeInfo"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    location_count: Optional[int] = Field(None, alias="locationCount")
    location_list: Optional[list[Location]] = Field(None, alias="locationList")
    location_or_builder_list: Optional[list[LocationOrBuilder]] = Field(None, alias="locationOrBuilderList")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserSourceCodeInfo] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class SourceCodeInfoOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    location_count: int | None = Field(None, alias="locationCount")
    location_list: list[Location] | None = Field(None, alias="locationList")
    location_or_builder_list: list[LocationOrBuilder] | None = Field(None, alias="locationOrBuilderList")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class UninterpretedOption(ConductorModel):
    aggregate_value: Optional[str] = Field(None, alias="aggregateValue")
    aggregate_value_bytes: Optional[ByteString] = Field(None, alias="aggregateValueBytes")
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["UninterpretedOption"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    double_value: Optional[float] = Field(None, alias="doubleValue")
    identifier_value: Optional[str] = Field(None, alias="identifierValue")
    identifier_value_bytes: Optional[ByteString] = Field(None, alias="identifierValueBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name_count: Optional[int] = Field(None, alias="nameCount")
    name_list: Optional[list[NamePart]] = Field(None, alias="nameList")
    name_or_builder_list: Optional[list[NamePartOrBuilder]] = Field(None, alias="nameOrBuilderList")
    negative_int_value: Optional[int] = Field(None, alias="negativeIntValue")
    parser_for_type: Optional[ParserUninterpretedOption] = Field(None, alias="parserForType")
    positive_int_value: Optional[int] = Field(None, alias="positiveIntValue")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    string_value: Optional[ByteString] = Field(None, alias="stringValue")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class UninterpretedOptionOrBuilder(ConductorModel):
    aggregate_value: str | None = Field(None, alias="aggregateValue")
    aggregate_value_bytes: ByteString | None = Field(None, alias="aggregateValueBytes")
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    double_value: float | None = Field(None, alias="doubleValue")
    identifier_value: str | None = Field(None, alias="identifierValue")
    identifier_value_bytes: ByteString | None = Field(None, alias="identifierValueBytes")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    name_count: int | None = Field(None, alias="nameCount")
    name_list: list[NamePart] | None = Field(None, alias="nameList")
    name_or_builder_list: list[NamePartOrBuilder] | None = Field(None, alias="nameOrBuilderList")
    negative_int_value: int | None = Field(None, alias="negativeIntValue")
    positive_int_value: int | None = Field(None, alias="positiveIntValue")
    string_value: ByteString | None = Field(None, alias="stringValue")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class AnyModel(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["AnyModel"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserAny] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type_url: Optional[str] = Field(None, alias="typeUrl")
    type_url_bytes: Optional[ByteString] = Field(None, alias="typeUrlBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[ByteString] = Field(None, alias="value")


class UpdateWorkflowVariables(ConductorModel):
    append_array: bool | None = Field(None, alias="appendArray")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    workflow_id: str | None = Field(None, alias="workflowId")


class Action(ConductorModel):
    action: ActionActionEnum | None = Field(None, alias="action")
    complete_task: TaskDetails | None = Field(None, alias="complete_task")
    expand_inline_json: bool | None = Field(None, alias="expandInlineJSON")
    fail_task: TaskDetails | None = Field(None, alias="fail_task")
    start_agent: StartAgent | None = Field(None, alias="start_agent")
    start_workflow: StartWorkflow | None = Field(None, alias="start_workflow")
    terminate_workflow: TerminateWorkflow | None = Field(None, alias="terminate_workflow")
    update_workflow_variables: UpdateWorkflowVariables | None = Field(None, alias="update_workflow_variables")


class EventHandler(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("actions",)
    actions: Optional[list[Action]] = Field(None, alias="actions")
    active: bool | None = Field(None, alias="active")
    condition: str | None = Field(None, alias="condition")
    evaluator_type: str | None = Field(None, alias="evaluatorType")
    event: str | None = Field(None, alias="event")
    name: str | None = Field(None, alias="name")


class WorkerRef(ConductorModel):
    task_name: str | None = Field(None, alias="taskName")


class AgentConfig(ConductorModel):
    agents: Optional[list["AgentConfig"]] = Field(None, alias="agents")
    allowed_transitions: Optional[dict[str, list[str]]] = Field(None, alias="allowedTransitions")
    base_url: Optional[str] = Field(None, alias="baseUrl")
    callbacks: Optional[list[CallbackConfig]] = Field(None, alias="callbacks")
    cli_config: Optional[CliConfig] = Field(None, alias="cliConfig")
    code_execution: Optional[CodeExecutionConfig] = Field(None, alias="codeExecution")
    context_window_budget: Optional[int] = Field(None, alias="contextWindowBudget")
    credentials: Optional[list[str]] = Field(None, alias="credentials")
    description: Optional[str] = Field(None, alias="description")
    enable_planning: Optional[bool] = Field(None, alias="enablePlanning")
    external: Optional[bool] = Field(None, alias="external")
    fallback: Optional["AgentConfig"] = Field(None, alias="fallback")
    fallback_max_turns: Optional[int] = Field(None, alias="fallbackMaxTurns")
    gate: Optional[dict[str, Any]] = Field(None, alias="gate")
    guardrails: Optional[list[GuardrailConfig]] = Field(None, alias="guardrails")
    handoffs: Optional[list[HandoffConfig]] = Field(None, alias="handoffs")
    include_contents: Optional[str] = Field(None, alias="includeContents")
    instructions: Optional[dict[str, Any]] = Field(None, alias="instructions")
    introduction: Optional[str] = Field(None, alias="introduction")
    masked_fields: Optional[list[str]] = Field(None, alias="maskedFields")
    max_tokens: Optional[int] = Field(None, alias="maxTokens")
    max_turns: Optional[int] = Field(None, alias="maxTurns")
    memory: Optional[MemoryConfig] = Field(None, alias="memory")
    metadata: Optional[dict[str, Any]] = Field(None, alias="metadata")
    model: Optional[str] = Field(None, alias="model")
    name: Optional[str] = Field(None, alias="name")
    output_type: Optional[OutputTypeConfig] = Field(None, alias="outputType")
    plan_source: Optional[dict[str, Any]] = Field(None, alias="planSource")
    planner: Optional["AgentConfig"] = Field(None, alias="planner")
    planner_context: Optional[list[dict[str, Any]]] = Field(None, alias="plannerContext")
    prefill_tools: Optional[list[PrefillToolCallConfig]] = Field(None, alias="prefillTools")
    reasoning_effort: Optional[str] = Field(None, alias="reasoningEffort")
    required_tools: Optional[list[str]] = Field(None, alias="requiredTools")
    router: Optional[dict[str, Any]] = Field(None, alias="router")
    stop_when: Optional[WorkerRef] = Field(None, alias="stopWhen")
    strategy: Optional[AgentConfigStrategyEnum] = Field(None, alias="strategy")
    synthesize: Optional[bool] = Field(None, alias="synthesize")
    temperature: Optional[float] = Field(None, alias="temperature")
    termination: Optional[TerminationConfig] = Field(None, alias="termination")
    thinking_config: Optional[ThinkingConfig] = Field(None, alias="thinkingConfig")
    timeout_seconds: Optional[int] = Field(None, alias="timeoutSeconds")
    tools: Optional[list[ToolConfig]] = Field(None, alias="tools")


class AgentStartRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(None, alias="agentConfig")
    context: dict[str, Any] | None = Field(None, alias="context")
    framework: str | None = Field(None, alias="framework")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    media: list[str] | None = Field(None, alias="media")
    model: str | None = Field(None, alias="model")
    name: str | None = Field(None, alias="name")
    prompt: str | None = Field(None, alias="prompt")
    raw_config: dict[str, Any] | None = Field(None, alias="rawConfig")
    run_id: str | None = Field(None, alias="runId")
    session_id: str | None = Field(None, alias="sessionId")
    skill_ref: dict[str, Any] | None = Field(None, alias="skillRef")
    static_plan: dict[str, Any] | None = Field(None, alias="static_plan")
    timeout_seconds: int | None = Field(None, alias="timeoutSeconds")
    version: int | None = Field(None, alias="version")


class InspectPlanRequest(ConductorModel):
    agent_config: AgentConfig | None = Field(None, alias="agentConfig")
    plan: dict[str, Any] | None = Field(None, alias="plan")


class WorkflowDefSummary(ConductorModel):
    create_time: int | None = Field(None, alias="createTime")
    name: str | None = Field(None, alias="name")
    update_time: int | None = Field(None, alias="updateTime")
    version: int | None = Field(None, alias="version")


class WorkflowDefTimeoutPolicyEnum(OpenEnum):
    """Inline enum of WorkflowDef.timeoutPolicy."""

    TIME_OUT_WF = "TIME_OUT_WF"
    ALERT_ONLY = "ALERT_ONLY"


class WorkflowModelPreviousStatusEnum(OpenEnum):
    """Inline enum of WorkflowModel.previousStatus."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"


class WorkflowModelStatusEnum(OpenEnum):
    """Inline enum of WorkflowModel.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"


class WorkflowNotifications(ConductorModel):
    host_ip: str | None = Field(None, alias="hostIp")
    monitor_parent_only: bool | None = Field(None, alias="monitorParentOnly")
    request_id: str | None = Field(None, alias="requestId")
    wait_until_tasks: str | None = Field(None, alias="waitUntilTasks")


class WorkflowScheduleExecutionModelStateEnum(OpenEnum):
    """Inline enum of WorkflowScheduleExecutionModel.state."""

    POLLED = "POLLED"
    FAILED = "FAILED"
    EXECUTED = "EXECUTED"


class WorkflowStatusEnum(OpenEnum):
    """Inline enum of Workflow.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"


class WorkflowStatusStatusEnum(OpenEnum):
    """Inline enum of WorkflowStatus.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"


class WorkflowStatus(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    output: dict[str, Any] | None = Field(None, alias="output")
    status: WorkflowStatusStatusEnum | None = Field(None, alias="status")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    workflow_id: str | None = Field(None, alias="workflowId")


class WorkflowSummaryStatusEnum(OpenEnum):
    """Inline enum of WorkflowSummary.status."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    TERMINATED = "TERMINATED"
    PAUSED = "PAUSED"


class WorkflowSummary(ConductorModel):
    classifier: str | None = Field(None, alias="classifier")
    correlation_id: str | None = Field(None, alias="correlationId")
    created_by: str | None = Field(None, alias="createdBy")
    end_time: str | None = Field(None, alias="endTime")
    event: str | None = Field(None, alias="event")
    execution_time: int | None = Field(None, alias="executionTime")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: str | None = Field(None, alias="failedReferenceTaskNames")
    failed_task_names: list[str] | None = Field(None, alias="failedTaskNames")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    input: str | None = Field(None, alias="input")
    input_size: int | None = Field(None, alias="inputSize")
    output: str | None = Field(None, alias="output")
    output_size: int | None = Field(None, alias="outputSize")
    parent_workflow_id: str | None = Field(None, alias="parentWorkflowId")
    priority: int | None = Field(None, alias="priority")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    start_time: str | None = Field(None, alias="startTime")
    status: WorkflowSummaryStatusEnum | None = Field(None, alias="status")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    update_time: str | None = Field(None, alias="updateTime")
    version: int | None = Field(None, alias="version")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_type: str | None = Field(None, alias="workflowType")


class SearchResultWorkflowSummary(ConductorModel):
    results: list[WorkflowSummary] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class WorkflowTaskJoinModeEnum(OpenEnum):
    """Inline enum of WorkflowTask.joinMode."""

    SYNC = "SYNC"
    ASYNC = "ASYNC"


class WorkflowTaskWorkflowTaskTypeEnum(OpenEnum):
    """Inline enum of WorkflowTask.workflowTaskType."""

    SIMPLE = "SIMPLE"
    DYNAMIC = "DYNAMIC"
    FORK_JOIN = "FORK_JOIN"
    FORK_JOIN_DYNAMIC = "FORK_JOIN_DYNAMIC"
    DECISION = "DECISION"
    SWITCH = "SWITCH"
    JOIN = "JOIN"
    DO_WHILE = "DO_WHILE"
    SUB_WORKFLOW = "SUB_WORKFLOW"
    START_WORKFLOW = "START_WORKFLOW"
    EVENT = "EVENT"
    WAIT = "WAIT"
    HUMAN = "HUMAN"
    USER_DEFINED = "USER_DEFINED"
    HTTP = "HTTP"
    LAMBDA = "LAMBDA"
    INLINE = "INLINE"
    EXCLUSIVE_JOIN = "EXCLUSIVE_JOIN"
    TERMINATE = "TERMINATE"
    KAFKA_PUBLISH = "KAFKA_PUBLISH"
    JSON_JQ_TRANSFORM = "JSON_JQ_TRANSFORM"
    SET_VARIABLE = "SET_VARIABLE"
    NOOP = "NOOP"
    LLM_TEXT_COMPLETE = "LLM_TEXT_COMPLETE"
    LLM_CHAT_COMPLETE = "LLM_CHAT_COMPLETE"
    LLM_INDEX_TEXT = "LLM_INDEX_TEXT"
    LLM_SEARCH_INDEX = "LLM_SEARCH_INDEX"
    LLM_GENERATE_EMBEDDINGS = "LLM_GENERATE_EMBEDDINGS"
    LLM_STORE_EMBEDDINGS = "LLM_STORE_EMBEDDINGS"
    LLM_GET_EMBEDDINGS = "LLM_GET_EMBEDDINGS"
    LIST_MCP_TOOLS = "LIST_MCP_TOOLS"
    CALL_MCP_TOOL = "CALL_MCP_TOOL"
    PULL_WORKFLOW_MESSAGES = "PULL_WORKFLOW_MESSAGES"
    AGENT = "AGENT"
    GET_AGENT_CARD = "GET_AGENT_CARD"
    CANCEL_AGENT = "CANCEL_AGENT"


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


class Task(ConductorModel):
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    callback_from_worker: bool | None = Field(None, alias="callbackFromWorker")
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: int | None = Field(None, alias="endTime")
    executed: bool | None = Field(None, alias="executed")
    execution_metadata: ExecutionMetadata | None = Field(None, alias="executionMetadata")
    execution_name_space: str | None = Field(None, alias="executionNameSpace")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    first_start_time: int | None = Field(None, alias="firstStartTime")
    input_data: dict[str, Any] | None = Field(None, alias="inputData")
    isolation_group_id: str | None = Field(None, alias="isolationGroupId")
    iteration: int | None = Field(None, alias="iteration")
    loop_over_task: bool | None = Field(None, alias="loopOverTask")
    output_data: dict[str, Any] | None = Field(None, alias="outputData")
    parent_task_id: str | None = Field(None, alias="parentTaskId")
    poll_count: int | None = Field(None, alias="pollCount")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    rate_limit_frequency_in_seconds: int | None = Field(None, alias="rateLimitFrequencyInSeconds")
    rate_limit_per_frequency: int | None = Field(None, alias="rateLimitPerFrequency")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    response_timeout_seconds: int | None = Field(None, alias="responseTimeoutSeconds")
    retried: bool | None = Field(None, alias="retried")
    retried_task_id: str | None = Field(None, alias="retriedTaskId")
    retry_count: int | None = Field(None, alias="retryCount")
    runtime_metadata: dict[str, str] | None = Field(None, alias="runtimeMetadata")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    seq: int | None = Field(None, alias="seq")
    start_delay_in_seconds: int | None = Field(None, alias="startDelayInSeconds")
    start_time: int | None = Field(None, alias="startTime")
    status: TaskStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    subworkflow_changed: bool | None = Field(None, alias="subworkflowChanged")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_definition: TaskDef | None = Field(None, alias="taskDefinition")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: int | None = Field(None, alias="updateTime")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_task: WorkflowTask | None = Field(None, alias="workflowTask")
    workflow_type: str | None = Field(None, alias="workflowType")


class SearchResultTask(ConductorModel):
    results: list[Task] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class TaskListResponse(ConductorModel):
    results: list[Task] | None = Field(None, alias="results")
    summary: dict[str, int] | None = Field(None, alias="summary")
    total_hits: int | None = Field(None, alias="totalHits")


class TaskModel(ConductorModel):
    async_complete: bool | None = Field(None, alias="asyncComplete")
    cached_output: bool | None = Field(None, alias="cachedOutput")
    callback_after_ms: int | None = Field(None, alias="callbackAfterMs")
    callback_after_seconds: int | None = Field(None, alias="callbackAfterSeconds")
    callback_from_worker: bool | None = Field(None, alias="callbackFromWorker")
    correlation_id: str | None = Field(None, alias="correlationId")
    domain: str | None = Field(None, alias="domain")
    end_time: int | None = Field(None, alias="endTime")
    executed: bool | None = Field(None, alias="executed")
    execution_name_space: str | None = Field(None, alias="executionNameSpace")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    first_scheduled_time: int | None = Field(None, alias="firstScheduledTime")
    idempotent: bool | None = Field(None, alias="idempotent")
    idempotent_execution: bool | None = Field(None, alias="idempotentExecution")
    input_data: dict[str, dict[str, Any]] | None = Field(None, alias="inputData", deprecated=True)
    input_message: AnyModel | None = Field(None, alias="inputMessage")
    isolation_group_id: str | None = Field(None, alias="isolationGroupId")
    iteration: int | None = Field(None, alias="iteration")
    loop_over_task: bool | None = Field(None, alias="loopOverTask")
    loop_task_id: str | None = Field(None, alias="loopTaskId")
    non_workflow_event_task: bool | None = Field(None, alias="nonWorkflowEventTask")
    notifications: dict[str, WorkflowNotifications] | None = Field(None, alias="notifications")
    on_state_change: dict[str, list[StateChangeEvent]] | None = Field(None, alias="onStateChange")
    output_data: dict[str, dict[str, Any]] | None = Field(None, alias="outputData", deprecated=True)
    output_message: AnyModel | None = Field(None, alias="outputMessage")
    parent_task_id: str | None = Field(None, alias="parentTaskId")
    parent_task_reference_name: str | None = Field(None, alias="parentTaskReferenceName")
    poll_count: int | None = Field(None, alias="pollCount")
    queue_wait_time: int | None = Field(None, alias="queueWaitTime")
    rate_limit_frequency_in_seconds: int | None = Field(None, alias="rateLimitFrequencyInSeconds")
    rate_limit_per_frequency: int | None = Field(None, alias="rateLimitPerFrequency")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    reference_task_name: str | None = Field(None, alias="referenceTaskName")
    response_timeout_seconds: int | None = Field(None, alias="responseTimeoutSeconds")
    retried: bool | None = Field(None, alias="retried")
    retried_task_id: str | None = Field(None, alias="retriedTaskId")
    retry_count: int | None = Field(None, alias="retryCount")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    seq: int | None = Field(None, alias="seq")
    start_delay_in_seconds: int | None = Field(None, alias="startDelayInSeconds")
    start_time: int | None = Field(None, alias="startTime")
    status: TaskModelStatusEnum | None = Field(None, alias="status")
    sub_workflow_id: str | None = Field(None, alias="subWorkflowId")
    subworkflow_changed: bool | None = Field(None, alias="subworkflowChanged")
    task_def_name: str | None = Field(None, alias="taskDefName")
    task_definition: TaskDef | None = Field(None, alias="taskDefinition")
    task_id: str | None = Field(None, alias="taskId")
    task_type: str | None = Field(None, alias="taskType")
    update_time: int | None = Field(None, alias="updateTime")
    wait_timeout: int | None = Field(None, alias="waitTimeout")
    worker_id: str | None = Field(None, alias="workerId")
    workflow_instance_id: str | None = Field(None, alias="workflowInstanceId")
    workflow_priority: int | None = Field(None, alias="workflowPriority")
    workflow_task: WorkflowTask | None = Field(None, alias="workflowTask")
    workflow_type: str | None = Field(None, alias="workflowType")


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


class StartWorkflowRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: str | None = Field(None, alias="correlationId")
    created_by: str | None = Field(None, alias="createdBy")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    idempotency_key: str | None = Field(None, alias="idempotencyKey")
    idempotency_strategy: StartWorkflowRequestIdempotencyStrategyEnum | None = Field(None, alias="idempotencyStrategy")
    input: dict[str, Any] | None = Field(None, alias="input")
    name: Optional[str] = Field(None, alias="name")
    priority: int | None = Field(None, alias="priority")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    version: int | None = Field(None, alias="version")
    workflow_def: WorkflowDef | None = Field(None, alias="workflowDef")


class Workflow(ConductorModel):
    aggregate_token_usage: Optional[AggregateTokenUsage] = Field(None, alias="aggregateTokenUsage")
    correlation_id: Optional[str] = Field(None, alias="correlationId")
    create_time: Optional[int] = Field(None, alias="createTime")
    created_by: Optional[str] = Field(None, alias="createdBy")
    end_time: Optional[int] = Field(None, alias="endTime")
    event: Optional[str] = Field(None, alias="event")
    external_input_payload_storage_path: Optional[str] = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: Optional[str] = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: Optional[list[str]] = Field(None, alias="failedReferenceTaskNames")
    failed_task_names: Optional[list[str]] = Field(None, alias="failedTaskNames")
    history: Optional[list["Workflow"]] = Field(None, alias="history")
    idempotency_key: Optional[str] = Field(None, alias="idempotencyKey")
    input: Optional[dict[str, Any]] = Field(None, alias="input")
    last_retried_time: Optional[int] = Field(None, alias="lastRetriedTime")
    output: Optional[dict[str, Any]] = Field(None, alias="output")
    owner_app: Optional[str] = Field(None, alias="ownerApp")
    parent_workflow_id: Optional[str] = Field(None, alias="parentWorkflowId")
    parent_workflow_task_id: Optional[str] = Field(None, alias="parentWorkflowTaskId")
    priority: Optional[int] = Field(None, alias="priority")
    rate_limit_key: Optional[str] = Field(None, alias="rateLimitKey")
    rate_limited: Optional[bool] = Field(None, alias="rateLimited")
    re_run_from_workflow_id: Optional[str] = Field(None, alias="reRunFromWorkflowId")
    reason_for_incompletion: Optional[str] = Field(None, alias="reasonForIncompletion")
    start_time: Optional[int] = Field(None, alias="startTime")
    status: Optional[WorkflowStatusEnum] = Field(None, alias="status")
    task_to_domain: Optional[dict[str, str]] = Field(None, alias="taskToDomain")
    tasks: Optional[list[Task]] = Field(None, alias="tasks")
    update_time: Optional[int] = Field(None, alias="updateTime")
    updated_by: Optional[str] = Field(None, alias="updatedBy")
    variables: Optional[dict[str, Any]] = Field(None, alias="variables")
    workflow_definition: Optional[WorkflowDef] = Field(None, alias="workflowDefinition")
    workflow_id: Optional[str] = Field(None, alias="workflowId")
    workflow_name: Optional[str] = Field(None, alias="workflowName")
    workflow_version: Optional[int] = Field(None, alias="workflowVersion")


class SearchResultWorkflow(ConductorModel):
    results: list[Workflow] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class WorkflowModel(ConductorModel):
    correlation_id: str | None = Field(None, alias="correlationId")
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    end_time: int | None = Field(None, alias="endTime")
    event: str | None = Field(None, alias="event")
    external_input_payload_storage_path: str | None = Field(None, alias="externalInputPayloadStoragePath")
    external_output_payload_storage_path: str | None = Field(None, alias="externalOutputPayloadStoragePath")
    failed_reference_task_names: list[str] | None = Field(None, alias="failedReferenceTaskNames")
    failed_task_id: str | None = Field(None, alias="failedTaskId")
    failed_task_names: list[str] | None = Field(None, alias="failedTaskNames")
    input: dict[str, dict[str, Any]] | None = Field(None, alias="input", deprecated=True)
    last_retried_time: int | None = Field(None, alias="lastRetriedTime")
    output: dict[str, dict[str, Any]] | None = Field(None, alias="output", deprecated=True)
    owner_app: str | None = Field(None, alias="ownerApp")
    parent_workflow_id: str | None = Field(None, alias="parentWorkflowId")
    parent_workflow_task_id: str | None = Field(None, alias="parentWorkflowTaskId")
    previous_status: WorkflowModelPreviousStatusEnum | None = Field(None, alias="previousStatus")
    priority: int | None = Field(None, alias="priority")
    re_run_from_workflow_id: str | None = Field(None, alias="reRunFromWorkflowId")
    reason_for_incompletion: str | None = Field(None, alias="reasonForIncompletion")
    status: WorkflowModelStatusEnum | None = Field(None, alias="status")
    task_to_domain: dict[str, str] | None = Field(None, alias="taskToDomain")
    tasks: list[TaskModel] | None = Field(None, alias="tasks")
    updated_by: str | None = Field(None, alias="updatedBy")
    updated_time: int | None = Field(None, alias="updatedTime")
    variables: dict[str, Any] | None = Field(None, alias="variables")
    workflow_definition: WorkflowDef | None = Field(None, alias="workflowDefinition")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_name: str | None = Field(None, alias="workflowName")
    workflow_version: int | None = Field(None, alias="workflowVersion")


class BulkResponseWorkflowModel(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(None, alias="bulkErrorResults")
    bulk_successful_results: list[WorkflowModel] | None = Field(None, alias="bulkSuccessfulResults")


class WorkflowSchedule(ConductorModel):
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    cron_expression: str | None = Field(None, alias="cronExpression")
    cron_schedules: list[CronSchedule] | None = Field(None, alias="cronSchedules")
    description: str | None = Field(None, alias="description")
    name: str | None = Field(None, alias="name")
    next_run_time: int | None = Field(None, alias="nextRunTime")
    paused: bool | None = Field(None, alias="paused")
    paused_reason: str | None = Field(None, alias="pausedReason")
    run_catchup_schedule_instances: bool | None = Field(None, alias="runCatchupScheduleInstances")
    schedule_end_time: int | None = Field(None, alias="scheduleEndTime")
    schedule_start_time: int | None = Field(None, alias="scheduleStartTime")
    start_workflow_request: StartWorkflowRequest | None = Field(None, alias="startWorkflowRequest")
    updated_by: str | None = Field(None, alias="updatedBy")
    updated_time: int | None = Field(None, alias="updatedTime")
    zone_id: str | None = Field(None, alias="zoneId")


class SearchResultWorkflowSchedule(ConductorModel):
    results: list[WorkflowSchedule] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class WorkflowScheduleExecutionModel(ConductorModel):
    execution_id: str | None = Field(None, alias="executionId")
    execution_time: int | None = Field(None, alias="executionTime")
    reason: str | None = Field(None, alias="reason")
    schedule_name: str | None = Field(None, alias="scheduleName")
    scheduled_time: int | None = Field(None, alias="scheduledTime")
    stack_trace: str | None = Field(None, alias="stackTrace")
    start_workflow_request: StartWorkflowRequest | None = Field(None, alias="startWorkflowRequest")
    state: WorkflowScheduleExecutionModelStateEnum | None = Field(None, alias="state")
    workflow_id: str | None = Field(None, alias="workflowId")
    workflow_name: str | None = Field(None, alias="workflowName")
    zone_id: str | None = Field(None, alias="zoneId")


class SearchResultWorkflowScheduleExecutionModel(ConductorModel):
    results: list[WorkflowScheduleExecutionModel] | None = Field(None, alias="results")
    total_hits: int | None = Field(None, alias="totalHits")


class WorkflowTestRequestIdempotencyStrategyEnum(OpenEnum):
    """Inline enum of WorkflowTestRequest.idempotencyStrategy."""

    FAIL = "FAIL"
    RETURN_EXISTING = "RETURN_EXISTING"
    FAIL_ON_RUNNING = "FAIL_ON_RUNNING"


class WorkflowTestRequest(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = ("name",)
    correlation_id: Optional[str] = Field(None, alias="correlationId")
    created_by: Optional[str] = Field(None, alias="createdBy")
    external_input_payload_storage_path: Optional[str] = Field(None, alias="externalInputPayloadStoragePath")
    idempotency_key: Optional[str] = Field(None, alias="idempotencyKey")
    idempotency_strategy: Optional[WorkflowTestRequestIdempotencyStrategyEnum] = Field(
        None, alias="idempotencyStrategy"
    )
    input: Optional[dict[str, Any]] = Field(None, alias="input")
    name: Optional[str] = Field(None, alias="name")
    priority: Optional[int] = Field(None, alias="priority")
    sub_workflow_test_request: Optional[dict[str, "WorkflowTestRequest"]] = Field(None, alias="subWorkflowTestRequest")
    task_ref_to_mock_output: Optional[dict[str, list[TaskMock]]] = Field(None, alias="taskRefToMockOutput")
    task_to_domain: Optional[dict[str, str]] = Field(None, alias="taskToDomain")
    version: Optional[int] = Field(None, alias="version")
    workflow_def: Optional[WorkflowDef] = Field(None, alias="workflowDef")


WorkflowTestRequest.model_rebuild()
