from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CredentialMeta(ConductorModel):
    created_at: str | None = Field(default=None, validation_alias="created_at", serialization_alias="created_at")
    name: str | None = Field(default=None, validation_alias="name", serialization_alias="name")
    partial: str | None = Field(default=None, validation_alias="partial", serialization_alias="partial")
    updated_at: str | None = Field(default=None, validation_alias="updated_at", serialization_alias="updated_at")
