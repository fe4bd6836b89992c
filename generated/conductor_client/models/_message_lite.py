from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._parser_message_lite import ParserMessageLite


class MessageLite(ConductorModel):
    default_instance_for_type: Optional["MessageLite"] = Field(None, alias="defaultInstanceForType")
    initialized: Optional[bool] = Field(None, alias="initialized")
    parser_for_type: Optional[ParserMessageLite] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
