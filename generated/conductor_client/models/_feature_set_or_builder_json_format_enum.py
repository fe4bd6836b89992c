from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FeatureSetOrBuilderJsonFormatEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.jsonFormat."""

    JSON_FORMAT_UNKNOWN = "JSON_FORMAT_UNKNOWN"
    ALLOW = "ALLOW"
    LEGACY_BEST_EFFORT = "LEGACY_BEST_EFFORT"
