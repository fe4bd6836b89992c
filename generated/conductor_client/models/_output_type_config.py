from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class OutputTypeConfig(ConductorModel):
    class_name: str | None = Field(default=None, validation_alias="className", serialization_alias="className")
    schema_: dict[str, Any] | None = Field(default=None, validation_alias="schema", serialization_alias="schema")
