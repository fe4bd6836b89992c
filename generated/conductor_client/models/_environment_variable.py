from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class EnvironmentVariable(ConductorModel):
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    value: str | None = Field(default=None, validation_alias="value", serialization_alias="value")
