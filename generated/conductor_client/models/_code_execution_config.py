from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CodeExecutionConfig(ConductorModel):
    allowed_commands: list[str] | None = Field(None, alias="allowedCommands")
    allowed_languages: list[str] | None = Field(None, alias="allowedLanguages")
    enabled: bool | None = Field(None, alias="enabled")
    timeout: int | None = Field(None, alias="timeout")
