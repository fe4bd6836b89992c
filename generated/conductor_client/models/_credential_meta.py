from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class CredentialMeta(ConductorModel):
    created_at: str | None = None
    name: str | None = None
    partial: str | None = None
    updated_at: str | None = None
