from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class A2AAgentCardRequest(ConductorModel):
    agent_type: str | None = Field(default=None, validation_alias="agentType", serialization_alias="agentType")
    agent_url: str | None = Field(default=None, validation_alias="agentUrl", serialization_alias="agentUrl")
    allow_raw_prompts: bool | None = Field(
        default=None, validation_alias="allowRawPrompts", serialization_alias="allowRawPrompts"
    )
    frequency_penalty: float | None = Field(
        default=None, validation_alias="frequencyPenalty", serialization_alias="frequencyPenalty"
    )
    headers: dict[str, str] | None = None
    integration_name: str | None = Field(
        default=None, validation_alias="integrationName", serialization_alias="integrationName"
    )
    integration_names: dict[str, str] | None = Field(
        default=None, validation_alias="integrationNames", serialization_alias="integrationNames"
    )
    llm_provider: str | None = Field(default=None, validation_alias="llmProvider", serialization_alias="llmProvider")
    max_results: int | None = Field(default=None, validation_alias="maxResults", serialization_alias="maxResults")
    max_tokens: int | None = Field(default=None, validation_alias="maxTokens", serialization_alias="maxTokens")
    model: str | None = None
    presence_penalty: float | None = Field(
        default=None, validation_alias="presencePenalty", serialization_alias="presencePenalty"
    )
    prompt: str | None = None
    prompt_variables: dict[str, Any] | None = Field(
        default=None, validation_alias="promptVariables", serialization_alias="promptVariables"
    )
    prompt_version: int | None = Field(
        default=None, validation_alias="promptVersion", serialization_alias="promptVersion"
    )
    stop_words: list[str] | None = Field(default=None, validation_alias="stopWords", serialization_alias="stopWords")
    temperature: float | None = None
    top_k: int | None = Field(default=None, validation_alias="topK", serialization_alias="topK")
    top_p: float | None = Field(default=None, validation_alias="topP", serialization_alias="topP")
