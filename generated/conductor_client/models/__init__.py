"""The models of the API (269 classes), each loaded on first use.

``from conductor_client.models import Workflow`` imports the classes ``Workflow`` refers to, then, and no others.
"""

from __future__ import annotations

# Not `from typing import ...` at run time: importing typing costs more than this whole module.
TYPE_CHECKING = False

# Public name → the private module that defines it.
_MODULES = {
    "A2AAgentCardRequest": "_a2_a_agent_card_request",
    "A2AAgentCardResult": "_a2_a_agent_card_result",
    "Action": "_action",
    "ActionActionEnum": "_action_action_enum",
    "AgentCapabilities": "_agent_capabilities",
    "AgentCard": "_agent_card",
    "AgentCardSignature": "_agent_card_signature",
    "AgentConfig": "_agent_config",
    "AgentConfigStrategyEnum": "_agent_config_strategy_enum",
    "AgentExecutionDetail": "_agent_execution_detail",
    "AgentExtension": "_agent_extension",
    "AgentInterface": "_agent_interface",
    "AgentProvider": "_agent_provider",
    "AgentRun": "_agent_run",
    "AgentSkill": "_agent_skill",
    "AgentStartRequest": "_agent_start_request",
    "AgentStartResponse": "_agent_start_response",
    "AgentStatusResponse": "_agent_status_response",
    "AgentSummary": "_agent_summary",
    "AggregateTokenUsage": "_aggregate_token_usage",
    "AnyModel": "_any_model",
    "BulkResponse": "_bulk_response",
    "BulkResponseString": "_bulk_response_string",
    "BulkResponseWorkflowModel": "_bulk_response_workflow_model",
    "ByteString": "_byte_string",
    "CacheConfig": "_cache_config",
    "CallbackConfig": "_callback_config",
    "CliConfig": "_cli_config",
    "CodeExecutionConfig": "_code_execution_config",
    "CompileResponse": "_compile_response",
    "CreateTrackingWorkflowRequest": "_create_tracking_workflow_request",
    "CreateTrackingWorkflowResponse": "_create_tracking_workflow_response",
    "CredentialMeta": "_credential_meta",
    "CronSchedule": "_cron_schedule",
    "CurrentTask": "_current_task",
    "Declaration": "_declaration",
    "DeclarationOrBuilder": "_declaration",
    "Descriptor": "_declaration",
    "DescriptorProto": "_declaration",
    "DescriptorProtoOrBuilder": "_declaration",
    "DescriptorProtoOrBuilderVisibilityEnum": "_descriptor_proto_or_builder_visibility_enum",
    "DescriptorProtoVisibilityEnum": "_descriptor_proto_visibility_enum",
    "EditionDefault": "_declaration",
    "EditionDefaultEditionEnum": "_edition_default_edition_enum",
    "EditionDefaultOrBuilder": "_declaration",
    "EditionDefaultOrBuilderEditionEnum": "_edition_default_or_builder_edition_enum",
    "EnumDescriptor": "_declaration",
    "EnumDescriptorProto": "_declaration",
    "EnumDescriptorProtoOrBuilder": "_declaration",
    "EnumDescriptorProtoOrBuilderVisibilityEnum": "_enum_descriptor_proto_or_builder_visibility_enum",
    "EnumDescriptorProtoVisibilityEnum": "_enum_descriptor_proto_visibility_enum",
    "EnumOptions": "_declaration",
    "EnumOptionsOrBuilder": "_declaration",
    "EnumReservedRange": "_declaration",
    "EnumReservedRangeOrBuilder": "_declaration",
    "EnumValueDescriptor": "_declaration",
    "EnumValueDescriptorProto": "_declaration",
    "EnumValueDescriptorProtoOrBuilder": "_declaration",
    "EnumValueOptions": "_declaration",
    "EnumValueOptionsOrBuilder": "_declaration",
    "EnvironmentVariable": "_environment_variable",
    "EventHandler": "_event_handler",
    "ExecutionMetadata": "_execution_metadata",
    "ExtensionRange": "_declaration",
    "ExtensionRangeOptions": "_declaration",
    "ExtensionRangeOptionsOrBuilder": "_declaration",
    "ExtensionRangeOptionsOrBuilderVerificationEnum": "_extension_range_options_or_builder_verification_enum",
    "ExtensionRangeOptionsVerificationEnum": "_extension_range_options_verification_enum",
    "ExtensionRangeOrBuilder": "_declaration",
    "ExternalStorageLocation": "_external_storage_location",
    "FeatureSet": "_declaration",
    "FeatureSetDefaultSymbolVisibilityEnum": "_feature_set_default_symbol_visibility_enum",
    "FeatureSetEnforceNamingStyleEnum": "_feature_set_enforce_naming_style_enum",
    "FeatureSetEnumTypeEnum": "_feature_set_enum_type_enum",
    "FeatureSetFieldPresenceEnum": "_feature_set_field_presence_enum",
    "FeatureSetJsonFormatEnum": "_feature_set_json_format_enum",
    "FeatureSetMessageEncodingEnum": "_feature_set_message_encoding_enum",
    "FeatureSetOrBuilder": "_declaration",
    "FeatureSetOrBuilderDefaultSymbolVisibilityEnum": "_feature_set_or_builder_default_symbol_visibility_enum",
    "FeatureSetOrBuilderEnforceNamingStyleEnum": "_feature_set_or_builder_enforce_naming_style_enum",
    "FeatureSetOrBuilderEnumTypeEnum": "_feature_set_or_builder_enum_type_enum",
    "FeatureSetOrBuilderFieldPresenceEnum": "_feature_set_or_builder_field_presence_enum",
    "FeatureSetOrBuilderJsonFormatEnum": "_feature_set_or_builder_json_format_enum",
    "FeatureSetOrBuilderMessageEncodingEnum": "_feature_set_or_builder_message_encoding_enum",
    "FeatureSetOrBuilderRepeatedFieldEncodingEnum": "_feature_set_or_builder_repeated_field_encoding_enum",
    "FeatureSetOrBuilderUtf8ValidationEnum": "_feature_set_or_builder_utf8_validation_enum",
    "FeatureSetRepeatedFieldEncodingEnum": "_feature_set_repeated_field_encoding_enum",
    "FeatureSetUtf8ValidationEnum": "_feature_set_utf8_validation_enum",
    "FeatureSupport": "_declaration",
    "FeatureSupportEditionDeprecatedEnum": "_feature_support_edition_deprecated_enum",
    "FeatureSupportEditionIntroducedEnum": "_feature_support_edition_introduced_enum",
    "FeatureSupportEditionRemovedEnum": "_feature_support_edition_removed_enum",
    "FeatureSupportOrBuilder": "_declaration",
    "FeatureSupportOrBuilderEditionDeprecatedEnum": "_feature_support_or_builder_edition_deprecated_enum",
    "FeatureSupportOrBuilderEditionIntroducedEnum": "_feature_support_or_builder_edition_introduced_enum",
    "FeatureSupportOrBuilderEditionRemovedEnum": "_feature_support_or_builder_edition_removed_enum",
    "FieldDescriptor": "_declaration",
    "FieldDescriptorJavaTypeEnum": "_field_descriptor_java_type_enum",
    "FieldDescriptorLiteJavaTypeEnum": "_field_descriptor_lite_java_type_enum",
    "FieldDescriptorLiteTypeEnum": "_field_descriptor_lite_type_enum",
    "FieldDescriptorProto": "_declaration",
    "FieldDescriptorProtoLabelEnum": "_field_descriptor_proto_label_enum",
    "FieldDescriptorProtoOrBuilder": "_declaration",
    "FieldDescriptorProtoOrBuilderLabelEnum": "_field_descriptor_proto_or_builder_label_enum",
    "FieldDescriptorProtoOrBuilderTypeEnum": "_field_descriptor_proto_or_builder_type_enum",
    "FieldDescriptorProtoTypeEnum": "_field_descriptor_proto_type_enum",
    "FieldDescriptorTypeEnum": "_field_descriptor_type_enum",
    "FieldOptions": "_declaration",
    "FieldOptionsCtypeEnum": "_field_options_ctype_enum",
    "FieldOptionsJstypeEnum": "_field_options_jstype_enum",
    "FieldOptionsOrBuilder": "_declaration",
    "FieldOptionsOrBuilderCtypeEnum": "_field_options_or_builder_ctype_enum",
    "FieldOptionsOrBuilderJstypeEnum": "_field_options_or_builder_jstype_enum",
    "FieldOptionsOrBuilderRetentionEnum": "_field_options_or_builder_retention_enum",
    "FieldOptionsOrBuilderTargetsListItemEnum": "_field_options_or_builder_targets_list_item_enum",
    "FieldOptionsRetentionEnum": "_field_options_retention_enum",
    "FieldOptionsTargetsListItemEnum": "_field_options_targets_list_item_enum",
    "FileDescriptor": "_declaration",
    "FileDescriptorProto": "_declaration",
    "FileDescriptorProtoEditionEnum": "_file_descriptor_proto_edition_enum",
    "FileOptions": "_declaration",
    "FileOptionsOptimizeForEnum": "_file_options_optimize_for_enum",
    "FileOptionsOrBuilder": "_declaration",
    "FileOptionsOrBuilderOptimizeForEnum": "_file_options_or_builder_optimize_for_enum",
    "GuardrailConfig": "_guardrail_config",
    "HandoffConfig": "_handoff_config",
    "Health": "_health",
    "HealthCheckStatus": "_health_check_status",
    "InjectTaskRequest": "_inject_task_request",
    "InjectTaskResponse": "_inject_task_response",
    "InspectPlanRequest": "_inspect_plan_request",
    "InspectResult": "_inspect_result",
    "JsonNode": "_json_node",
    "Location": "_declaration",
    "LocationOrBuilder": "_declaration",
    "MemoryConfig": "_memory_config",
    "Message": "_declaration",
    "MessageLite": "_message_lite",
    "MessageOptions": "_declaration",
    "MessageOptionsOrBuilder": "_declaration",
    "MethodDescriptor": "_declaration",
    "MethodDescriptorProto": "_declaration",
    "MethodDescriptorProtoOrBuilder": "_declaration",
    "MethodOptions": "_declaration",
    "MethodOptionsIdempotencyLevelEnum": "_method_options_idempotency_level_enum",
    "MethodOptionsOrBuilder": "_declaration",
    "MethodOptionsOrBuilderIdempotencyLevelEnum": "_method_options_or_builder_idempotency_level_enum",
    "NamePart": "_declaration",
    "NamePartOrBuilder": "_declaration",
    "OneofDescriptor": "_declaration",
    "OneofDescriptorProto": "_declaration",
    "OneofDescriptorProtoOrBuilder": "_declaration",
    "OneofOptions": "_declaration",
    "OneofOptionsOrBuilder": "_declaration",
    "OutputTypeConfig": "_output_type_config",
    "Parser": "_parser",
    "ParserAny": "_parser_any",
    "ParserDeclaration": "_parser_declaration",
    "ParserDescriptorProto": "_parser_descriptor_proto",
    "ParserEditionDefault": "_parser_edition_default",
    "ParserEnumDescriptorProto": "_parser_enum_descriptor_proto",
    "ParserEnumOptions": "_parser_enum_options",
    "ParserEnumReservedRange": "_parser_enum_reserved_range",
    "ParserEnumValueDescriptorProto": "_parser_enum_value_descriptor_proto",
    "ParserEnumValueOptions": "_parser_enum_value_options",
    "ParserExtensionRange": "_parser_extension_range",
    "ParserExtensionRangeOptions": "_parser_extension_range_options",
    "ParserFeatureSet": "_parser_feature_set",
    "ParserFeatureSupport": "_parser_feature_support",
    "ParserFieldDescriptorProto": "_parser_field_descriptor_proto",
    "ParserFieldOptions": "_parser_field_options",
    "ParserFileDescriptorProto": "_parser_file_descriptor_proto",
    "ParserFileOptions": "_parser_file_options",
    "ParserLocation": "_parser_location",
    "ParserMessage": "_parser_message",
    "ParserMessageLite": "_parser_message_lite",
    "ParserMessageOptions": "_parser_message_options",
    "ParserMethodDescriptorProto": "_parser_method_descriptor_proto",
    "ParserMethodOptions": "_parser_method_options",
    "ParserNamePart": "_parser_name_part",
    "ParserOneofDescriptorProto": "_parser_oneof_descriptor_proto",
    "ParserOneofOptions": "_parser_oneof_options",
    "ParserReservedRange": "_parser_reserved_range",
    "ParserServiceDescriptorProto": "_parser_service_descriptor_proto",
    "ParserServiceOptions": "_parser_service_options",
    "ParserSourceCodeInfo": "_parser_source_code_info",
    "ParserUninterpretedOption": "_parser_uninterpreted_option",
    "PollData": "_poll_data",
    "PrefillToolCallConfig": "_prefill_tool_call_config",
    "RateLimitConfig": "_rate_limit_config",
    "RateLimitConfigPolicyEnum": "_rate_limit_config_policy_enum",
    "RerunWorkflowRequest": "_rerun_workflow_request",
    "ReservedRange": "_declaration",
    "ReservedRangeOrBuilder": "_declaration",
    "SchemaDef": "_schema_def",
    "SchemaDefTypeEnum": "_schema_def_type_enum",
    "SearchResultTask": "_search_result_task",
    "SearchResultTaskSummary": "_search_result_task_summary",
    "SearchResultWorkflow": "_search_result_workflow",
    "SearchResultWorkflowSchedule": "_search_result_workflow_schedule",
    "SearchResultWorkflowScheduleExecutionModel": "_search_result_workflow_schedule_execution_model",
    "SearchResultWorkflowSummary": "_search_result_workflow_summary",
    "ServiceDescriptor": "_declaration",
    "ServiceDescriptorProto": "_declaration",
    "ServiceDescriptorProtoOrBuilder": "_declaration",
    "ServiceOptions": "_declaration",
    "ServiceOptionsOrBuilder": "_declaration",
    "SignalResponse": "_signal_response",
    "SignalResponseResponseTypeEnum": "_signal_response_response_type_enum",
    "SkipTaskRequest": "_skip_task_request",
    "SourceCodeInfo": "_declaration",
    "SourceCodeInfoOrBuilder": "_declaration",
    "SseEmitter": "_sse_emitter",
    "StartAgent": "_start_agent",
    "StartWorkflow": "_start_workflow",
    "StartWorkflowRequest": "_start_workflow_request",
    "StartWorkflowRequestIdempotencyStrategyEnum": "_start_workflow_request_idempotency_strategy_enum",
    "StateChangeEvent": "_state_change_event",
    "SubWorkflowParam": "_sub_workflow_param",
    "SubWorkflowParams": "_sub_workflow_params",
    "SubWorkflowParamsIdempotencyStrategyEnum": "_sub_workflow_params_idempotency_strategy_enum",
    "Task": "_task",
    "TaskDef": "_task_def",
    "TaskDefRetryLogicEnum": "_task_def_retry_logic_enum",
    "TaskDefTimeoutPolicyEnum": "_task_def_timeout_policy_enum",
    "TaskDetail": "_task_detail",
    "TaskDetails": "_task_details",
    "TaskExecLog": "_task_exec_log",
    "TaskListResponse": "_task_list_response",
    "TaskMock": "_task_mock",
    "TaskMockStatusEnum": "_task_mock_status_enum",
    "TaskModel": "_task_model",
    "TaskModelStatusEnum": "_task_model_status_enum",
    "TaskResult": "_task_result",
    "TaskResultStatusEnum": "_task_result_status_enum",
    "TaskStatusEnum": "_task_status_enum",
    "TaskSummary": "_task_summary",
    "TaskSummaryStatusEnum": "_task_summary_status_enum",
    "TerminateWorkflow": "_terminate_workflow",
    "TerminationConfig": "_termination_config",
    "ThinkingConfig": "_thinking_config",
    "TokenUsage": "_token_usage",
    "ToolConfig": "_tool_config",
    "UninterpretedOption": "_declaration",
    "UninterpretedOptionOrBuilder": "_declaration",
    "UnknownFieldSet": "_unknown_field_set",
    "UpdateWorkflowVariables": "_update_workflow_variables",
    "WorkerRef": "_worker_ref",
    "Workflow": "_workflow",
    "WorkflowDef": "_workflow_def",
    "WorkflowDefSummary": "_workflow_def_summary",
    "WorkflowDefTimeoutPolicyEnum": "_workflow_def_timeout_policy_enum",
    "WorkflowModel": "_workflow_model",
    "WorkflowModelPreviousStatusEnum": "_workflow_model_previous_status_enum",
    "WorkflowModelStatusEnum": "_workflow_model_status_enum",
    "WorkflowNotifications": "_workflow_notifications",
    "WorkflowSchedule": "_workflow_schedule",
    "WorkflowScheduleExecutionModel": "_workflow_schedule_execution_model",
    "WorkflowScheduleExecutionModelStateEnum": "_workflow_schedule_execution_model_state_enum",
    "WorkflowStatus": "_workflow_status",
    "WorkflowStatusEnum": "_workflow_status_enum",
    "WorkflowStatusStatusEnum": "_workflow_status_status_enum",
    "WorkflowSummary": "_workflow_summary",
    "WorkflowSummaryStatusEnum": "_workflow_summary_status_enum",
    "WorkflowTask": "_workflow_task",
    "WorkflowTaskJoinModeEnum": "_workflow_task_join_mode_enum",
    "WorkflowTaskWorkflowTaskTypeEnum": "_workflow_task_workflow_task_type_enum",
    "WorkflowTestRequest": "_workflow_test_request",
    "WorkflowTestRequestIdempotencyStrategyEnum": "_workflow_test_request_idempotency_strategy_enum",
}

