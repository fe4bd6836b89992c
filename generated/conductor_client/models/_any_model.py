from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._byte_string import ByteString
from ._declaration import Descriptor
from ._parser_any import ParserAny
from ._unknown_field_set import UnknownFieldSet


class AnyModel(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["AnyModel"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserAny] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type_url: Optional[str] = Field(None, alias="typeUrl")
    type_url_bytes: Optional[ByteString] = Field(None, alias="typeUrlBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[ByteString] = Field(None, alias="value")
