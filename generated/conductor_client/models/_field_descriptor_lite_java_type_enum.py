from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


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
