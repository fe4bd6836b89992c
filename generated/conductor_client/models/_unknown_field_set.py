from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._parser import Parser


class UnknownFieldSet(ConductorModel):
    default_instance_for_type: Optional["UnknownFieldSet"] = Field(None, alias="defaultInstanceForType")
    empty: Optional[bool] = Field(None, alias="empty")
    initialized: Optional[bool] = Field(None, alias="initialized")
    parser_for_type: Optional[Parser] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    serialized_size_as_message_set: Optional[int] = Field(None, alias="serializedSizeAsMessageSet")
