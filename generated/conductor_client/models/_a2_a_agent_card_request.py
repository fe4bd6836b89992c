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
