from typing import Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._parser_message_lite import ParserMessageLite


class MessageLite(ConductorModel):
    default_instance_for_type: Optional["MessageLite"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    initialized: Optional[bool] = None
    parser_for_type: Optional[ParserMessageLite] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
