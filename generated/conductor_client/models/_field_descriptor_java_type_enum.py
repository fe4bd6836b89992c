from conductor_client.models._base import OpenEnum


class FieldDescriptorJavaTypeEnum(OpenEnum):
    """Inline enum of FieldDescriptor.javaType."""

    INT = "INT"
    LONG = "LONG"
    FLOAT = "FLOAT"
    DOUBLE = "DOUBLE"
    BOOLEAN = "BOOLEAN"
    STRING = "STRING"
    BYTE_STRING = "BYTE_STRING"
    ENUM = "ENUM"
    MESSAGE = "MESSAGE"
