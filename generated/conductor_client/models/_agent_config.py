from typing import Any, Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

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
    agents: Optional[list["AgentConfig"]] = None
    allowed_transitions: Optional[dict[str, list[str]]] = Field(
        default=None, validation_alias="allowedTransitions", serialization_alias="allowedTransitions"
    )
    base_url: Optional[str] = Field(default=None, validation_alias="baseUrl", serialization_alias="baseUrl")
    callbacks: Optional[list[CallbackConfig]] = None
    cli_config: Optional[CliConfig] = Field(default=None, validation_alias="cliConfig", serialization_alias="cliConfig")
    code_execution: Optional[CodeExecutionConfig] = Field(
        default=None, validation_alias="codeExecution", serialization_alias="codeExecution"
    )
    context_window_budget: Optional[int] = Field(
        default=None, validation_alias="contextWindowBudget", serialization_alias="contextWindowBudget"
    )
    credentials: Optional[list[str]] = None
    description: Optional[str] = None
    enable_planning: Optional[bool] = Field(
        default=None, validation_alias="enablePlanning", serialization_alias="enablePlanning"
    )
    external: Optional[bool] = None
    fallback: Optional["AgentConfig"] = None
    fallback_max_turns: Optional[int] = Field(
        default=None, validation_alias="fallbackMaxTurns", serialization_alias="fallbackMaxTurns"
    )
    gate: Optional[dict[str, Any]] = None
    guardrails: Optional[list[GuardrailConfig]] = None
    handoffs: Optional[list[HandoffConfig]] = None
    include_contents: Optional[str] = Field(
        default=None, validation_alias="includeContents", serialization_alias="includeContents"
    )
    instructions: Optional[dict[str, Any]] = None
    introduction: Optional[str] = None
    masked_fields: Optional[list[str]] = Field(
        default=None, validation_alias="maskedFields", serialization_alias="maskedFields"
    )
    max_tokens: Optional[int] = Field(default=None, validation_alias="maxTokens", serialization_alias="maxTokens")
    max_turns: Optional[int] = Field(default=None, validation_alias="maxTurns", serialization_alias="maxTurns")
    memory: Optional[MemoryConfig] = None
    metadata: Optional[dict[str, Any]] = None
    model: Optional[str] = None
    name: Optional[str] = None
    output_type: Optional[OutputTypeConfig] = Field(
        default=None, validation_alias="outputType", serialization_alias="outputType"
    )
    plan_source: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="planSource", serialization_alias="planSource"
    )
    planner: Optional["AgentConfig"] = None
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
    router: Optional[dict[str, Any]] = None
    stop_when: Optional[WorkerRef] = Field(default=None, validation_alias="stopWhen", serialization_alias="stopWhen")
    strategy: Optional[AgentConfigStrategyEnum] = None
    synthesize: Optional[bool] = None
    temperature: Optional[float] = None
    termination: Optional[TerminationConfig] = None
    thinking_config: Optional[ThinkingConfig] = Field(
        default=None, validation_alias="thinkingConfig", serialization_alias="thinkingConfig"
    )
    timeout_seconds: Optional[int] = Field(
        default=None, validation_alias="timeoutSeconds", serialization_alias="timeoutSeconds"
    )
    tools: Optional[list[ToolConfig]] = None
