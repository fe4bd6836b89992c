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