__all__ = [
    "A2AAgentCardRequest",
    "A2AAgentCardResult",
    "Action",
    "ActionActionEnum",
    "AgentCapabilities",
    "AgentCard",
    "AgentCardSignature",
    "AgentConfig",
    "AgentConfigStrategyEnum",
    "AgentExecutionDetail",
    "AgentExtension",
    "AgentInterface",
    "AgentProvider",
    "AgentRun",
    "AgentSkill",
    "AgentStartRequest",
    "AgentStartResponse",
    "AgentStatusResponse",
    "AgentSummary",
    "AggregateTokenUsage",
    "AnyModel",
    "BulkResponse",
    "BulkResponseString",
    "BulkResponseWorkflowModel",
    "ByteString",
    "CacheConfig",
    "CallbackConfig",
    "CliConfig",
    "CodeExecutionConfig",
    "CompileResponse",
    "CreateTrackingWorkflowRequest",
    "CreateTrackingWorkflowResponse",
    "CredentialMeta",
    "CronSchedule",
    "CurrentTask",
    "Declaration",
    "DeclarationOrBuilder",
    "Descriptor",
    "DescriptorProto",
    "DescriptorProtoOrBuilder",
    "DescriptorProtoOrBuilderVisibilityEnum",
    "DescriptorProtoVisibilityEnum",
    "EditionDefault",
    "EditionDefaultEditionEnum",
    "EditionDefaultOrBuilder",
    "EditionDefaultOrBuilderEditionEnum",
    "EnumDescriptor",
    "EnumDescriptorProto",
    "EnumDescriptorProtoOrBuilder",
    "EnumDescriptorProtoOrBuilderVisibilityEnum",
    "EnumDescriptorProtoVisibilityEnum",
    "EnumOptions",
    "EnumOptionsOrBuilder",
    "EnumReservedRange",
    "EnumReservedRangeOrBuilder",
    "EnumValueDescriptor",
    "EnumValueDescriptorProto",
    "EnumValueDescriptorProtoOrBuilder",
    "EnumValueOptions",
    "EnumValueOptionsOrBuilder",
    "EnvironmentVariable",
    "EventHandler",
    "ExecutionMetadata",
    "ExtensionRange",
    "ExtensionRangeOptions",
    "ExtensionRangeOptionsOrBuilder",
    "ExtensionRangeOptionsOrBuilderVerificationEnum",
    "ExtensionRangeOptionsVerificationEnum",
    "ExtensionRangeOrBuilder",
    "ExternalStorageLocation",
    "FeatureSet",
    "FeatureSetDefaultSymbolVisibilityEnum",
    "FeatureSetEnforceNamingStyleEnum",
    "FeatureSetEnumTypeEnum",
    "FeatureSetFieldPresenceEnum",
    "FeatureSetJsonFormatEnum",
    "FeatureSetMessageEncodingEnum",
    "FeatureSetOrBuilder",
    "FeatureSetOrBuilderDefaultSymbolVisibilityEnum",
    "FeatureSetOrBuilderEnforceNamingStyleEnum",
    "FeatureSetOrBuilderEnumTypeEnum",
    "FeatureSetOrBuilderFieldPresenceEnum",
    "FeatureSetOrBuilderJsonFormatEnum",
    "FeatureSetOrBuilderMessageEncodingEnum",
    "FeatureSetOrBuilderRepeatedFieldEncodingEnum",
    "FeatureSetOrBuilderUtf8ValidationEnum",
    "FeatureSetRepeatedFieldEncodingEnum",
    "FeatureSetUtf8ValidationEnum",
    "FeatureSupport",
    "FeatureSupportEditionDeprecatedEnum",
    "FeatureSupportEditionIntroducedEnum",
    "FeatureSupportEditionRemovedEnum",
    "FeatureSupportOrBuilder",
    "FeatureSupportOrBuilderEditionDeprecatedEnum",
    "FeatureSupportOrBuilderEditionIntroducedEnum",
    "FeatureSupportOrBuilderEditionRemovedEnum",
    "FieldDescriptor",
    "FieldDescriptorJavaTypeEnum",
    "FieldDescriptorLiteJavaTypeEnum",
    "FieldDescriptorLiteTypeEnum",
    "FieldDescriptorProto",
    "FieldDescriptorProtoLabelEnum",
    "FieldDescriptorProtoOrBuilder",
    "FieldDescriptorProtoOrBuilderLabelEnum",
    "FieldDescriptorProtoOrBuilderTypeEnum",
    "FieldDescriptorProtoTypeEnum",
    "FieldDescriptorTypeEnum",
    "FieldOptions",
    "FieldOptionsCtypeEnum",
    "FieldOptionsJstypeEnum",
    "FieldOptionsOrBuilder",
    "FieldOptionsOrBuilderCtypeEnum",
    "FieldOptionsOrBuilderJstypeEnum",
    "FieldOptionsOrBuilderRetentionEnum",
    "FieldOptionsOrBuilderTargetsListItemEnum",
    "FieldOptionsRetentionEnum",
    "FieldOptionsTargetsListItemEnum",
    "FileDescriptor",
    "FileDescriptorProto",
    "FileDescriptorProtoEditionEnum",
    "FileOptions",
    "FileOptionsOptimizeForEnum",
    "FileOptionsOrBuilder",
    "FileOptionsOrBuilderOptimizeForEnum",
    "GuardrailConfig",
    "HandoffConfig",
    "Health",
    "HealthCheckStatus",
    "InjectTaskRequest",
    "InjectTaskResponse",
    "InspectPlanRequest",
    "InspectResult",
    "JsonNode",
    "Location",
    "LocationOrBuilder",
    "MemoryConfig",
    "Message",
    "MessageLite",
    "MessageOptions",
    "MessageOptionsOrBuilder",
    "MethodDescriptor",
    "MethodDescriptorProto",
    "MethodDescriptorProtoOrBuilder",
    "MethodOptions",
    "MethodOptionsIdempotencyLevelEnum",
    "MethodOptionsOrBuilder",
    "MethodOptionsOrBuilderIdempotencyLevelEnum",
    "NamePart",
    "NamePartOrBuilder",
    "OneofDescriptor",
    "OneofDescriptorProto",
    "OneofDescriptorProtoOrBuilder",
    "OneofOptions",
    "OneofOptionsOrBuilder",
    "OutputTypeConfig",
    "Parser",
    "ParserAny",
    "ParserDeclaration",
    "ParserDescriptorProto",
    "ParserEditionDefault",
    "ParserEnumDescriptorProto",
    "ParserEnumOptions",
    "ParserEnumReservedRange",
    "ParserEnumValueDescriptorProto",
    "ParserEnumValueOptions",
    "ParserExtensionRange",
    "ParserExtensionRangeOptions",
    "ParserFeatureSet",
    "ParserFeatureSupport",
    "ParserFieldDescriptorProto",
    "ParserFieldOptions",
    "ParserFileDescriptorProto",
    "ParserFileOptions",
    "ParserLocation",
    "ParserMessage",
    "ParserMessageLite",
    "ParserMessageOptions",
    "ParserMethodDescriptorProto",
    "ParserMethodOptions",
    "ParserNamePart",
    "ParserOneofDescriptorProto",
    "ParserOneofOptions",
    "ParserReservedRange",
    "ParserServiceDescriptorProto",
    "ParserServiceOptions",
    "ParserSourceCodeInfo",
    "ParserUninterpretedOption",
    "PollData",
    "PrefillToolCallConfig",
    "RateLimitConfig",
    "RateLimitConfigPolicyEnum",
    "RerunWorkflowRequest",
    "ReservedRange",
    "ReservedRangeOrBuilder",
    "SchemaDef",
    "SchemaDefTypeEnum",
    "SearchResultTask",
    "SearchResultTaskSummary",
    "SearchResultWorkflow",
    "SearchResultWorkflowSchedule",
    "SearchResultWorkflowScheduleExecutionModel",
    "SearchResultWorkflowSummary",
    "ServiceDescriptor",
    "ServiceDescriptorProto",
    "ServiceDescriptorProtoOrBuilder",
    "ServiceOptions",
    "ServiceOptionsOrBuilder",
    "SignalResponse",
    "SignalResponseResponseTypeEnum",
    "SkipTaskRequest",
    "SourceCodeInfo",
    "SourceCodeInfoOrBuilder",
    "SseEmitter",
    "StartAgent",
    "StartWorkflow",
    "StartWorkflowRequest",
    "StartWorkflowRequestIdempotencyStrategyEnum",
    "StateChangeEvent",
    "SubWorkflowParam",
    "SubWorkflowParams",
    "SubWorkflowParamsIdempotencyStrategyEnum",
    "Task",
    "TaskDef",
    "TaskDefRetryLogicEnum",
    "TaskDefTimeoutPolicyEnum",
    "TaskDetail",
    "TaskDetails",
    "TaskExecLog",
    "TaskListResponse",
    "TaskMock",
    "TaskMockStatusEnum",
    "TaskModel",
    "TaskModelStatusEnum",
    "TaskResult",
    "TaskResultStatusEnum",
    "TaskStatusEnum",
    "TaskSummary",
    "TaskSummaryStatusEnum",
    "TerminateWorkflow",
    "TerminationConfig",
    "ThinkingConfig",
    "TokenUsage",
    "ToolConfig",
    "UninterpretedOption",
    "UninterpretedOptionOrBuilder",
    "UnknownFieldSet",
    "UpdateWorkflowVariables",
    "WorkerRef",
    "Workflow",
    "WorkflowDef",
    "WorkflowDefSummary",
    "WorkflowDefTimeoutPolicyEnum",
    "WorkflowModel",
    "WorkflowModelPreviousStatusEnum",
    "WorkflowModelStatusEnum",
    "WorkflowNotifications",
    "WorkflowSchedule",
    "WorkflowScheduleExecutionModel",
    "WorkflowScheduleExecutionModelStateEnum",
    "WorkflowStatus",
    "WorkflowStatusEnum",
    "WorkflowStatusStatusEnum",
    "WorkflowSummary",
    "WorkflowSummaryStatusEnum",
    "WorkflowTask",
    "WorkflowTaskJoinModeEnum",
    "WorkflowTaskWorkflowTaskTypeEnum",
    "WorkflowTestRequest",
    "WorkflowTestRequestIdempotencyStrategyEnum",
]

