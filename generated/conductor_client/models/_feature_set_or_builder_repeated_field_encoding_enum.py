from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FeatureSetOrBuilderRepeatedFieldEncodingEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.repeatedFieldEncoding."""

    REPEATED_FIELD_ENCODING_UNKNOWN = "REPEATED_FIELD_ENCODING_UNKNOWN"
    PACKED = "PACKED"
    EXPANDED = "EXPANDED"
