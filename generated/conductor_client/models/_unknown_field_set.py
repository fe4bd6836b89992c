from typing import Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._parser import Parser


class UnknownFieldSet(ConductorModel):
    default_instance_for_type: Optional["UnknownFieldSet"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    empty: Optional[bool] = None
    initialized: Optional[bool] = None
    parser_for_type: Optional[Parser] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    serialized_size_as_message_set: Optional[int] = Field(
        default=None, validation_alias="serializedSizeAsMessageSet", serialization_alias="serializedSizeAsMessageSet"
    )
