from conductor_client.models._base import OpenEnum


class FieldDescriptorLiteJavaTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.liteJavaType."""

    INT = "INT"
    LONG = "LONG"
    FLOAT = "FLOAT"
    DOUBLE = "DOUBLE"
    BOOLEAN = "BOOLEAN"
    STRING = "STRING"
    BYTE_STRING = "BYTE_STRING"
    ENUM = "ENUM"
    MESSAGE = "MESSAGE"
