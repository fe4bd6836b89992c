from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


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
