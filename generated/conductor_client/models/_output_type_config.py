from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class OutputTypeConfig(ConductorModel):
    class_name: str | None = Field(default=None, validation_alias="className", serialization_alias="className")
    schema_: dict[str, Any] | None = Field(default=None, validation_alias="schema", serialization_alias="schema")
