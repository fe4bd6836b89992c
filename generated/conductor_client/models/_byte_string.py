from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class ByteString(ConductorModel):
    empty: bool | None = None
    valid_utf8: bool | None = Field(default=None, validation_alias="validUtf8", serialization_alias="validUtf8")
