from conductor_client.models._base import OpenEnum


class FieldDescriptorTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.type."""

    DOUBLE = "DOUBLE"
    FLOAT = "FLOAT"
    INT64 = "INT64"
    UINT64 = "UINT64"
    INT32 = "INT32"
    FIXED64 = "FIXED64"
    FIXED32 = "FIXED32"
    BOOL = "BOOL"
    STRING = "STRING"
    GROUP = "GROUP"
    MESSAGE = "MESSAGE"
    BYTES = "BYTES"
    UINT32 = "UINT32"
    ENUM = "ENUM"
    SFIXED32 = "SFIXED32"
    SFIXED64 = "SFIXED64"
    SINT32 = "SINT32"
    SINT64 = "SINT64"
