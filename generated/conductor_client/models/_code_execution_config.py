from conductor_client.models._base import ConductorModel
from pydantic import Field


class CodeExecutionConfig(ConductorModel):
    allowed_commands: list[str] | None = Field(
        default=None, validation_alias="allowedCommands", serialization_alias="allowedCommands"
    )
    allowed_languages: list[str] | None = Field(
        default=None, validation_alias="allowedLanguages", serialization_alias="allowedLanguages"
    )
    enabled: bool | None = None
    timeout: int | None = None
