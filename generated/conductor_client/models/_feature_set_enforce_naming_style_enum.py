from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FeatureSetEnforceNamingStyleEnum(OpenEnum):
    """Inline enum of FeatureSet.enforceNamingStyle."""

    ENFORCE_NAMING_STYLE_UNKNOWN = "ENFORCE_NAMING_STYLE_UNKNOWN"
    STYLE2024 = "STYLE2024"
    STYLE_LEGACY = "STYLE_LEGACY"
