from typing import Any, Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._byte_string import ByteString
from ._declaration import Descriptor
from ._parser_any import ParserAny
from ._unknown_field_set import UnknownFieldSet


class AnyModel(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["AnyModel"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserAny] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    type_url: Optional[str] = Field(default=None, validation_alias="typeUrl", serialization_alias="typeUrl")
    type_url_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="typeUrlBytes", serialization_alias="typeUrlBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    value: Optional[ByteString] = None
