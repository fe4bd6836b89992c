from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._agent_config_strategy_enum import AgentConfigStrategyEnum
from ._callback_config import CallbackConfig
from ._cli_config import CliConfig
from ._code_execution_config import CodeExecutionConfig
from ._guardrail_config import GuardrailConfig
from ._handoff_config import HandoffConfig
from ._memory_config import MemoryConfig
from ._output_type_config import OutputTypeConfig
from ._prefill_tool_call_config import PrefillToolCallConfig
from ._termination_config import TerminationConfig
from ._thinking_config import ThinkingConfig
from ._tool_config import ToolConfig
from ._worker_ref import WorkerRef


class AgentConfig(ConductorModel):
    agents: Optional[list["AgentConfig"]] = Field(default=None, validation_alias="agents", serialization_alias="agents")
    allowed_transitions: Optional[dict[str, list[str]]] = Field(
        default=None, validation_alias="allowedTransitions", serialization_alias="allowedTransitions"
    )
    base_url: Optional[str] = Field(default=None, validation_alias="baseUrl", serialization_alias="baseUrl")
    callbacks: Optional[list[CallbackConfig]] = Field(
        default=None, validation_alias="callbacks", serialization_alias="callbacks"
    )
    cli_config: Optional[CliConfig] = Field(default=None, validation_alias="cliConfig", serialization_alias="cliConfig")
    code_execution: Optional[CodeExecutionConfig] = Field(
        default=None, validation_alias="codeExecution", serialization_alias="codeExecution"
    )
    context_window_budget: Optional[int] = Field(
        default=None, validation_alias="contextWindowBudget", serialization_alias="contextWindowBudget"
    )
    credentials: Optional[list[str]] = Field(
        default=None, validation_alias="credentials", serialization_alias="credentials"
    )
    description: Optional[str] = Field(default=None, validation_alias="description", serialization_alias="description")
    enable_planning: Optional[bool] = Field(
        default=None, validation_alias="enablePlanning", serialization_alias="enablePlanning"
    )
    external: Optional[bool] = Field(default=None, validation_alias="external", serialization_alias="external")
    fallback: Optional["AgentConfig"] = Field(default=None, validation_alias="fallback", serialization_alias="fallback")
    fallback_max_turns: Optional[int] = Field(
        default=None, validation_alias="fallbackMaxTurns", serialization_alias="fallbackMaxTurns"
    )
    gate: Optional[dict[str, Any]] = Field(default=None, validation_alias="gate", serialization_alias="gate")
    guardrails: Optional[list[GuardrailConfig]] = Field(
        default=None, validation_alias="guardrails", serialization_alias="guardrails"
    )
    handoffs: Optional[list[HandoffConfig]] = Field(
        default=None, validation_alias="handoffs", serialization_alias="handoffs"
    )
    include_contents: Optional[str] = Field(
        default=None, validation_alias="includeContents", serialization_alias="includeContents"
    )
    instructions: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="instructions", serialization_alias="instructions"
    )
    introduction: Optional[str] = Field(
        default=None, validation_alias="introduction", serialization_alias="introduction"
    )
    masked_fields: Optional[list[str]] = Field(
        default=None, validation_alias="maskedFields", serialization_alias="maskedFields"
    )
    max_tokens: Optional[int] = Field(default=None, validation_alias="maxTokens", serialization_alias="maxTokens")
    max_turns: Optional[int] = Field(default=None, validation_alias="maxTurns", serialization_alias="maxTurns")
    memory: Optional[MemoryConfig] = Field(default=None, validation_alias="memory", serialization_alias="memory")
    metadata: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="metadata", serialization_alias="metadata"
    )
    model: Optional[str] = Field(default=None, validation_alias="model", serialization_alias="model")
    name: Optional[str] = Field(default=None, validation_alias="name", serialization_alias="name")
    output_type: Optional[OutputTypeConfig] = Field(
        default=None, validation_alias="outputType", serialization_alias="outputType"
    )
    plan_source: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="planSource", serialization_alias="planSource"
    )
    planner: Optional["AgentConfig"] = Field(default=None, validation_alias="planner", serialization_alias="planner")
    planner_context: Optional[list[dict[str, Any]]] = Field(
        default=None, validation_alias="plannerContext", serialization_alias="plannerContext"
    )
    prefill_tools: Optional[list[PrefillToolCallConfig]] = Field(
        default=None, validation_alias="prefillTools", serialization_alias="prefillTools"
    )
    reasoning_effort: Optional[str] = Field(
        default=None, validation_alias="reasoningEffort", serialization_alias="reasoningEffort"
    )
    required_tools: Optional[list[str]] = Field(
        default=None, validation_alias="requiredTools", serialization_alias="requiredTools"
    )
    router: Optional[dict[str, Any]] = Field(default=None, validation_alias="router", serialization_alias="router")
    stop_when: Optional[WorkerRef] = Field(default=None, validation_alias="stopWhen", serialization_alias="stopWhen")
    strategy: Optional[AgentConfigStrategyEnum] = Field(
        default=None, validation_alias="strategy", serialization_alias="strategy"
    )
    synthesize: Optional[bool] = Field(default=None, validation_alias="synthesize", serialization_alias="synthesize")
    temperature: Optional[float] = Field(
        default=None, validation_alias="temperature", serialization_alias="temperature"
    )
    termination: Optional[TerminationConfig] = Field(
        default=None, validation_alias="termination", serialization_alias="termination"
    )
    thinking_config: Optional[ThinkingConfig] = Field(
        default=None, validation_alias="thinkingConfig", serialization_alias="thinkingConfig"
    )
    timeout_seconds: Optional[int] = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    tools: Optional[list[ToolConfig]] = Field(default=None, validation_alias="tools", serialization_alias="tools")
