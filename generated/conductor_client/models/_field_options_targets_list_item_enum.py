from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FieldOptionsTargetsListItemEnum(OpenEnum):
    """Inline enum of FieldOptions.targetsList."""

    TARGET_TYPE_UNKNOWN = "TARGET_TYPE_UNKNOWN"
    TARGET_TYPE_FILE = "TARGET_TYPE_FILE"
    TARGET_TYPE_EXTENSION_RANGE = "TARGET_TYPE_EXTENSION_RANGE"
    TARGET_TYPE_MESSAGE = "TARGET_TYPE_MESSAGE"
    TARGET_TYPE_FIELD = "TARGET_TYPE_FIELD"
    TARGET_TYPE_ONEOF = "TARGET_TYPE_ONEOF"
    TARGET_TYPE_ENUM = "TARGET_TYPE_ENUM"
    TARGET_TYPE_ENUM_ENTRY = "TARGET_TYPE_ENUM_ENTRY"
    TARGET_TYPE_SERVICE = "TARGET_TYPE_SERVICE"
    TARGET_TYPE_METHOD = "TARGET_TYPE_METHOD"
