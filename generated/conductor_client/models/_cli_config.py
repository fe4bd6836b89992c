from conductor_client.models._base import ConductorModel
from pydantic import Field


class CliConfig(ConductorModel):
    allow_shell: bool | None = Field(default=None, validation_alias="allowShell", serialization_alias="allowShell")
    allowed_commands: list[str] | None = Field(
        default=None, validation_alias="allowedCommands", serialization_alias="allowedCommands"
    )
    enabled: bool | None = None
    timeout: int | None = None
