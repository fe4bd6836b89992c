from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CredentialMeta(ConductorModel):
    created_at: str | None = Field(None, alias="created_at")
    name: str | None = Field(None, alias="name")
    partial: str | None = Field(None, alias="partial")
    updated_at: str | None = Field(None, alias="updated_at")
