from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class ExternalStorageLocation(ConductorModel):
    path: str | None = Field(default=None, validation_alias="path", serialization_alias="path")
    uri: str | None = Field(default=None, validation_alias="uri", serialization_alias="uri")
