from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CliConfig(ConductorModel):
    allow_shell: bool | None = Field(None, alias="allowShell")
    allowed_commands: list[str] | None = Field(None, alias="allowedCommands")
    enabled: bool | None = Field(None, alias="enabled")
    timeout: int | None = Field(None, alias="timeout")