if TYPE_CHECKING:
    from typing import Any

    from ._a2_a_agent_card_request import A2AAgentCardRequest
    from ._a2_a_agent_card_result import A2AAgentCardResult
    from ._action import Action
    from ._action_action_enum import ActionActionEnum
    from ._agent_capabilities import AgentCapabilities
    from ._agent_card import AgentCard
    from ._agent_card_signature import AgentCardSignature
    from ._agent_config import AgentConfig
    from ._agent_config_strategy_enum import AgentConfigStrategyEnum
    from ._agent_execution_detail import AgentExecutionDetail
    from ._agent_extension import AgentExtension
    from ._agent_interface import AgentInterface
    from ._agent_provider import AgentProvider
    from ._agent_run import AgentRun
    from ._agent_skill import AgentSkill
    from ._agent_start_request import AgentStartRequest
    from ._agent_start_response import AgentStartResponse
    from ._agent_status_response import AgentStatusResponse
    from ._agent_summary import AgentSummary
    from ._aggregate_token_usage import AggregateTokenUsage
    from ._any_model import AnyModel
    from ._bulk_response import BulkResponse
    from ._bulk_response_string import BulkResponseString
    from ._bulk_response_workflow_model import BulkResponseWorkflowModel
    from ._byte_string import ByteString
    from ._cache_config import CacheConfig
    from ._callback_config import CallbackConfig
    from ._cli_config import CliConfig
    from ._code_execution_config import CodeExecutionConfig
    from ._compile_response import CompileResponse
    from ._create_tracking_workflow_request import CreateTrackingWorkflowRequest
    from ._create_tracking_workflow_response import CreateTrackingWorkflowResponse
    from ._credential_meta import CredentialMeta
    from ._cron_schedule import CronSchedule
    from ._current_task import CurrentTask
    from ._declaration import Declaration
    from ._declaration import DeclarationOrBuilder
    from ._declaration import Descriptor
    from ._declaration import DescriptorProto
    from ._declaration import DescriptorProtoOrBuilder
    from ._descriptor_proto_or_builder_visibility_enum import DescriptorProtoOrBuilderVisibilityEnum
    from ._descriptor_proto_visibility_enum import DescriptorProtoVisibilityEnum
    from ._declaration import EditionDefault
    from ._edition_default_edition_enum import EditionDefaultEditionEnum
    from ._declaration import EditionDefaultOrBuilder
    from ._edition_default_or_builder_edition_enum import EditionDefaultOrBuilderEditionEnum
    from ._declaration import EnumDescriptor
    from ._declaration import EnumDescriptorProto
    from ._declaration import EnumDescriptorProtoOrBuilder
    from ._enum_descriptor_proto_or_builder_visibility_enum import EnumDescriptorProtoOrBuilderVisibilityEnum
    from ._enum_descriptor_proto_visibility_enum import EnumDescriptorProtoVisibilityEnum
    from ._declaration import EnumOptions
    from ._declaration import EnumOptionsOrBuilder
    from ._declaration import EnumReservedRange
    from ._declaration import EnumReservedRangeOrBuilder
    from ._declaration import EnumValueDescriptor
    from ._declaration import EnumValueDescriptorProto
    from ._declaration import EnumValueDescriptorProtoOrBuilder
    from ._declaration import EnumValueOptions
    from ._declaration import EnumValueOptionsOrBuilder
    from ._environment_variable import EnvironmentVariable
    from ._event_handler import EventHandler
    from ._execution_metadata import ExecutionMetadata
    from ._declaration import ExtensionRange
    from ._declaration import ExtensionRangeOptions
    from ._declaration import ExtensionRangeOptionsOrBuilder
    from ._extension_range_options_or_builder_verification_enum import ExtensionRangeOptionsOrBuilderVerificationEnum
    from ._extension_range_options_verification_enum import ExtensionRangeOptionsVerificationEnum
    from ._declaration import ExtensionRangeOrBuilder
    from ._external_storage_location import ExternalStorageLocation
    from ._declaration import FeatureSet
    from ._feature_set_default_symbol_visibility_enum import FeatureSetDefaultSymbolVisibilityEnum
    from ._feature_set_enforce_naming_style_enum import FeatureSetEnforceNamingStyleEnum
    from ._feature_set_enum_type_enum import FeatureSetEnumTypeEnum
    from ._feature_set_field_presence_enum import FeatureSetFieldPresenceEnum
    from ._feature_set_json_format_enum import FeatureSetJsonFormatEnum
    from ._feature_set_message_encoding_enum import FeatureSetMessageEncodingEnum
    from ._declaration import FeatureSetOrBuilder
    from ._feature_set_or_builder_default_symbol_visibility_enum import FeatureSetOrBuilderDefaultSymbolVisibilityEnum
    from ._feature_set_or_builder_enforce_naming_style_enum import FeatureSetOrBuilderEnforceNamingStyleEnum
    from ._feature_set_or_builder_enum_type_enum import FeatureSetOrBuilderEnumTypeEnum
    from ._feature_set_or_builder_field_presence_enum import FeatureSetOrBuilderFieldPresenceEnum
    from ._feature_set_or_builder_json_format_enum import FeatureSetOrBuilderJsonFormatEnum
    from ._feature_set_or_builder_message_encoding_enum import FeatureSetOrBuilderMessageEncodingEnum
    from ._feature_set_or_builder_repeated_field_encoding_enum import FeatureSetOrBuilderRepeatedFieldEncodingEnum
    from ._feature_set_or_builder_utf8_validation_enum import FeatureSetOrBuilderUtf8ValidationEnum
    from ._feature_set_repeated_field_encoding_enum import FeatureSetRepeatedFieldEncodingEnum
    from ._feature_set_utf8_validation_enum import FeatureSetUtf8ValidationEnum
    from ._declaration import FeatureSupport
    from ._feature_support_edition_deprecated_enum import FeatureSupportEditionDeprecatedEnum
    from ._feature_support_edition_introduced_enum import FeatureSupportEditionIntroducedEnum
    from ._feature_support_edition_removed_enum import FeatureSupportEditionRemovedEnum
    from ._declaration import FeatureSupportOrBuilder
    from ._feature_support_or_builder_edition_deprecated_enum import FeatureSupportOrBuilderEditionDeprecatedEnum
    from ._feature_support_or_builder_edition_introduced_enum import FeatureSupportOrBuilderEditionIntroducedEnum
    from ._feature_support_or_builder_edition_removed_enum import FeatureSupportOrBuilderEditionRemovedEnum
    from ._declaration import FieldDescriptor
    from ._field_descriptor_java_type_enum import FieldDescriptorJavaTypeEnum
    from ._field_descriptor_lite_java_type_enum import FieldDescriptorLiteJavaTypeEnum
    from ._field_descriptor_lite_type_enum import FieldDescriptorLiteTypeEnum
    from ._declaration import FieldDescriptorProto
    from ._field_descriptor_proto_label_enum import FieldDescriptorProtoLabelEnum
    from ._declaration import FieldDescriptorProtoOrBuilder
    from ._field_descriptor_proto_or_builder_label_enum import FieldDescriptorProtoOrBuilderLabelEnum
    from ._field_descriptor_proto_or_builder_type_enum import FieldDescriptorProtoOrBuilderTypeEnum
    from ._field_descriptor_proto_type_enum import FieldDescriptorProtoTypeEnum
    from ._field_descriptor_type_enum import FieldDescriptorTypeEnum
    from ._declaration import FieldOptions
    from ._field_options_ctype_enum import FieldOptionsCtypeEnum
    from ._field_options_jstype_enum import FieldOptionsJstypeEnum
    from ._declaration import FieldOptionsOrBuilder
    from ._field_options_or_builder_ctype_enum import FieldOptionsOrBuilderCtypeEnum
    from ._field_options_or_builder_jstype_enum import FieldOptionsOrBuilderJstypeEnum
    from ._field_options_or_builder_retention_enum import FieldOptionsOrBuilderRetentionEnum
    from ._field_options_or_builder_targets_list_item_enum import FieldOptionsOrBuilderTargetsListItemEnum
    from ._field_options_retention_enum import FieldOptionsRetentionEnum
    from ._field_options_targets_list_item_enum import FieldOptionsTargetsListItemEnum
    from ._declaration import FileDescriptor
    from ._declaration import FileDescriptorProto
    from ._file_descriptor_proto_edition_enum import FileDescriptorProtoEditionEnum
    from ._declaration import FileOptions
    from ._file_options_optimize_for_enum import FileOptionsOptimizeForEnum
    from ._declaration import FileOptionsOrBuilder
    from ._file_options_or_builder_optimize_for_enum import FileOptionsOrBuilderOptimizeForEnum
    from ._guardrail_config import GuardrailConfig
    from ._handoff_config import HandoffConfig
    from ._health import Health
    from ._health_check_status import HealthCheckStatus
    from ._inject_task_request import InjectTaskRequest
    from ._inject_task_response import InjectTaskResponse
    from ._inspect_plan_request import InspectPlanRequest
    from ._inspect_result import InspectResult
    from ._json_node import JsonNode
    from ._declaration import Location
    from ._declaration import LocationOrBuilder
    from ._memory_config import MemoryConfig
    from ._declaration import Message
    from ._message_lite import MessageLite
    from ._declaration import MessageOptions
    from ._declaration import MessageOptionsOrBuilder
    from ._declaration import MethodDescriptor
    from ._declaration import MethodDescriptorProto
    from ._declaration import MethodDescriptorProtoOrBuilder
    from ._declaration import MethodOptions
    from ._method_options_idempotency_level_enum import MethodOptionsIdempotencyLevelEnum
    from ._declaration import MethodOptionsOrBuilder
    from ._method_options_or_builder_idempotency_level_enum import MethodOptionsOrBuilderIdempotencyLevelEnum
    from ._declaration import NamePart
    from ._declaration import NamePartOrBuilder
    from ._declaration import OneofDescriptor
    from ._declaration import OneofDescriptorProto
    from ._declaration import OneofDescriptorProtoOrBuilder
    from ._declaration import OneofOptions
    from ._declaration import OneofOptionsOrBuilder
    from ._output_type_config import OutputTypeConfig
    from ._parser import Parser
    from ._parser_any import ParserAny
    from ._parser_declaration import ParserDeclaration
    from ._parser_descriptor_proto import ParserDescriptorProto
    from ._parser_edition_default import ParserEditionDefault
    from ._parser_enum_descriptor_proto import ParserEnumDescriptorProto
    from ._parser_enum_options import ParserEnumOptions
    from ._parser_enum_reserved_range import ParserEnumReservedRange
    from ._parser_enum_value_descriptor_proto import ParserEnumValueDescriptorProto
    from ._parser_enum_value_options import ParserEnumValueOptions
    from ._parser_extension_range import ParserExtensionRange
    from ._parser_extension_range_options import ParserExtensionRangeOptions
    from ._parser_feature_set import ParserFeatureSet
    from ._parser_feature_support import ParserFeatureSupport
    from ._parser_field_descriptor_proto import ParserFieldDescriptorProto
    from ._parser_field_options import ParserFieldOptions
    from ._parser_file_descriptor_proto import ParserFileDescriptorProto
    from ._parser_file_options import ParserFileOptions
    from ._parser_location import ParserLocation
    from ._parser_message import ParserMessage
    from ._parser_message_lite import ParserMessageLite
    from ._parser_message_options import ParserMessageOptions
    from ._parser_method_descriptor_proto import ParserMethodDescriptorProto
    from ._parser_method_options import ParserMethodOptions
    from ._parser_name_part import ParserNamePart
    from ._parser_oneof_descriptor_proto import ParserOneofDescriptorProto
    from ._parser_oneof_options import ParserOneofOptions
    from ._parser_reserved_range import ParserReservedRange
    from ._parser_service_descriptor_proto import ParserServiceDescriptorProto
    from ._parser_service_options import ParserServiceOptions
    from ._parser_source_code_info import ParserSourceCodeInfo
    from ._parser_uninterpreted_option import ParserUninterpretedOption
    from ._poll_data import PollData
    from ._prefill_tool_call_config import PrefillToolCallConfig
    from ._rate_limit_config import RateLimitConfig
    from ._rate_limit_config_policy_enum import RateLimitConfigPolicyEnum
    from ._rerun_workflow_request import RerunWorkflowRequest
    from ._declaration import ReservedRange
    from ._declaration import ReservedRangeOrBuilder
    from ._schema_def import SchemaDef
    from ._schema_def_type_enum import SchemaDefTypeEnum
    from ._search_result_task import SearchResultTask
    from ._search_result_task_summary import SearchResultTaskSummary
    from ._search_result_workflow import SearchResultWorkflow
    from ._search_result_workflow_schedule import SearchResultWorkflowSchedule
    from ._search_result_workflow_schedule_execution_model import SearchResultWorkflowScheduleExecutionModel
    from ._search_result_workflow_summary import SearchResultWorkflowSummary
    from ._declaration import ServiceDescriptor
    from ._declaration import ServiceDescriptorProto
    from ._declaration import ServiceDescriptorProtoOrBuilder
    from ._declaration import ServiceOptions
    from ._declaration import ServiceOptionsOrBuilder
    from ._signal_response import SignalResponse
    from ._signal_response_response_type_enum import SignalResponseResponseTypeEnum
    from ._skip_task_request import SkipTaskRequest
    from ._declaration import SourceCodeInfo
    from ._declaration import SourceCodeInfoOrBuilder
    from ._sse_emitter import SseEmitter
    from ._start_agent import StartAgent
    from ._start_workflow import StartWorkflow
    from ._start_workflow_request import StartWorkflowRequest
    from ._start_workflow_request_idempotency_strategy_enum import StartWorkflowRequestIdempotencyStrategyEnum
    from ._state_change_event import StateChangeEvent
    from ._sub_workflow_param import SubWorkflowParam
    from ._sub_workflow_params import SubWorkflowParams
    from ._sub_workflow_params_idempotency_strategy_enum import SubWorkflowParamsIdempotencyStrategyEnum
    from ._task import Task
    from ._task_def import TaskDef
    from ._task_def_retry_logic_enum import TaskDefRetryLogicEnum
    from ._task_def_timeout_policy_enum import TaskDefTimeoutPolicyEnum
    from ._task_detail import TaskDetail
    from ._task_details import TaskDetails
    from ._task_exec_log import TaskExecLog
    from ._task_list_response import TaskListResponse
    from ._task_mock import TaskMock
    from ._task_mock_status_enum import TaskMockStatusEnum
    from ._task_model import TaskModel
    from ._task_model_status_enum import TaskModelStatusEnum
    from ._task_result import TaskResult
    from ._task_result_status_enum import TaskResultStatusEnum
    from ._task_status_enum import TaskStatusEnum
    from ._task_summary import TaskSummary
    from ._task_summary_status_enum import TaskSummaryStatusEnum
    from ._terminate_workflow import TerminateWorkflow
    from ._termination_config import TerminationConfig
    from ._thinking_config import ThinkingConfig
    from ._token_usage import TokenUsage
    from ._tool_config import ToolConfig
    from ._declaration import UninterpretedOption
    from ._declaration import UninterpretedOptionOrBuilder
    from ._unknown_field_set import UnknownFieldSet
    from ._update_workflow_variables import UpdateWorkflowVariables
    from ._worker_ref import WorkerRef
    from ._workflow import Workflow
    from ._workflow_def import WorkflowDef
    from ._workflow_def_summary import WorkflowDefSummary
    from ._workflow_def_timeout_policy_enum import WorkflowDefTimeoutPolicyEnum
    from ._workflow_model import WorkflowModel
    from ._workflow_model_previous_status_enum import WorkflowModelPreviousStatusEnum
    from ._workflow_model_status_enum import WorkflowModelStatusEnum
    from ._workflow_notifications import WorkflowNotifications
    from ._workflow_schedule import WorkflowSchedule
    from ._workflow_schedule_execution_model import WorkflowScheduleExecutionModel
    from ._workflow_schedule_execution_model_state_enum import WorkflowScheduleExecutionModelStateEnum
    from ._workflow_status import WorkflowStatus
    from ._workflow_status_enum import WorkflowStatusEnum
    from ._workflow_status_status_enum import WorkflowStatusStatusEnum
    from ._workflow_summary import WorkflowSummary
    from ._workflow_summary_status_enum import WorkflowSummaryStatusEnum
    from ._workflow_task import WorkflowTask
    from ._workflow_task_join_mode_enum import WorkflowTaskJoinModeEnum
    from ._workflow_task_workflow_task_type_enum import WorkflowTaskWorkflowTaskTypeEnum
    from ._workflow_test_request import WorkflowTestRequest
    from ._workflow_test_request_idempotency_strategy_enum import WorkflowTestRequestIdempotencyStrategyEnum


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
