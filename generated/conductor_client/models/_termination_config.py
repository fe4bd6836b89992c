from typing import Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field


class TerminationConfig(ConductorModel):
    case_sensitive: Optional[bool] = Field(
        default=None, validation_alias="caseSensitive", serialization_alias="caseSensitive"
    )
    conditions: Optional[list["TerminationConfig"]] = None
    max_completion_tokens: Optional[int] = Field(
        default=None, validation_alias="maxCompletionTokens", serialization_alias="maxCompletionTokens"
    )
    max_messages: Optional[int] = Field(default=None, validation_alias="maxMessages", serialization_alias="maxMessages")
    max_prompt_tokens: Optional[int] = Field(
        default=None, validation_alias="maxPromptTokens", serialization_alias="maxPromptTokens"
    )
    max_total_tokens: Optional[int] = Field(
        default=None, validation_alias="maxTotalTokens", serialization_alias="maxTotalTokens"
    )
    stop_message: Optional[str] = Field(default=None, validation_alias="stopMessage", serialization_alias="stopMessage")
    text: Optional[str] = None
    type: Optional[str] = None
