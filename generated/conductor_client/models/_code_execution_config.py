from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CodeExecutionConfig(ConductorModel):
    allowed_commands: list[str] | None = Field(
        default=None, validation_alias="allowedCommands", serialization_alias="allowedCommands"
    )
    allowed_languages: list[str] | None = Field(
        default=None, validation_alias="allowedLanguages", serialization_alias="allowedLanguages"
    )
    enabled: bool | None = Field(default=None, validation_alias="enabled", serialization_alias="enabled")
    timeout: int | None = Field(default=None, validation_alias="timeout", serialization_alias="timeout")
